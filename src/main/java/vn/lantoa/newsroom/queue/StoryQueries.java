package vn.lantoa.newsroom.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;

/** The lists of stories, each filtered in SQL by the caller's scope. */
@Component
public class StoryQueries {

    public static final int PAGE_SIZE = 50;

    private static final String SELECT = """
            select s.id, s.title, s.kind, s.status, s.status_since, u.name as unit_name, sec.name as section_name,
                   coalesce(d.name, '') as department_name, s.major_event, s.event_at, s.reach_deadline, s.reached_editors_at,
                   s.submitted_at, s.published_at, s.publish_at, s.updated_at,
                   (select count(*) from story_media m where m.story_id = s.id and m.media_kind = 'IMAGE') as photos,
                   s.cover_media_id
            from story s
            join unit u on u.id = s.author_unit_id
            left join section sec on sec.id = s.section_id
            left join department d on d.id = s.department_id
            """;

    /**
     * One row of {@link #SELECT}, read by hand. Spring's record mapper (query(StoryRow.class)) asks the
     * driver for each Instant with getObject(i, Instant.class), which pgjdbc refuses with an exception
     * that Spring catches before reading a Timestamp instead: one exception per timestamp column per
     * row, most of the CPU of a calendar month (800 rows). Same values: the Timestamp's instant.
     */
    private static final RowMapper<StoryRow> ROW = (rs, rowNum) -> new StoryRow(
            rs.getLong("id"), rs.getString("title"), StoryKind.valueOf(rs.getString("kind")),
            StoryStatus.valueOf(rs.getString("status")), instant(rs, "status_since"), rs.getString("unit_name"),
            rs.getString("section_name"), rs.getString("department_name"), rs.getBoolean("major_event"),
            rs.getObject("event_at", LocalDateTime.class), instant(rs, "reach_deadline"), instant(rs, "reached_editors_at"),
            instant(rs, "submitted_at"), instant(rs, "published_at"), instant(rs, "publish_at"), instant(rs, "updated_at"),
            rs.getInt("photos"), rs.getObject("cover_media_id", UUID.class));

    private final JdbcClient jdbc;
    private final Clock clock;

    StoryQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stories a person writes for: their own, their unit's and their department's. */
    public Page<StoryRow> ofMyUnits(Actor actor, StoryStatus status, int page) {
        List<String> conditions = new ArrayList<>(List.of("s.created_by = :me"));
        Map<String, Object> params = new HashMap<>(Map.of("me", actor.accountId()));
        List<Long> units = actor.grants().stream().filter(g -> g.role() == Role.UNIT_OFFICER).map(Grant::unitId).toList();
        if (!units.isEmpty()) {
            conditions.add("(s.author_unit_id in (:units) and s.author_department_id is null)");
            params.put("units", units);
        }
        List<Long> departments = actor.grants().stream().filter(g -> g.role().needsDepartment()).map(Grant::departmentId).toList();
        if (!departments.isEmpty()) {
            conditions.add("s.author_department_id in (:departments)");
            params.put("departments", departments);
        }
        String where = "(" + String.join(" or ", conditions) + ")";
        if (status != null) {
            where += " and s.status = :status";
            params.put("status", status.name());
        }
        return page(where, params, "s.updated_at desc", page);
    }

