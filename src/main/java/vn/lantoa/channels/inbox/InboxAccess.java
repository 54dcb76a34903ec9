package vn.lantoa.channels.inbox;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;

/**
 * Who sees and answers which conversations. The ADMIN, EDITOR and MODERATOR of a page's unit (or above)
 * see and answer all of the page's; the LEADERSHIP there see them; a department's head and staff see and
 * answer the conversations routed to their department, and no other. A conversation outside the caller's
 * units answers 404; one inside them that is not theirs, 403.
 */
@Component
public class InboxAccess {

    /** See and answer every conversation of the pages of their subtree; edit the pages' routing rules. */
    public static final Role[] PAGE_ROLES = {Role.ADMIN, Role.EDITOR, Role.MODERATOR};
    static final Role[] READ_ROLES = {Role.ADMIN, Role.EDITOR, Role.MODERATOR, Role.LEADERSHIP};

    private final Conversations conversations;
    private final ChannelDirectory channels;

    InboxAccess(Conversations conversations, ChannelDirectory channels) {
        this.conversations = conversations;
        this.channels = channels;
    }

    /** What the caller's lists hold: the subtrees whose pages they see whole, and the departments they answer for. */
    public record Scope(List<String> pagePaths, List<Long> departments) {

        public boolean empty() {
            return pagePaths.isEmpty() && departments.isEmpty();
        }
    }

    public Scope scope(Actor actor) {
        List<String> paths = actor.rootsFor(READ_ROLES).stream().map(Grant::unitPath).toList();
        List<Long> departments = actor.grants().stream().filter(g -> g.role().needsDepartment() && g.departmentId() != null)
                .map(Grant::departmentId).distinct().toList();
        return new Scope(paths, departments);
    }

    /** A conversation the caller may read. */
    public Conversation viewable(Actor actor, long conversationId) {
        Conversation c = conversations.find(conversationId).orElseThrow(() -> new NotFound("channels.inbox.notFound"));
        String path = channels.unitPath(c.channelId()).orElseThrow(() -> new NotFound("channels.inbox.notFound"));
        if (actor.may(path, READ_ROLES) || inDepartment(actor, c)) {
            return c;
        }
        if (actor.sees(path)) {
            throw new Forbidden("channels.inbox.notYours");
        }
        throw new NotFound("channels.inbox.notFound");
    }

    /** A conversation the caller may answer, re-route and close. */
    public Conversation answerable(Actor actor, long conversationId) {
        Conversation c = viewable(actor, conversationId);
        if (!mayAnswer(actor, c)) {
            throw new Forbidden("channels.inbox.readOnly");
        }
        return c;
    }

    public boolean mayAnswer(Actor actor, Conversation c) {
        String path = channels.unitPath(c.channelId()).orElse(null);
        return (path != null && actor.may(path, PAGE_ROLES)) || inDepartment(actor, c);
    }

    /** A Facebook Page whose routing rules the caller may set. */
    public ChannelRef managedPage(Actor actor, long channelId) {
        ChannelRef channel = channels.find(channelId).filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE)
                .orElseThrow(() -> new NotFound("channels.inbox.pageNotFound"));
        String path = channels.unitPath(channelId).orElseThrow(() -> new NotFound("channels.inbox.pageNotFound"));
        if (actor.may(path, PAGE_ROLES)) {
            return channel;
        }
        if (actor.sees(path)) {
            throw new Forbidden("error.forbidden");
        }
        throw new NotFound("channels.inbox.pageNotFound");
    }

    /** The Facebook Pages whose routing the caller sets, by unit then name. */
    public List<ChannelRef> managedPages(Actor actor) {
        return actor.rootsFor(PAGE_ROLES).stream().flatMap(g -> channels.inSubtree(g.unitPath()).stream())
                .filter(c -> c.kind() == ChannelKind.FACEBOOK_PAGE).distinct().toList();
    }

    private static boolean inDepartment(Actor actor, Conversation c) {
        return c.departmentId() != null && actor.belongsToDepartment(c.departmentId());
    }
}
