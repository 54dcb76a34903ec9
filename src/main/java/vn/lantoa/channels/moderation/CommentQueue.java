package vn.lantoa.channels.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review queue's views of a subtree's fanpage comments: to review (not handled yet, flagged first),
 * assigned to me (not handled yet), hidden, and all (deleted ones too), newest first.
 */
@Component
public class CommentQueue {

    /** The four views, with the names the page's addresses use. */
    public enum View {
        REVIEW("can-xem"), MINE("giao-cho-toi"), HIDDEN("da-an"), ALL("tat-ca");

        private final String slug;

        View(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static View of(String slug) {
            for (View v : values()) {
                if (v.slug.equals(slug)) {
                    return v;
                }
            }
            return REVIEW;
        }

        public String key() {
            return "channels.moderation.view." + name().toLowerCase(Locale.ROOT);
        }
    }

    static final String SELECT = """
            select k.id, k.channel_id, c.name as channel_name, u.path, k.external_id, k.post_id, k.parent_id, k.author_name, k.message,
                   k.created_at, k.status, k.flagged, k.assigned_to, a.full_name as assignee_name, k.handled_at, k.rule_hits
              from channel_comment k join channel c on c.id = k.channel_id join unit u on u.id = c.unit_id
              left join account a on a.id = k.assigned_to
            """;

    private final JdbcClient jdbc;

    CommentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueuedComment> list(String subtreePath, Long channelId, View view, long me, int limit) {
        String where = switch (view) {
            case REVIEW -> "k.handled_at is null and k.status <> 'DELETED'";
            case MINE -> "k.assigned_to = :me and k.handled_at is null and k.status <> 'DELETED'";
            case HIDDEN -> "k.status = 'HIDDEN'";
            case ALL -> "true";
        };
        String order = view == View.REVIEW ? "k.flagged desc, k.created_at desc, k.id desc" : "k.created_at desc, k.id desc";
        return jdbc.sql(SELECT + " where u.path like :path || '%' and (cast(:c as bigint) is null or k.channel_id = :c) and " + where
                        + " order by " + order + " limit :limit")
                .param("path", subtreePath).param("c", channelId).param("me", me).param("limit", limit).query(CommentQueue::row).list();
    }

    /** How many comments each view holds, in the order of {@link View}. */
    public long count(String subtreePath, Long channelId, View view, long me) {
        String where = switch (view) {
            case REVIEW -> "k.handled_at is null and k.status <> 'DELETED'";
            case MINE -> "k.assigned_to = :me and k.handled_at is null and k.status <> 'DELETED'";
            case HIDDEN -> "k.status = 'HIDDEN'";
            case ALL -> "true";
        };
        return jdbc.sql("select count(*) from channel_comment k join channel c on c.id = k.channel_id join unit u on u.id = c.unit_id"
                        + " where u.path like :path || '%' and (cast(:c as bigint) is null or k.channel_id = :c) and " + where)
                .param("path", subtreePath).param("c", channelId).param("me", me).query(Long.class).single();
    }

    public Optional<QueuedComment> find(long id) {
        return jdbc.sql(SELECT + " where k.id = :id").param("id", id).query(CommentQueue::row).optional();
    }

    static QueuedComment row(ResultSet rs, int n) throws SQLException {
        long assigned = rs.getLong("assigned_to");
        Long assignedTo = rs.wasNull() ? null : assigned;
        String hits = rs.getString("rule_hits");
        java.sql.Timestamp handled = rs.getTimestamp("handled_at");
        return new QueuedComment(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("channel_name"), rs.getString("path"),
                rs.getString("external_id"), rs.getString("post_id"), rs.getString("parent_id"), rs.getString("author_name"),
                rs.getString("message"), rs.getTimestamp("created_at").toInstant(), rs.getString("status"), rs.getBoolean("flagged"),
                assignedTo, rs.getString("assignee_name"), handled == null ? null : handled.toInstant(),
                hits == null || hits.isEmpty() ? List.of() : List.of(hits.split("\n")));
    }
}
