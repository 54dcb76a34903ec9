package vn.lantoa.channels.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inbox_conversation and inbox_message tables: one conversation per page and person, messages once each by mid. */
@Component
public class Conversations {

    static final String COLUMNS = """
            c.id, c.channel_id, c.psid, c.person_name, c.department_id, c.routed_by, c.matched_keyword, c.status, c.last_incoming_at,
            c.waiting_since, c.last_message_at, c.done_at, c.created_at""";

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active Facebook Page channel with this platform id: by the registry's id, or by its connection's. */
    public Optional<Long> pageChannel(String pageId) {
        return jdbc.sql("""
                select c.id from channel c left join channel_connection k on k.channel_id = c.id and k.status <> 'DISCONNECTED'
                 where c.kind = 'FACEBOOK_PAGE' and c.active and (c.external_id = :page or k.external_id = :page)
                 order by (k.id is not null) desc, c.id limit 1""").param("page", pageId).query(Long.class).optional();
    }

    public Optional<Conversation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from inbox_conversation c where c.id = :id").param("id", id)
                .query(Conversations::row).optional();
    }

    public Optional<Conversation> find(long channelId, String psid) {
        return jdbc.sql("select " + COLUMNS + " from inbox_conversation c where c.channel_id = :c and c.psid = :p")
                .param("c", channelId).param("p", psid).query(Conversations::row).optional();
    }

    public boolean knows(String mid) {
        return jdbc.sql("select count(*) from inbox_message where mid = :mid").param("mid", mid).query(Long.class).single() > 0;
    }

    /** A new conversation routed as decided; empty when one with this person exists already (a delivery raced this one). */
    public Optional<Long> open(long channelId, String psid, String personName, Routing.Decision routing, Instant at) {
        return jdbc.sql("""
                insert into inbox_conversation (channel_id, psid, person_name, department_id, routed_by, matched_keyword, last_message_at)
                values (:c, :p, :name, :dept, :by, :keyword, :at)
                on conflict (channel_id, psid) do nothing returning id""")
                .param("c", channelId).param("p", psid).param("name", cut(personName, 200)).param("dept", routing.departmentId())
                .param("by", routing.by().name()).param("keyword", cut(routing.keyword(), 100)).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    /** Stores a message unless one with its mid is stored already; true when stored. */
    public boolean add(long conversationId, String mid, boolean incoming, String source, String text, List<String> attachments, String tag,
                       Instant sentAt, Long sentBy) {
        return jdbc.sql("""
                insert into inbox_message (conversation_id, mid, direction, source, text, attachments, tag, sent_at, sent_by)
                values (:c, :mid, :dir, :source, :text, :att, :tag, :at, :by) on conflict (mid) do nothing""")
                .param("c", conversationId).param("mid", mid).param("dir", incoming ? "IN" : "OUT").param("source", source)
                .param("text", cut(text, 4000)).param("att", attachments == null || attachments.isEmpty() ? null : String.join("\n", attachments))
                .param("tag", tag).param("at", Timestamp.from(sentAt)).param("by", sentBy).update() == 1;
    }

    /**
     * A reply sent from Lan Tỏa: stored, or — when the webhook's echo of it came first and was taken for a
     * Business Suite reply — claimed as Lan Tỏa's with its author.
     */
    public void sentFromLanToa(long conversationId, String mid, String text, String tag, Instant sentAt, long sentBy) {
        jdbc.sql("""
                insert into inbox_message (conversation_id, mid, direction, source, text, tag, sent_at, sent_by)
                values (:c, :mid, 'OUT', 'LANTOA', :text, :tag, :at, :by)
                on conflict (mid) do update set source = 'LANTOA', sent_by = excluded.sent_by, tag = excluded.tag""")
                .param("c", conversationId).param("mid", mid).param("text", cut(text, 4000)).param("tag", tag)
                .param("at", Timestamp.from(sentAt)).param("by", sentBy).update();
    }

    /**
     * Works the conversation's times out from its messages, whatever order they came in: the person's last
     * message (the reply window), the first one not answered yet (waiting since), the last of all. A new
     * message from the person reopens a conversation marked done.
     */
    public void refresh(long conversationId, boolean reopen) {
        jdbc.sql("""
                update inbox_conversation c set
                       last_incoming_at = (select max(m.sent_at) from inbox_message m where m.conversation_id = c.id and m.direction = 'IN'),
                       last_message_at = coalesce((select max(m.sent_at) from inbox_message m where m.conversation_id = c.id), c.last_message_at),
                       waiting_since = (select min(m.sent_at) from inbox_message m where m.conversation_id = c.id and m.direction = 'IN'
                                           and m.sent_at > coalesce((select max(o.sent_at) from inbox_message o
                                                                     where o.conversation_id = c.id and o.direction = 'OUT'), '-infinity')),
                       status = case when :reopen then 'OPEN' else c.status end,
                       done_at = case when :reopen then null else c.done_at end,
                       done_by = case when :reopen then null else c.done_by end,
                       version = c.version + 1
                 where c.id = :id""").param("id", conversationId).param("reopen", reopen).update();
    }

    public void reroute(long conversationId, long departmentId) {
        jdbc.sql("update inbox_conversation set department_id = :d, routed_by = 'STAFF', matched_keyword = null, version = version + 1 where id = :id")
                .param("d", departmentId).param("id", conversationId).update();
    }

    public void done(long conversationId, long accountId, Instant at) {
        jdbc.sql("update inbox_conversation set status = 'DONE', done_at = :at, done_by = :by, version = version + 1 where id = :id")
                .param("at", Timestamp.from(at)).param("by", accountId).param("id", conversationId).update();
    }

    public void reopen(long conversationId) {
        jdbc.sql("update inbox_conversation set status = 'OPEN', done_at = null, done_by = null, version = version + 1 where id = :id")
                .param("id", conversationId).update();
    }

    public List<InboxMessage> messages(long conversationId) {
        return jdbc.sql("""
                select m.id, m.mid, m.direction, m.source, m.text, m.attachments, m.tag, m.sent_at, a.full_name
                  from inbox_message m left join account a on a.id = m.sent_by
                 where m.conversation_id = :c order by m.sent_at, m.id""")
                .param("c", conversationId)
                .query((rs, n) -> new InboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), instant(rs, "sent_at"), rs.getString(9)))
                .list();
    }

    static Conversation row(ResultSet rs, int n) throws SQLException {
        Long dept = rs.getObject("department_id", Long.class);
        return new Conversation(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("psid"), rs.getString("person_name"), dept, rs.getString("routed_by"), rs.getString("matched_keyword"), rs.getString("status"),
                instant(rs, "last_incoming_at"), instant(rs, "waiting_since"), instant(rs, "last_message_at"), instant(rs, "done_at"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
