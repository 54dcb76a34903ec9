package vn.lantoa.channels.publishing;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.posts.PostAccess;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Who sees deliveries and who acts on them. Seeing: the staff roles of the channels menu over their
 * subtrees. Acting (mark a group item posted or skipped, retry a Page post now): ADMIN, EDITOR or
 * MODERATOR on the channel's unit or above, or the UNIT_OFFICER of that very unit. A delivery outside
 * the caller's scope answers 404; one in scope without the right role, 403.
 */
@Component
public class PublishingAccess {

    static final Role[] ACT_ROLES = {Role.ADMIN, Role.EDITOR, Role.MODERATOR};

    private final Deliveries deliveries;
    private final OrgDirectory org;

    PublishingAccess(Deliveries deliveries, OrgDirectory org) {
        this.deliveries = deliveries;
        this.org = org;
    }

    /** The subtree asked for, which must lie in the caller's scope; without one, the caller's outermost root. */
    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(PostAccess.VIEW_ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        long id = unitId == null ? roots.get(0).unitId() : unitId;
        return org.unit(id).filter(u -> actor.may(u.path(), PostAccess.VIEW_ROLES))
                .orElseThrow(() -> new NotFound("channels.publishing.unitNotFound"));
    }

    public Delivery viewable(Actor actor, long deliveryId) {
        Delivery delivery = deliveries.find(deliveryId).orElseThrow(() -> new NotFound("channels.publishing.notFound"));
        if (!mayView(actor, delivery)) {
            throw new NotFound("channels.publishing.notFound");
        }
        return delivery;
    }

    /** The delivery, when the caller may act on it. */
    public Delivery actionable(Actor actor, long deliveryId) {
        Delivery delivery = viewable(actor, deliveryId);
        if (!mayAct(actor, delivery)) {
            throw new Forbidden("channels.publishing.forbidden");
        }
        return delivery;
    }

    public boolean mayView(Actor actor, Delivery delivery) {
        return actor.may(delivery.unitPath(), PostAccess.VIEW_ROLES);
    }

    public boolean mayAct(Actor actor, Delivery delivery) {
        return actor.may(delivery.unitPath(), ACT_ROLES) || actor.grantOn(delivery.unitId(), Role.UNIT_OFFICER).isPresent();
    }
}
