package vn.lantoa.common.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition "this path lies in one of these subtrees", for queries that filter by the
 * caller's scope. Uses prefix matches, which the path indexes (varchar_pattern_ops) serve.
 */
public record SubtreeClause(String sql, Map<String, Object> params) {

    public static SubtreeClause of(String pathColumn, List<String> rootPaths) {
        if (rootPaths.isEmpty()) {
            return new SubtreeClause("false", Map.of());
        }
        StringBuilder sql = new StringBuilder("(");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < rootPaths.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(pathColumn).append(" like :scope").append(i).append(" || '%'");
            params.put("scope" + i, rootPaths.get(i));
        }
        return new SubtreeClause(sql.append(')').toString(), params);
    }
}
