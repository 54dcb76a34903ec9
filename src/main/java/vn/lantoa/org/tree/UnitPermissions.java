package vn.lantoa.org.tree;

import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;

/**
 * Who may do what with units and departments. Someone with no role over a unit is told it does not
 * exist (404); someone who sees it but lacks the role is refused (403).
 */
public final class UnitPermissions {

    private UnitPermissions() {
    }

    public static void requireVisible(Actor actor, Unit unit) {
        if (!actor.sees(unit.getPath())) {
            throw new NotFound("unit.error.notFound");
        }
    }

    public static boolean canManage(Actor actor, Unit unit) {
        return actor.may(unit.getPath(), Role.ADMIN);
    }

    public static void requireManage(Actor actor, Unit unit) {
        requireVisible(actor, unit);
        if (!canManage(actor, unit)) {
            throw new Forbidden("unit.error.forbidden");
        }
    }

    /** Membership figures are kept by the unit's own officers as well as by admins. */
    public static boolean canRecordFigures(Actor actor, Unit unit) {
        return actor.may(unit.getPath(), Role.ADMIN, Role.UNIT_OFFICER);
    }

    public static void requireRecordFigures(Actor actor, Unit unit) {
        requireVisible(actor, unit);
        if (!canRecordFigures(actor, unit)) {
            throw new Forbidden("unit.error.forbidden");
        }
    }

    public static boolean canEditDepartment(Actor actor, Unit unit, Department department) {
        return canManage(actor, unit) || actor.headsDepartment(department.getId());
    }

    public static void requireViewDepartment(Actor actor, Unit unit, Department department) {
        if (!actor.sees(unit.getPath()) && !actor.belongsToDepartment(department.getId())) {
            throw new NotFound("department.error.notFound");
        }
    }

    public static void requireEditDepartment(Actor actor, Unit unit, Department department) {
        requireViewDepartment(actor, unit, department);
        if (!canEditDepartment(actor, unit, department)) {
            throw new Forbidden("department.error.forbidden");
        }
    }
}
