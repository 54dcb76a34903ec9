package vn.lantoa.channels.audience;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Which subtree's roll-up the caller may read: a unit within one of their grants (404 otherwise);
 * without one asked for, the outermost unit they see.
 */
@Component
public class AudienceScope {

    private final OrgDirectory org;

    AudienceScope(OrgDirectory org) {
        this.org = org;
    }

    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(WhoEnters.VIEWERS);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unitId == null) {
            return org.unit(roots.get(0).unitId()).orElseThrow(() -> new NotFound("audience.unit.notFound"));
        }
        return org.unit(unitId).filter(u -> WhoEnters.sees(actor, u.path()))
                .orElseThrow(() -> new NotFound("audience.unit.notFound"));
    }

    /** The units above the subtree that the caller also sees, from the top down. */
    public List<UnitRef> lineage(Actor actor, UnitRef unit) {
        return org.lineage(unit.id()).stream().filter(u -> WhoEnters.sees(actor, u.path())).toList();
    }

    /** The caller's outermost units, to choose among. */
    public List<UnitRef> roots(Actor actor) {
        return org.units(actor.rootsFor(WhoEnters.VIEWERS).stream().map(Grant::unitId).toList());
    }
}
