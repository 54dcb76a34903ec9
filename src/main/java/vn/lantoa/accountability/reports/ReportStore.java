package vn.lantoa.accountability.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.common.web.Conflict;

/** Reads and writes monthly reports and their history rows; every write is checked against the version read. */
@Component
class ReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select r.*, sa.full_name as submitted_by_name, da.full_name as decided_by_name
            from monthly_report r
            left join account sa on sa.id = r.submitted_by
            left join account da on da.id = r.decided_by
            """;

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MonthlyReport> find(long unitId, YearMonth month) {
        return jdbc.sql(SELECT + " where r.unit_id = :unit and r.month = :month")
                .param("unit", unitId).param("month", month.atDay(1)).query(ReportStore::report).optional();
    }

    /** Inserts a new report; another one made at the same time for the same unit and month answers as a stale form. */
    long insert(long unitId, YearMonth month, long formId, ReportStatus status, Map<String, Long> figures, Map<String, Object> answers,
                long actorId, Instant now) {
        boolean submitted = status == ReportStatus.SUBMITTED;
        Long id = jdbc.sql("""
                insert into monthly_report (unit_id, month, form_id, status, figures, answers, first_submitted_at, submitted_at, submitted_by,
                                            created_at, updated_at)
                values (:unit, :month, :form, :status, cast(:figures as jsonb), cast(:answers as jsonb), :submittedAt, :submittedAt, :by, :now, :now)
                on conflict (unit_id, month) do nothing returning id""")
                .param("unit", unitId).param("month", month.atDay(1)).param("form", formId).param("status", status.name())
                .param("figures", json(figures)).param("answers", json(answers))
                .param("submittedAt", submitted ? Timestamp.from(now) : null).param("by", submitted ? actorId : null)
                .param("now", Timestamp.from(now))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new Conflict("version", "report.error.stale");
        }
        return id;
    }

    /** The unit's change: new answers (and figures), a new status; submitting stamps the time (the first one stays). */
    void change(MonthlyReport report, long expectedVersion, ReportStatus status, Map<String, Long> figures, Map<String, Object> answers,
                long actorId, Instant now) {
        boolean submitted = status == ReportStatus.SUBMITTED;
        int changed = jdbc.sql("""
                update monthly_report set status = :status, figures = cast(:figures as jsonb), answers = cast(:answers as jsonb),
                    first_submitted_at = case when :submitted then coalesce(first_submitted_at, :now) else first_submitted_at end,
                    submitted_at = case when :submitted then :now else submitted_at end,
                    submitted_by = case when :submitted then :by else submitted_by end,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("status", status.name()).param("figures", json(figures)).param("answers", json(answers))
                .param("submitted", submitted).param("now", Timestamp.from(now)).param("by", actorId)
                .param("id", report.id()).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new Conflict("version", "report.error.stale");
        }
    }

    /** The level above's decision. */
    void decide(MonthlyReport report, long expectedVersion, ReportStatus status, String comment, long actorId, Instant now) {
        int changed = jdbc.sql("""
                update monthly_report set status = :status, decided_at = :now, decided_by = :by, decision_comment = :comment,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("by", actorId).param("comment", comment)
                .param("id", report.id()).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new Conflict("version", "report.error.stale");
        }
    }

    /** Writes the report as it now stands into its history. */
    void remember(long reportId, String action, String comment, long actorId, Instant now) {
        jdbc.sql("""
                insert into monthly_report_history (report_id, action, status, figures, answers, comment, actor_id, at)
                select id, :action, status, figures, answers, :comment, :actor, :now from monthly_report where id = :id""")
                .param("action", action).param("comment", comment).param("actor", actorId).param("now", Timestamp.from(now))
                .param("id", reportId).update();
    }

    List<HistoryEntry> history(long reportId) {
        return jdbc.sql("""
                select h.*, a.full_name from monthly_report_history h left join account a on a.id = h.actor_id
                where h.report_id = :id order by h.at desc, h.id desc""")
                .param("id", reportId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getString("action"), ReportStatus.valueOf(rs.getString("status")),
                        numbers(rs.getString("figures")), values(rs.getString("answers")), rs.getString("comment"),
                        rs.getString("full_name"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    static String json(Map<String, ?> map) {
        return JSON.writeValueAsString(map);
    }

    static Map<String, Object> values(String json) {
        Map<String, Object> raw = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(k, v instanceof Number n ? (Object) n.longValue() : v));
        return values;
    }

    static Map<String, Long> numbers(String json) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        values(json).forEach((k, v) -> {
            if (v instanceof Long n) {
                numbers.put(k, n);
            }
        });
        return numbers;
    }

    private static MonthlyReport report(ResultSet rs, int row) throws SQLException {
        return new MonthlyReport(rs.getLong("id"), rs.getLong("unit_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
                rs.getLong("form_id"), ReportStatus.valueOf(rs.getString("status")), numbers(rs.getString("figures")),
                values(rs.getString("answers")), instant(rs, "first_submitted_at"), instant(rs, "submitted_at"),
                rs.getString("submitted_by_name"), instant(rs, "decided_at"), rs.getString("decided_by_name"),
                rs.getString("decision_comment"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
