package vn.lantoa.common.security;

import java.io.Serializable;

/** One role held on one unit (and its subtree), optionally within one department of that unit. */
public record Grant(long id, Role role, long unitId, String unitPath, String unitName, Long departmentId)
        implements Serializable {

    /** Whether a unit, given by its materialized path, lies in this grant's subtree. */
    public boolean covers(String path) {
        return path != null && path.startsWith(unitPath);
    }
}
