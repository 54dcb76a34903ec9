package vn.lantoa.channels.posts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Who may see posts and who may import them. Seeing: the staff roles of the channels menu, over the
 * subtrees of their grants. Importing a page's exports: ADMIN, EDITOR or MODERATOR on the page's unit or
 * above, or the UNIT_OFFICER of that very unit. A channel outside the caller's scope answers 404; one in
 * scope without the right role, 403.
 */
@Component
public class PostAccess {

    public static final Role[] VIEW_ROLES = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.MODERATOR, Role.DEPARTMENT_HEAD,
            Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER};
    static final Role[] IMPORT_ROLES = {Role.ADMIN, Role.EDITOR, Role.MODERATOR};

    private final ChannelDirectory channels;
    private final OrgDirectory org;

    PostAccess(ChannelDirectory channels, OrgDirectory org) {
        this.channels = channels;
        this.org = org;
    }

    /** The subtree asked for, which must lie in the caller's scope; without one, the caller's outermost root. */
    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(VIEW_ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unitId == null) {
            return org.unit(roots.get(0).unitId()).orElseThrow(() -> new NotFound("channels.posts.unitNotFound"));
        }
        return org.unit(unitId).filter(u -> actor.may(u.path(), VIEW_ROLES))
                .orElseThrow(() -> new NotFound("channels.posts.unitNotFound"));
    }

    /** The units above the subtree that the caller also sees, from the top down. */
    public List<UnitRef> lineage(Actor actor, UnitRef unit) {
        return org.lineage(unit.id()).stream().filter(u -> actor.may(u.path(), VIEW_ROLES)).toList();
    }

    public ChannelRef viewable(Actor actor, long channelId) {
        ChannelRef channel = channels.find(channelId).orElseThrow(() -> new NotFound("channels.posts.channelNotFound"));
        String path = channels.unitPath(channelId).orElseThrow(() -> new NotFound("channels.posts.channelNotFound"));
        if (!actor.may(path, VIEW_ROLES)) {
            throw new NotFound("channels.posts.channelNotFound");
        }
        return channel;
    }

    public String unitPath(long channelId) {
        return channels.unitPath(channelId).orElseThrow(() -> new NotFound("channels.posts.channelNotFound"));
    }

    /** The page, when the caller may import its exports. */
    public ChannelRef importable(Actor actor, long channelId) {
        ChannelRef channel = viewable(actor, channelId);
        if (!mayImport(actor, channel, channels.unitPath(channelId).orElse(""))) {
            throw new Forbidden("channels.posts.import.forbidden");
        }
        if (channel.kind() != ChannelKind.FACEBOOK_PAGE || !channel.active()) {
            throw new vn.lantoa.common.web.InvalidInput("channelId", "channels.posts.import.notAPage");
        }
        return channel;
    }

    public boolean mayImport(Actor actor, ChannelRef channel, String unitPath) {
        return actor.may(unitPath, IMPORT_ROLES) || actor.grantOn(channel.unitId(), Role.UNIT_OFFICER).isPresent();
    }

    /** The active Facebook pages whose exports the caller may import, by unit then name. */
    public List<ChannelRef> importablePages(Actor actor) {
        Map<Long, ChannelRef> pages = new LinkedHashMap<>();
        List<Grant> grants = new ArrayList<>(actor.rootsFor(IMPORT_ROLES));
        for (Grant grant : grants) {
            channels.inSubtree(grant.unitPath()).stream().filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE)
                    .forEach(c -> pages.putIfAbsent(c.id(), c));
        }
        for (Grant grant : actor.grants()) {
            if (grant.role() == Role.UNIT_OFFICER) {
                channels.inSubtree(grant.unitPath()).stream()
                        .filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE && c.unitId() == grant.unitId())
                        .forEach(c -> pages.putIfAbsent(c.id(), c));
            }
        }
        return List.copyOf(pages.values());
    }
}
