package vn.lantoa.channels.connect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The channel_connection table. */
@Component
public class Connections {

    private static final String COLUMNS = """
            id, channel_id, platform, external_id, external_name, token_sealed, refresh_sealed, token_hint, expires_at,
            refresh_expires_at, permissions, status, failure_kind, error_code, error_message, missing_permission, retry_after,
            retries, notified_at, last_success_at, last_attempt_at, connected_at""";

    private final JdbcClient jdbc;

    Connections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Connection> ofChannel(long channelId) {
        return jdbc.sql("select " + COLUMNS + " from channel_connection where channel_id = :c").param("c", channelId)
                .query(Connections::row).optional();
    }

    /** The connections to pull now: connected (or failed for a reason that may pass), not waiting after a rate limit. */
    public List<Connection> due(Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from channel_connection k
                where k.status in ('CONNECTED', 'FAILED') and (k.retry_after is null or k.retry_after <= :now)
                  and exists (select 1 from channel c where c.id = k.channel_id and c.active)
                order by k.id""").param("now", Timestamp.from(now)).query(Connections::row).list();
    }

    /** Stores a new or renewed connection, CONNECTED and without any past failure. */
    public void connect(long channelId, Platform platform, String externalId, String externalName, String tokenSealed,
                        String refreshSealed, String hint, Instant expiresAt, Instant refreshExpiresAt, String permissions,
                        Long accountId, Instant now) {
        jdbc.sql("""
                insert into channel_connection (channel_id, platform, external_id, external_name, token_sealed, refresh_sealed,
                        token_hint, expires_at, refresh_expires_at, permissions, status, connected_by, connected_at, last_success_at,
                        last_attempt_at)
                values (:channel, :platform, :external, :name, :token, :refresh, :hint, :expires, :refreshExpires, :permissions,
                        'CONNECTED', :by, :now, :now, :now)
                on conflict (channel_id) do update set platform = excluded.platform, external_id = excluded.external_id,
                        external_name = excluded.external_name, token_sealed = excluded.token_sealed,
                        refresh_sealed = excluded.refresh_sealed, token_hint = excluded.token_hint, expires_at = excluded.expires_at,
                        refresh_expires_at = excluded.refresh_expires_at, permissions = excluded.permissions, status = 'CONNECTED',
                        failure_kind = null, error_code = null, error_message = null, missing_permission = null, retry_after = null,
                        retries = 0, notified_at = null, connected_by = excluded.connected_by, connected_at = excluded.connected_at,
                        last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
                        version = channel_connection.version + 1""")
                .param("channel", channelId).param("platform", platform.name()).param("external", externalId)
                .param("name", cut(externalName, 200)).param("token", tokenSealed).param("refresh", refreshSealed).param("hint", hint)
                .param("expires", ts(expiresAt)).param("refreshExpires", ts(refreshExpiresAt)).param("permissions", cut(permissions, 2000))
                .param("by", accountId).param("now", Timestamp.from(now)).update();
    }

    /** New tokens after a refresh (Zalo's refresh token is single-use: the new one replaces it). */
    public void renewed(long id, String tokenSealed, String refreshSealed, String hint, Instant expiresAt, Instant refreshExpiresAt) {
        jdbc.sql("""
                update channel_connection set token_sealed = :token, refresh_sealed = :refresh, token_hint = :hint,
                       expires_at = :expires, refresh_expires_at = :refreshExpires, version = version + 1 where id = :id""")
                .param("token", tokenSealed).param("refresh", refreshSealed).param("hint", hint).param("expires", ts(expiresAt))
                .param("refreshExpires", ts(refreshExpiresAt)).param("id", id).update();
    }

    public void attempted(long id, Instant now) {
        jdbc.sql("update channel_connection set last_attempt_at = :now where id = :id").param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** A success clears any failure: the next failure is a new episode, told again. */
    public void succeeded(long id, Instant now) {
        jdbc.sql("""
                update channel_connection set status = 'CONNECTED', failure_kind = null, error_code = null, error_message = null,
                       missing_permission = null, retry_after = null, retries = 0, notified_at = null, last_success_at = :now,
                       last_attempt_at = :now where id = :id and status <> 'DISCONNECTED'""")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /**
     * Records a failure that needs someone to act; true when it opens a failure episode (nobody was told
     * of one yet), and marks it told in the same statement, so that it is told once whatever runs twice.
     */
    @Transactional
    public boolean failed(long id, ConnectorFailure failure, ConnectionStatus status, Instant now) {
        Optional<Timestamp> told = jdbc.sql("select notified_at from channel_connection where id = :id for update").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1))).optional().orElse(null);
        if (told == null) {
            return false;
        }
        int updated = jdbc.sql("""
                update channel_connection set status = :status, failure_kind = :kind, error_code = :code, error_message = :message,
                       missing_permission = :permission, retry_after = null, last_attempt_at = :now,
                       notified_at = coalesce(notified_at, :now)
                 where id = :id and status <> 'DISCONNECTED'""")
                .param("id", id).param("status", status.name()).param("kind", failure.kind().name()).param("code", cut(failure.code(), 30))
                .param("message", cut(failure.platformMessage(), 1000)).param("permission", cut(failure.permission(), 100))
                .param("now", Timestamp.from(now)).update();
        return updated == 1 && told.isEmpty();
    }

    /** A rate limit: the status is kept, the reason shown, the next try waits until {@code retryAfter}. */
    public void rateLimited(long id, ConnectorFailure failure, Instant retryAfter, Instant now) {
        jdbc.sql("""
                update channel_connection set failure_kind = 'RATE_LIMITED', error_code = :code, error_message = :message,
                       retry_after = :retry, retries = retries + 1, last_attempt_at = :now where id = :id""")
                .param("code", cut(failure.code(), 30)).param("message", cut(failure.platformMessage(), 1000))
                .param("retry", Timestamp.from(retryAfter)).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public void disconnect(long id) {
        jdbc.sql("""
                update channel_connection set status = 'DISCONNECTED', token_sealed = null, refresh_sealed = null, token_hint = null,
                       expires_at = null, refresh_expires_at = null, failure_kind = null, error_code = null, error_message = null,
                       missing_permission = null, retry_after = null, retries = 0, notified_at = null, version = version + 1
                 where id = :id""").param("id", id).update();
    }

    static Connection row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("failure_kind");
        return new Connection(rs.getLong("id"), rs.getLong("channel_id"), Platform.valueOf(rs.getString("platform")),
                rs.getString("external_id"), rs.getString("external_name"), rs.getString("token_sealed"), rs.getString("refresh_sealed"),
                rs.getString("token_hint"), instant(rs, "expires_at"), instant(rs, "refresh_expires_at"), rs.getString("permissions"),
                ConnectionStatus.valueOf(rs.getString("status")), kind == null ? null : FailureKind.valueOf(kind), rs.getString("error_code"),
                rs.getString("error_message"), rs.getString("missing_permission"), instant(rs, "retry_after"), rs.getInt("retries"),
                instant(rs, "notified_at"), instant(rs, "last_success_at"), instant(rs, "last_attempt_at"), instant(rs, "connected_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
