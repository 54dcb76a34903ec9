package vn.lantoa.channels.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.connect.ConnectorFailure;

/** The channel_delivery table: each change of a delivery is one statement. */
@Component
public class Deliveries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select d.*, s.title as story_title, c.kind, c.name as channel_name, c.url as channel_url, c.unit_id, u.path as unit_path,
                   u.name as unit_name, a.full_name as marked_by_name
              from channel_delivery d join story s on s.id = d.story_id join channel c on c.id = d.channel_id
              join unit u on u.id = c.unit_id left join account a on a.id = d.marked_by
            """;

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new delivery, due at once; false when the story already has one for the channel (it is never made twice). */
    boolean create(long storyId, long channelId, boolean manual, Instant now) {
        return jdbc.sql("""
                insert into channel_delivery (story_id, channel_id, mode, next_attempt_at) values (:story, :channel, :mode, :now)
                on conflict (story_id, channel_id) do nothing""")
                .param("story", storyId).param("channel", channelId).param("mode", manual ? "MANUAL" : "API")
                .param("now", manual ? null : Timestamp.from(now)).update() == 1;
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Deliveries::row).optional();
    }

    public List<Delivery> ofStory(long storyId) {
        return jdbc.sql(SELECT + " where d.story_id = :story order by c.kind, c.name, d.id").param("story", storyId)
                .query(Deliveries::row).list();
    }

    /** The Page deliveries of a subtree: failures first, then those still open, then the newest done. */
    public List<Delivery> pagesIn(String unitPath, int limit) {
        return jdbc.sql(SELECT + """
                 where d.mode = 'API' and u.path like :path || '%'
                 order by case when d.status in ('FAILED', 'GAVE_UP') then 0 when d.status in ('PENDING', 'RETRYING') then 1 else 2 end,
                          d.created_at desc, d.id desc limit :limit""")
                .param("path", unitPath).param("limit", limit).query(Deliveries::row).list();
    }

    /** The group queue of a subtree: items waiting first (oldest first), then the last ones marked. */
    public List<Delivery> groupsIn(String unitPath, int limit) {
        return jdbc.sql(SELECT + """
                 where d.mode = 'MANUAL' and u.path like :path || '%'
                 order by case when d.status = 'PENDING' then 0 else 1 end,
                          case when d.status = 'PENDING' then d.created_at end asc, d.updated_at desc, d.id desc limit :limit""")
                .param("path", unitPath).param("limit", limit).query(Deliveries::row).list();
    }

    /**
     * Takes the Page deliveries due now for one run: each is leased (its next try moved past the lease)
     * in the same statement, so that no other run or node posts it meanwhile.
     */
    List<Long> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                update channel_delivery set next_attempt_at = :lease
                 where id in (select id from channel_delivery
                               where mode = 'API' and status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                               order by next_attempt_at, id limit :limit for update skip locked)
                returning id""")
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(lease))).param("limit", limit)
                .query(Long.class).list();
    }

    /** A photo uploaded unpublished: kept at once, so that a later failure never uploads it again. */
    void uploaded(long id, String mediaId, String photoId) {
        jdbc.sql("update channel_delivery set uploaded = uploaded || jsonb_build_object(:media, :photo), updated_at = now() where id = :id")
                .param("media", mediaId).param("photo", photoId).param("id", id).update();
    }

    void posted(long id, String externalId, String permalink, Long markedBy, Instant now) {
        jdbc.sql("""
                update channel_delivery set status = 'POSTED', external_id = :external, permalink = :permalink, posted_at = :now,
                       marked_by = :by, next_attempt_at = null, failure_kind = null, error_code = null, error_message = null,
                       attempts = attempts + case when mode = 'API' then 1 else 0 end, updated_at = now()
                 where id = :id""")
                .param("external", externalId).param("permalink", permalink).param("now", Timestamp.from(now)).param("by", markedBy)
                .param("id", id).update();
    }

    void retrying(long id, int attempts, Instant next, ConnectorFailure failure) {
        jdbc.sql("""
                update channel_delivery set status = 'RETRYING', attempts = :attempts, next_attempt_at = :next, failure_kind = :kind,
                       error_code = :code, error_message = :message, updated_at = now() where id = :id""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("kind", failure.kind().name())
                .param("code", cut(failure.code(), 30)).param("message", cut(failure.platformMessage(), 1000)).param("id", id).update();
    }

    void stopped(long id, DeliveryStatus status, int attempts, ConnectorFailure failure) {
        jdbc.sql("""
                update channel_delivery set status = :status, attempts = :attempts, next_attempt_at = null, failure_kind = :kind,
                       error_code = :code, error_message = :message, updated_at = now() where id = :id""")
                .param("status", status.name()).param("attempts", attempts).param("kind", failure.kind().name())
                .param("code", cut(failure.code(), 30)).param("message", cut(failure.platformMessage(), 1000)).param("id", id).update();
    }

    void skipped(long id, String reason, long by, Instant now) {
        jdbc.sql("""
                update channel_delivery set status = 'SKIPPED', skip_reason = :reason, marked_by = :by, posted_at = null,
                       updated_at = :now where id = :id""")
                .param("reason", reason).param("by", by).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /**
     * The story left the portal: what was not posted yet is withdrawn (skipped by nobody, without a
     * reason), so that no moderator posts a story the public can no longer read.
     */
    int withdraw(long storyId) {
        return jdbc.sql("""
                update channel_delivery set status = 'SKIPPED', skip_reason = null, marked_by = null, next_attempt_at = null,
                       updated_at = now()
                 where story_id = :story and status in ('PENDING', 'RETRYING')""").param("story", storyId).update();
    }

    /** Published again: what was withdrawn waits again (what was posted stays posted, never twice). */
    int reopenWithdrawn(long storyId, Instant now) {
        return jdbc.sql("""
                update channel_delivery set status = 'PENDING', attempts = 0,
                       next_attempt_at = case when mode = 'API' then cast(:now as timestamptz) end, updated_at = now()
                 where story_id = :story and status = 'SKIPPED' and marked_by is null and skip_reason is null""")
                .param("story", storyId).param("now", Timestamp.from(now)).update();
    }

    /** A new round of tries, due now; the photos already uploaded stay uploaded. */
    void retryNow(long id, Instant now) {
        jdbc.sql("""
                update channel_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now, updated_at = now()
                 where id = :id and mode = 'API' and status in ('FAILED', 'GAVE_UP', 'RETRYING')""")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("story_id"), rs.getString("story_title"), rs.getLong("channel_id"),
                ChannelKind.valueOf(rs.getString("kind")), rs.getString("channel_name"), rs.getString("channel_url"), rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getString("unit_name"), "MANUAL".equals(rs.getString("mode")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("failure_kind"), rs.getString("error_code"), rs.getString("error_message"), map(rs.getString("uploaded")),
                rs.getString("external_id"), rs.getString("permalink"), instant(rs, "posted_at"), rs.getString("marked_by_name"),
                rs.getString("skip_reason"), instant(rs, "created_at"));
    }

    private static Map<String, String> map(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        JSON.readTree(json == null ? "{}" : json).properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
