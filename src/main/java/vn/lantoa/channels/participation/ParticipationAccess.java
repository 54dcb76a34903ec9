package vn.lantoa.channels.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Who may see and change participation. Seeing a unit's shares and cadres: LEADERSHIP, EDITOR, ADMIN
 * or the UNIT_OFFICER over it. Keeping a unit's roster and declaring for its members: ADMIN or the
 * UNIT_OFFICER over it. Importing a provincial page's interaction lists: ADMIN or EDITOR over the page's
 * unit. Declaring for oneself: any staff account (no check here). A unit outside every grant answers
 * 404; one in scope without the right role, 403.
 */
@Component
public class ParticipationAccess {

    public static final Role[] VIEW = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.UNIT_OFFICER};
    public static final Role[] EDIT = {Role.ADMIN, Role.UNIT_OFFICER};
    public static final Role[] IMPORT = {Role.ADMIN, Role.EDITOR};

    private final OrgDirectory org;

    ParticipationAccess(OrgDirectory org) {
        this.org = org;
    }

    /** The unit asked for when the caller may see it; without one, the caller's outermost; empty for those who only declare. */
    public Optional<UnitRef> viewable(Actor actor, Long unitId) {
        if (unitId == null) {
            List<Grant> roots = actor.rootsFor(VIEW);
            return roots.isEmpty() ? Optional.empty() : org.unit(roots.get(0).unitId());
        }
        return Optional.of(checked(actor, unitId, VIEW));
    }

    public UnitRef editable(Actor actor, long unitId) {
        return checked(actor, unitId, EDIT);
    }

    public boolean mayEdit(Actor actor, UnitRef unit) {
        return actor.may(unit.path(), EDIT);
    }

    public boolean mayImport(Actor actor, String unitPath) {
        return actor.may(unitPath, IMPORT);
    }

    /** The units above this one that the caller also sees, from the top down (the breadcrumb). */
    public List<UnitRef> lineage(Actor actor, UnitRef unit) {
        return org.lineage(unit.id()).stream().filter(u -> actor.may(u.path(), VIEW)).toList();
    }

    private UnitRef checked(Actor actor, long unitId, Role... roles) {
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path()))
                .orElseThrow(() -> new NotFound("channels.participation.unitNotFound"));
        if (!actor.may(unit.path(), roles)) {
            throw new Forbidden("error.forbidden");
        }
        return unit;
    }
}
