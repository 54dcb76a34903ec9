package vn.lantoa.org;

/**
 * A unit and its subtree moved under another parent: every materialized path that began with
 * {@code oldPath} now begins with {@code newPath}. Published inside the move's transaction, so modules
 * that copy a unit's path next to their records (for subtree queries) update them in the same commit.
 */
public record UnitMoved(long unitId, String oldPath, String newPath) {

    /** The SQL that rewrites a path column from the old prefix to the new one, for a {@code where col like :oldPath || '%'} update. */
    public String rewrite(String column) {
        return ":newPath || substring(" + column + " from " + (oldPath.length() + 1) + ")";
    }
}
