package vn.lantoa.channels.inbox;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Response times of the inbox, per page and department over a period, in one SQL statement. A request is
 * a run of the person's messages with no reply between them; it starts at the first of them and is
 * answered by the Page's next message (from Lan Tỏa or Business Suite). Over the requests started in the
 * period (Vietnam's days, both ends included): the conversations they belong to, the requests, the
 * median and 90th percentile of the time to the first reply (answered ones only), the share answered
 * within 24 hours (of all requests) and those not answered yet. The department is the conversation's
 * current one. The last line (page and department null) is the total; nothing at all when there was no request.
 */
@Component
public class InboxFigures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Period(LocalDate from, LocalDate to) {
    }

    /** One line; the times in minutes (null when nothing was answered). */
    public record Line(Long channelId, String channelName, Long departmentId, String departmentName, long conversations, long requests,
                       long answered, Double medianMinutes, Double p90Minutes, long within24h, long unanswered) {

        /** Requests answered within 24 hours, in percent of all requests; null when there were none. */
        public Double within24hPercent() {
            return requests == 0 ? null : Math.round(1000.0 * within24h / requests) / 10.0;
        }

        public boolean total() {
            return channelId == null;
        }
    }

    private final JdbcClient jdbc;

    InboxFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> lines(InboxAccess.Scope scope, Period period) {
        ScopeClause clause = ScopeClause.of(scope);
        // one pass over the messages in scope: each message with the one before it and the Page's next message
        // after it (windows per conversation, which are small), then the requests grouped
        return jdbc.sql("""
                with ordered as (
                    select m.conversation_id, c.channel_id, c.department_id, m.direction, m.sent_at,
                           lag(m.direction) over (partition by m.conversation_id order by m.sent_at, m.id) as previous,
                           min(case when m.direction = 'OUT' then m.sent_at end)
                               over (partition by m.conversation_id order by m.sent_at, m.id
                                     rows between current row and unbounded following) as replied_at
                      from inbox_message m join inbox_conversation c on c.id = m.conversation_id
                      join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                     where""" + clause.sql() + """
                ), requests as (
                    select o.conversation_id, o.channel_id, o.department_id, o.sent_at as asked_at, o.replied_at
                      from ordered o
                     where o.direction = 'IN' and (o.previous is null or o.previous = 'OUT')
                       and o.sent_at >= :from and o.sent_at < :to
                )
                select q.channel_id, ch.name as channel_name, q.department_id, d.name as department_name,
                       count(distinct q.conversation_id) as conversations, count(*) as requests, count(q.replied_at) as answered,
                       percentile_cont(0.5) within group (order by extract(epoch from q.replied_at - q.asked_at) / 60.0) as median_minutes,
                       percentile_cont(0.9) within group (order by extract(epoch from q.replied_at - q.asked_at) / 60.0) as p90_minutes,
                       count(*) filter (where q.replied_at - q.asked_at <= interval '24 hours') as within24h,
                       count(*) filter (where q.replied_at is null) as unanswered
                  from requests q join channel ch on ch.id = q.channel_id left join department d on d.id = q.department_id
                 group by grouping sets ((q.channel_id, ch.name, q.department_id, d.name), ())
                 order by (q.channel_id is null), ch.name, d.name nulls last""")
                .params(clause.params())
                .param("from", Timestamp.from(period.from().atStartOfDay(VIETNAM).toInstant()))
                .param("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()))
                .query((rs, n) -> new Line(rs.getObject("channel_id", Long.class), rs.getString("channel_name"),
                        rs.getObject("department_id", Long.class), rs.getString("department_name"), rs.getLong("conversations"),
                        rs.getLong("requests"), rs.getLong("answered"), rs.getObject("median_minutes", Double.class),
                        rs.getObject("p90_minutes", Double.class), rs.getLong("within24h"), rs.getLong("unanswered")))
                .list().stream().filter(line -> line.requests() > 0).toList();
    }
}
