package vn.lantoa.calendar.internal;

import java.util.regex.Pattern;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;

/**
 * The calendar holds for the whole installation, so only an administrator of a root of the tree
 * (a unit without parent, whose path has one id) may change it; everyone logged in may read it.
 */
public final class CalendarPermissions {

    private static final Pattern ROOT_PATH = Pattern.compile("/\\d+/");

    private CalendarPermissions() {
    }

    public static boolean mayEdit(Actor actor) {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.ADMIN && ROOT_PATH.matcher(g.unitPath()).matches());
    }

    public static void requireEdit(Actor actor) {
        if (!mayEdit(actor)) {
            throw new Forbidden("calendar.error.forbidden");
        }
    }
}