    /** Stories waiting at the department step for this person: heads of the receiving department, or leadership. */
    public Page<StoryRow> awaitingApproval(Actor actor, int page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Grant grant : actor.grants()) {
            if (grant.role() == Role.DEPARTMENT_HEAD) {
                conditions.add("(s.department_id = :dep" + i + " and s.author_unit_path like :path" + i + " || '%')");
                params.put("dep" + i, grant.departmentId());
                params.put("path" + i, grant.unitPath());
                i++;
            } else if (grant.role() == Role.LEADERSHIP) {
                conditions.add("s.author_unit_path like :path" + i + " || '%'");
                params.put("path" + i, grant.unitPath());
                i++;
            }
        }
        if (conditions.isEmpty()) {
            return new Page<>(List.of(), 0, 0, PAGE_SIZE);
        }
        String where = "s.status = 'SUBMITTED' and s.needs_department_approval and s.created_by <> :me and ("
                + String.join(" or ", conditions) + ")";
        params.put("me", actor.accountId());
        return page(where, params, "s.status_since", page);
    }

    /**
     * The editors' queue across their subtree: overdue major events first, then the longest waiting.
     *
     * <p>The page is read in two steps so that its cost follows the page, not the queue: the ids come
     * from two walks of {@code story_queue_idx} (V9: the in-progress stories by status_since, id, with
     * the filtered columns included) in that order, one for the overdue stories and one for the others,
     * each stopping after offset + limit rows; only the page's rows are then joined and their photos
     * counted. The statuses are written into the SQL (enum names, not input) so that PostgreSQL can
     * prove the partial index applies also in a cached generic plan. Same rows, same order as
     * {@code order by overdue desc, status_since, id} over the whole queue.
     */
    public Page<StoryRow> editorsQueue(Actor actor, QueueFilter filter, String unitPath) {
        List<String> roots = actor.rootsFor(Role.EDITOR, Role.LEADERSHIP).stream().map(Grant::unitPath).toList();
        SubtreeClause scope = SubtreeClause.of("s.author_unit_path", roots);
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder(scope.sql()).append(" and s.status in (")
                .append(filter.statuses().stream().sorted().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")))
                .append(')');
        if (unitPath != null) {
            where.append(" and s.author_unit_path like :unitPath || '%'");
            params.put("unitPath", unitPath);
        }
        if (filter.sectionId() != null) {
            where.append(" and s.section_id = :section");
            params.put("section", filter.sectionId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and s.title ilike '%' || :q || '%'");
            params.put("q", filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (filter.minAgeDays() != null && filter.minAgeDays() > 0) {
            where.append(" and s.status_since <= :olderThan");
            params.put("olderThan", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(filter.minAgeDays()))));
        }
        params.put("now", java.sql.Timestamp.from(clock.instant()));
        int page = Math.max(0, filter.page());
        long total = jdbc.sql("select count(*) from story s where " + where).params(params).query(Long.class).single();
        String overdue = "s.reach_deadline is not null and coalesce(s.reached_editors_at, :now) > s.reach_deadline";
        String notOverdue = "(s.reach_deadline is null or coalesce(s.reached_editors_at, :now) <= s.reach_deadline)";
        String sql = """
                with q as (
                    (select s.id, true as overdue, s.status_since from story s where %1$s and %2$s
                     order by s.status_since, s.id limit :end)
                    union all
                    (select s.id, false as overdue, s.status_since from story s where %1$s and %3$s
                     order by s.status_since, s.id limit :end)
                    order by overdue desc, status_since, id limit :limit offset :offset)
                %4$s join q on q.id = s.id
                order by q.overdue desc, q.status_since, q.id
                """.formatted(where, overdue, notOverdue, SELECT);
        List<StoryRow> rows = jdbc.sql(sql).params(params)
                .param("limit", PAGE_SIZE).param("offset", page * PAGE_SIZE).param("end", (page + 1) * PAGE_SIZE)
                .query(ROW).list();
        return new Page<>(rows, total, page, PAGE_SIZE);
    }

    /** Scheduled and published stories between two instants, for the editorial calendar. */
    public List<StoryRow> calendar(Actor actor, Instant from, Instant to) {
        List<String> roots = actor.visibleRoots().stream().map(Grant::unitPath).toList();
        SubtreeClause scope = SubtreeClause.of("s.author_unit_path", roots);
        return jdbc.sql(SELECT + " where " + scope.sql() + """
                         and ((s.status = 'SCHEDULED' and s.publish_at >= :from and s.publish_at < :to)
                          or (s.status in ('PUBLISHED', 'UNPUBLISHED', 'ARCHIVED') and s.published_at >= :from and s.published_at < :to))
                        order by coalesce(s.publish_at, s.published_at)
                        """)
                .params(scope.params()).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(ROW).list();
    }

    private Page<StoryRow> page(String where, Map<String, Object> params, String order, int page) {
        int safePage = Math.max(0, page);
        long total = jdbc.sql("select count(*) from story s where " + where).params(params).query(Long.class).single();
        List<StoryRow> rows = jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit offset :offset")
                .params(params).param("limit", PAGE_SIZE).param("offset", safePage * PAGE_SIZE)
                .query(ROW).list();
        return new Page<>(rows, total, safePage, PAGE_SIZE);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
