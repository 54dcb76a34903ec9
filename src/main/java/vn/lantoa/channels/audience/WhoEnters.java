package vn.lantoa.channels.audience;

import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Role;

/**
 * Who sees a channel's audience and who records it. Every staff role of the channels menu sees the
 * channels of its subtree; administrators, editors and moderators record figures for the channels of
 * their unit and below, a unit's officer for the channels of that unit only.
 */
public final class WhoEnters {

    static final Role[] VIEWERS = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.MODERATOR, Role.DEPARTMENT_HEAD,
            Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER};
    static final Role[] SUBTREE_RECORDERS = {Role.ADMIN, Role.EDITOR, Role.MODERATOR};

    private WhoEnters() {
    }

    public static boolean sees(Actor actor, String unitPath) {
        return actor.may(unitPath, VIEWERS);
    }

    public static boolean records(Actor actor, long unitId, String unitPath) {
        return actor.may(unitPath, SUBTREE_RECORDERS) || actor.grantOn(unitId, Role.UNIT_OFFICER).isPresent();
    }

    public static Role[] recorderRoles() {
        return new Role[] {Role.ADMIN, Role.EDITOR, Role.MODERATOR, Role.UNIT_OFFICER};
    }

    /** Whether the actor records figures anywhere at all (shows the import and quick entry links). */
    public static boolean recordsSomewhere(Actor actor) {
        return !actor.rootsFor(SUBTREE_RECORDERS).isEmpty() || actor.holds(Role.UNIT_OFFICER);
    }
}
