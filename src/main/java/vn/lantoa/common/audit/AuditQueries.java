package vn.lantoa.common.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;

/** The audit log as admins read it: only entries placed in their own subtrees, newest first. */
@Component
public class AuditQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(long id, Instant occurredAt, String actorName, String action, String targetType, Long targetId,
                        String targetLabel, String details) {
    }

    public List<Event> page(Actor actor, String action, String text, int page) {
        List<String> roots = actor.rootsFor(Role.ADMIN).stream().map(Grant::unitPath).toList();
        if (roots.isEmpty()) {
            throw new Forbidden("audit.error.forbidden");
        }
        SubtreeClause scope = SubtreeClause.of("unit_path", roots);
        boolean seesWholeTree = roots.stream().anyMatch(r -> r.chars().filter(c -> c == '/').count() == 2);
        StringBuilder where = new StringBuilder(seesWholeTree ? "(" + scope.sql() + " or unit_path is null)" : scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
            params.put("action", action);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (target_label ilike :text or actor_name ilike :text)");
            params.put("text", "%" + text.trim().replace("%", "").replace("_", "") + "%");
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", Math.max(0, page) * PAGE_SIZE);
        return jdbc.sql("""
                select id, occurred_at, actor_name, action, target_type, target_id, target_label, details
                from audit_event where %s order by occurred_at desc, id desc limit :limit offset :offset
                """.formatted(where))
                .params(params)
                .query(Event.class).list();
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }
}
