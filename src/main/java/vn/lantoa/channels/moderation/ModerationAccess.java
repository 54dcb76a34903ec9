package vn.lantoa.channels.moderation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Who moderates a fanpage's comments and edits the rules: MODERATOR, EDITOR or ADMIN on the page's unit
 * or above. A page or comment outside everything the caller sees answers 404; one the caller sees
 * without those roles, 403.
 */
@Component
public class ModerationAccess {

    public static final Role[] ROLES = {Role.ADMIN, Role.EDITOR, Role.MODERATOR};

    private final ChannelDirectory channels;
    private final OrgDirectory org;

    ModerationAccess(ChannelDirectory channels, OrgDirectory org) {
        this.channels = channels;
        this.org = org;
    }

    /** The subtrees the caller moderates, outermost first. */
    public List<UnitRef> roots(Actor actor) {
        return org.units(actor.rootsFor(ROLES).stream().map(Grant::unitId).toList());
    }

    /** The subtree asked for (within the caller's), or the caller's first one. */
    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("channels.moderation.forbidden");
        }
        long id = unitId == null ? roots.get(0).unitId() : unitId;
        UnitRef unit = org.unit(id).orElseThrow(() -> new NotFound("channels.moderation.unitNotFound"));
        if (!actor.may(unit.path(), ROLES)) {
            throw actor.sees(unit.path()) ? new Forbidden("channels.moderation.forbidden") : new NotFound("channels.moderation.unitNotFound");
        }
        return unit;
    }

    /** A fanpage the caller moderates. */
    public ChannelRef page(Actor actor, long channelId) {
        ChannelRef channel = channels.find(channelId).filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE)
                .orElseThrow(() -> new NotFound("channels.posts.channelNotFound"));
        check(actor, channels.unitPath(channelId).orElse(""));
        return channel;
    }

    /** 404 outside the caller's sight, 403 in sight without a moderating role. */
    public void check(Actor actor, String unitPath) {
        if (!actor.may(unitPath, ROLES)) {
            throw actor.sees(unitPath) ? new Forbidden("channels.moderation.forbidden") : new NotFound("channels.moderation.commentNotFound");
        }
    }

    /** The fanpages of a subtree. */
    public List<ChannelRef> pages(UnitRef subtree) {
        return channels.inSubtree(subtree.path()).stream().filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE).toList();
    }
}
