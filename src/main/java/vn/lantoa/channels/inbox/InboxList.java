package vn.lantoa.channels.inbox;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversation list of the inbox tab: those the caller may see, filtered by page, department and
 * status; the ones waiting for an answer first (the longest waiting at the top), then the others by
 * their last message.
 */
@Component
public class InboxList {

    public static final int LIMIT = 200;

    /** The statuses one can filter by: waiting for an answer, answered (still open), done, or every open one. */
    public enum Status {
        WAITING("cho-tra-loi", "c.status = 'OPEN' and c.waiting_since is not null"),
        ANSWERED("da-tra-loi", "c.status = 'OPEN' and c.waiting_since is null"),
        DONE("xong", "c.status = 'DONE'"),
        OPEN("dang-mo", "c.status = 'OPEN'"),
        ALL("tat-ca", "true");

        private final String param;
        private final String sql;

        Status(String param, String sql) {
            this.param = param;
            this.sql = sql;
        }

        public String param() {
            return param;
        }

        public static Status parse(String param) {
            for (Status s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return OPEN;
        }
    }

    public record Filter(Long channelId, Long departmentId, Status status) {
    }

    /** A line of the list: the conversation, its page and department, and the last message's first words. */
    public record Line(Conversation conversation, String channelName, String departmentName, String lastText, boolean lastIncoming) {
    }

    private final JdbcClient jdbc;

    InboxList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> lines(InboxAccess.Scope scope, Filter filter) {
        ScopeClause clause = ScopeClause.of(scope);
        StringBuilder sql = new StringBuilder("select " + Conversations.COLUMNS + """
                , ch.name as channel_name, d.name as department_name, last.text as last_text, last.direction as last_direction
                  from inbox_conversation c join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                  left join department d on d.id = c.department_id
                  left join lateral (select m.text, m.direction from inbox_message m where m.conversation_id = c.id
                                      order by m.sent_at desc, m.id desc limit 1) last on true
                 where """).append(clause.sql()).append(" and ").append(filter.status().sql).append(' ');
        if (filter.channelId() != null) {
            sql.append(" and c.channel_id = :channel");
        }
        if (filter.departmentId() != null) {
            sql.append(" and c.department_id = :department");
        }
        sql.append(' ').append("""
                 order by (c.status = 'OPEN' and c.waiting_since is not null) desc, c.waiting_since asc nulls last, c.last_message_at desc
                 limit""").append(' ').append(LIMIT);
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).params(clause.params());
        if (filter.channelId() != null) {
            statement = statement.param("channel", filter.channelId());
        }
        if (filter.departmentId() != null) {
            statement = statement.param("department", filter.departmentId());
        }
        return statement.query((rs, n) -> new Line(Conversations.row(rs, n), rs.getString("channel_name"), rs.getString("department_name"),
                rs.getString("last_text"), "IN".equals(rs.getString("last_direction")))).list();
    }

    /** How many conversations of the caller wait for an answer. */
    public long waiting(InboxAccess.Scope scope) {
        ScopeClause clause = ScopeClause.of(scope);
        return jdbc.sql("""
                select count(*) from inbox_conversation c join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                 where c.status = 'OPEN' and c.waiting_since is not null and """ + clause.sql()).params(clause.params())
                .query(Long.class).single();
    }

    /** The pages that have conversations the caller sees, for the filter. */
    public List<Option> pages(InboxAccess.Scope scope) {
        ScopeClause clause = ScopeClause.of(scope);
        return jdbc.sql("""
                select distinct ch.id, ch.name from inbox_conversation c join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                 where """ + clause.sql() + " order by ch.name").params(clause.params())
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    /** The departments of the conversations the caller sees, for the filter. */
    public List<Option> departments(InboxAccess.Scope scope) {
        ScopeClause clause = ScopeClause.of(scope);
        return jdbc.sql("""
                select distinct d.id, d.name from inbox_conversation c join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                  join department d on d.id = c.department_id
                 where """ + clause.sql() + " order by d.name").params(clause.params())
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    public record Option(long id, String name) {
    }
}
