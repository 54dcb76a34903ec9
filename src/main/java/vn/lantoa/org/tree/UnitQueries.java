package vn.lantoa.org.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.UnitLevel;

/** Read models of the tree, answered by SQL on the indexed path. */
@Component
public class UnitQueries {

    private static final String NODE_COLUMNS = """
            u.id, u.code, u.name, u.level, u.active, u.members, u.women, u.path,
            (select count(*) from unit c where c.parent_id = u.id) as child_count
            """;

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TreeNode(long id, String code, String name, UnitLevel level, boolean active, Integer members,
                           Integer women, String path, long childCount) {
    }

    public record SearchHit(long id, String code, String name, UnitLevel level, boolean active, String ancestry) {
    }

    public record LevelCount(UnitLevel level, long units, long active, Long members, Long women) {
    }

    public record Crumb(long id, String name) {
    }

    public List<TreeNode> roots(Actor actor) {
        List<Long> ids = actor.visibleRoots().stream().map(Grant::unitId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + NODE_COLUMNS + " from unit u where u.id in (:ids) order by u.path")
                .param("ids", ids)
                .query(TreeNode.class).list();
    }

    public List<TreeNode> children(long parentId, boolean includeInactive) {
        return jdbc.sql("select " + NODE_COLUMNS + " from unit u where u.parent_id = :parent"
                        + (includeInactive ? "" : " and u.active") + " order by u.active desc, u.name_folded, u.name")
                .param("parent", parentId)
                .query(TreeNode.class).list();
    }

    /** Units in the actor's subtrees whose name or code contains the query, diacritics ignored. */
    public List<SearchHit> search(Actor actor, String query, int limit) {
        String folded = VietnameseText.fold(query);
        List<String> roots = actor.visibleRoots().stream().map(Grant::unitPath).toList();
        if (folded.isEmpty() || roots.isEmpty()) {
            return List.of();
        }
        SubtreeClause scope = SubtreeClause.of("u.path", roots);
        Map<String, Object> params = new java.util.HashMap<>(scope.params());
        params.put("q", "%" + escapeLike(folded) + "%");
        params.put("exact", folded);
        params.put("limit", limit);
        return jdbc.sql("""
                select u.id, u.code, u.name, u.level, u.active,
                       (select string_agg(a.name, ' › ' order by a.depth) from unit a
                         where a.id = any(string_to_array(trim(both '/' from u.path), '/')::bigint[]) and a.id <> u.id) as ancestry
                from unit u
                where %s and (u.name_folded like :q escape '\\' or lower(u.code) like :q escape '\\')
                order by (u.name_folded = :exact) desc, u.depth, u.name_folded, u.name
                limit :limit
                """.formatted(scope.sql()))
                .params(params)
                .query(SearchHit.class).list();
    }

    public List<Crumb> ancestors(Unit unit) {
        return jdbc.sql("""
                select a.id, a.name from unit a
                where a.id = any(string_to_array(trim(both '/' from :path), '/')::bigint[]) and a.id <> :id
                order by a.depth
                """)
                .param("path", unit.getPath())
                .param("id", unit.getId())
                .query(Crumb.class).list();
    }

    /** How many units of each level lie under a unit, and their membership figures summed. */
    public List<LevelCount> subtreeCounts(Unit unit) {
        List<LevelCount> counts = jdbc.sql("""
                select level, count(*) as units, count(*) filter (where active) as active,
                       sum(members) as members, sum(women) as women
                from unit where path like :path || '%' and id <> :id
                group by level
                """)
                .param("path", unit.getPath())
                .param("id", unit.getId())
                .query(LevelCount.class).list();
        List<LevelCount> ordered = new ArrayList<>(counts);
        ordered.sort(java.util.Comparator.comparing(LevelCount::level));
        return ordered;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
