package vn.lantoa.channels.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL condition for "conversations this caller may see" ({@link InboxAccess.Scope}), over aliases u (unit) and c (conversation). */
record ScopeClause(String sql, Map<String, Object> params) {

    static ScopeClause of(InboxAccess.Scope scope) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < scope.pagePaths().size(); i++) {
            parts.add("u.path like :scopePath" + i + " || '%'");
            params.put("scopePath" + i, scope.pagePaths().get(i));
        }
        if (!scope.departments().isEmpty()) {
            parts.add("c.department_id in (:scopeDepartments)");
            params.put("scopeDepartments", scope.departments());
        }
        // spaced on both sides: text blocks drop the space before it
        return new ScopeClause(parts.isEmpty() ? " false " : " (" + String.join(" or ", parts) + ") ", params);
    }
}
