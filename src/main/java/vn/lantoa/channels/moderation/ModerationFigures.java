package vn.lantoa.channels.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.DayRange;

/**
 * The figures of moderation over a subtree and a period (Vietnam days, both ends included): actions
 * taken per page and by kind (by people and by rules); the response time of the comments that arrived
 * in the period, from the comment's creation to its first handling by a person, as median and 90th
 * percentile, and the share of them handled within {@link #WITHIN}.
 */
@Component
public class ModerationFigures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Duration WITHIN = Duration.ofHours(24);

    private final JdbcClient jdbc;

    ModerationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Period(LocalDate from, LocalDate to) {
        Timestamp start() {
            return Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        }
    }

    /** Actions on one page in the period, by kind; "byRules" counts what rules did on arrival. */
    public record PageActions(long channelId, String channelName, long hidden, long unhidden, long deleted, long markedHandled,
                              long byRules) {
        public long total() {
            return hidden + unhidden + deleted + markedHandled;
        }
    }

    /** Response times in minutes (null when nothing was handled), over the comments received in the period. */
    public record ResponseTimes(long received, long handled, Double medianMinutes, Double p90Minutes, long handledWithin,
                                Integer withinPercent) {
    }

    public record Figures(Period period, List<PageActions> pages, Map<String, Long> byAction, ResponseTimes responses) {
    }

    public Figures figures(String subtreePath, Period period) {
        List<PageActions> pages = jdbc.sql("""
                select c.id, c.name,
                       count(*) filter (where x.action = 'HIDE' and x.actor_id is not null) as hidden,
                       count(*) filter (where x.action = 'UNHIDE' and x.actor_id is not null) as unhidden,
                       count(*) filter (where x.action = 'DELETE' and x.actor_id is not null) as deleted,
                       count(*) filter (where x.action = 'HANDLED' and x.actor_id is not null) as handled,
                       count(*) filter (where x.rule_id is not null) as by_rules
                  from channel_comment_action x join channel_comment k on k.id = x.comment_id
                  join channel c on c.id = k.channel_id join unit u on u.id = c.unit_id
                 where u.path like :path || '%' and x.at >= :start and x.at < :end
                 group by c.id, c.name order by count(*) desc, c.name""")
                .param("path", subtreePath).param("start", period.start()).param("end", period.end())
                .query((rs, n) -> new PageActions(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7))).list();
        Map<String, Long> byAction = new java.util.LinkedHashMap<>();
        byAction.put("HIDE", pages.stream().mapToLong(PageActions::hidden).sum());
        byAction.put("UNHIDE", pages.stream().mapToLong(PageActions::unhidden).sum());
        byAction.put("DELETE", pages.stream().mapToLong(PageActions::deleted).sum());
        byAction.put("HANDLED", pages.stream().mapToLong(PageActions::markedHandled).sum());
        byAction.put("RULES", pages.stream().mapToLong(PageActions::byRules).sum());
        return new Figures(period, pages, byAction, responses(subtreePath, period));
    }

    private ResponseTimes responses(String subtreePath, Period period) {
        return jdbc.sql("""
                select count(*) as received, count(k.handled_at) as handled,
                       percentile_cont(0.5) within group (order by extract(epoch from k.handled_at - k.created_at) / 60)
                           filter (where k.handled_at is not null) as median,
                       percentile_cont(0.9) within group (order by extract(epoch from k.handled_at - k.created_at) / 60)
                           filter (where k.handled_at is not null) as p90,
                       count(*) filter (where k.handled_at - k.created_at <= make_interval(secs => :within)) as within
                  from channel_comment k join channel c on c.id = k.channel_id join unit u on u.id = c.unit_id
                 where u.path like :path || '%' and k.created_at >= :start and k.created_at < :end""")
                .param("path", subtreePath).param("start", period.start()).param("end", period.end())
                .param("within", (double) WITHIN.toSeconds())
                .query((rs, n) -> {
                    long received = rs.getLong("received");
                    double median = rs.getDouble("median");
                    Double medianMinutes = rs.wasNull() ? null : round(median);
                    double p90 = rs.getDouble("p90");
                    Double p90Minutes = rs.wasNull() ? null : round(p90);
                    long within = rs.getLong("within");
                    return new ResponseTimes(received, rs.getLong("handled"), medianMinutes, p90Minutes, within,
                            received == 0 ? null : (int) Math.round(100.0 * within / received));
                }).single();
    }

    private static double round(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }

    /** The period asked for, or the last 30 days; swapped when reversed, at most a year. */
    public static Period period(String from, String to) {
        DayRange range = DayRange.of(DayRange.day(from), DayRange.day(to), LocalDate.now(VIETNAM), java.time.Period.ofDays(29),
                java.time.Period.ofYears(1));
        return new Period(range.from(), range.to());
    }

}
