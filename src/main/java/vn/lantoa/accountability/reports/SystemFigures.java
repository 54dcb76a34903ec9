package vn.lantoa.accountability.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.figures.ActivityFigures;
import vn.lantoa.common.figures.ActivityFigures.ActivityFigure;
import vn.lantoa.org.UnitRef;

/**
 * What the system itself measured about a unit's subtree in a month, shown read-only in its report
 * and kept with the report when it is submitted: stories sent and published (the newsroom's
 * {@code story_fact}, counted by the author unit's current place in the tree) and every figure other
 * modules offer through {@link ActivityFigures}.
 */
@Component
public class SystemFigures {

    private final JdbcClient jdbc;
    private final List<ActivityFigures> contributors;

    SystemFigures(JdbcClient jdbc, List<ActivityFigures> contributors) {
        this.jdbc = jdbc;
        this.contributors = contributors;
    }

    /** One figure: its key, the message key of its label, and its value. */
    public record Figure(String key, String messageKey, long value) {
    }

    public List<Figure> of(UnitRef unit, YearMonth month) {
        ReportingPeriod period = ReportingPeriod.month(month);
        List<Figure> figures = new ArrayList<>(stories(unit, period));
        for (ActivityFigures contributor : contributors) {
            for (ActivityFigure f : contributor.of(unit.path(), period.start(), period.end())) {
                figures.add(new Figure(f.key(), f.messageKey(), f.value()));
            }
        }
        return figures;
    }

    /** The message keys of the labels of every figure known today, by figure key. */
    public Map<String, String> labels(UnitRef unit) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ReportFieldKeys.STORIES_SENT, "report.figure.storiesSent");
        labels.put(ReportFieldKeys.STORIES_PUBLISHED, "report.figure.storiesPublished");
        LocalDate today = LocalDate.now(ReportingPeriod.ZONE);
        for (ActivityFigures contributor : contributors) {
            contributor.of(unit.path(), today, today).forEach(f -> labels.putIfAbsent(f.key(), f.messageKey()));
        }
        return labels;
    }

    public static Map<String, Long> asMap(List<Figure> figures) {
        Map<String, Long> map = new LinkedHashMap<>();
        figures.forEach(f -> map.put(f.key(), f.value()));
        return map;
    }

    private List<Figure> stories(UnitRef unit, ReportingPeriod period) {
        return jdbc.sql("""
                select count(*) filter (where f.is_submitted and f.submitted_at >= :start and f.submitted_at < :end) as sent,
                       count(*) filter (where f.is_published and f.published_at >= :start and f.published_at < :end) as published
                from story_fact f join unit u on u.id = f.author_unit_id
                where u.path like :path || '%'
                  and ((f.submitted_at >= :start and f.submitted_at < :end) or (f.published_at >= :start and f.published_at < :end))""")
                .param("start", java.sql.Timestamp.from(period.startInstant())).param("end", java.sql.Timestamp.from(period.endInstant()))
                .param("path", unit.path())
                .query((rs, n) -> List.of(new Figure(ReportFieldKeys.STORIES_SENT, "report.figure.storiesSent", rs.getLong("sent")),
                        new Figure(ReportFieldKeys.STORIES_PUBLISHED, "report.figure.storiesPublished", rs.getLong("published"))))
                .single();
    }
}
