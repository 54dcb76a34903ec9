package vn.lantoa.accountability.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Who sees which compliance figures: the staff roles of the accountability menu, over the subtrees
 * of their grants. The subtree asked for must lie in one of them (404 otherwise); without one, the
 * caller's outermost visible root. The period is read from its code, the current quarter by default.
 */
@Component
public class ComplianceScope {

    static final Role[] ROLES = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER};

    private final OrgDirectory org;
    private final ComplianceBoard board;

    ComplianceScope(OrgDirectory org, ComplianceBoard board) {
        this.org = org;
        this.board = board;
    }

    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unitId == null) {
            return org.unit(roots.get(0).unitId()).orElseThrow(() -> new NotFound("compliance.unit.notFound"));
        }
        return org.unit(unitId).filter(u -> actor.may(u.path(), ROLES))
                .orElseThrow(() -> new NotFound("compliance.unit.notFound"));
    }

    /** The units above the subtree that the caller also sees, from the top down: the way back up. */
    List<UnitRef> lineage(Actor actor, UnitRef unit) {
        return org.lineage(unit.id()).stream().filter(u -> actor.may(u.path(), ROLES)).toList();
    }

    public ReportingPeriod period(String code) {
        return ReportingPeriod.parse(code).orElseGet(() -> board.current(PeriodKind.QUARTER));
    }
}
