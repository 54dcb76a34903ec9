package vn.lantoa.search.internal;

import java.util.regex.Pattern;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;

/**
 * The index serves the whole installation, so rebuilding it is for administrators of a root of the
 * tree (a unit without parent, whose path has one id), like the working calendar; other
 * administrators may look at its state.
 */
public final class SearchPermissions {

    private static final Pattern ROOT_PATH = Pattern.compile("/\\d+/");

    private SearchPermissions() {
    }

    public static boolean maySee(Actor actor) {
        return actor.holds(Role.ADMIN);
    }

    public static boolean mayRebuild(Actor actor) {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.ADMIN && ROOT_PATH.matcher(g.unitPath()).matches());
    }

    public static void requireSee(Actor actor) {
        if (!maySee(actor)) {
            throw new Forbidden("search.error.forbidden");
        }
    }

    public static void requireRebuild(Actor actor) {
        if (!mayRebuild(actor)) {
            throw new Forbidden("search.error.rebuildForbidden");
        }
    }
}
