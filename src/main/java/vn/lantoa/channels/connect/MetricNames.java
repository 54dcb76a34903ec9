package vn.lantoa.channels.connect;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The platform's names of the metrics, per purpose and validity (table channel_metric). */
@Component
public class MetricNames {

    private final JdbcClient jdbc;

    MetricNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Metric(long id, Platform platform, MetricPurpose purpose, String name, LocalDate validFrom, LocalDate validUntil,
                         Instant failingSince, String failureMessage) {
        public boolean validOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
        }
    }

    /** The names valid on the day for a purpose, the newest first: the first that works is used. */
    public List<Metric> current(Platform platform, MetricPurpose purpose, LocalDate day) {
        return jdbc.sql("""
                select id, platform, purpose, name, valid_from, valid_until, failing_since, failure_message from channel_metric
                 where platform = :platform and purpose = :purpose and valid_from <= :day and (valid_until is null or valid_until >= :day)
                 order by valid_from desc, id desc""")
                .param("platform", platform.name()).param("purpose", purpose.name()).param("day", day).query(MetricNames::row).list();
    }

    public List<Metric> all() {
        return jdbc.sql("""
                select id, platform, purpose, name, valid_from, valid_until, failing_since, failure_message from channel_metric
                 order by platform, purpose, valid_from desc, id desc""").query(MetricNames::row).list();
    }

    public void failing(long id, String message, Instant now) {
        jdbc.sql("update channel_metric set failing_since = coalesce(failing_since, :now), failure_message = :message where id = :id")
                .param("now", Timestamp.from(now)).param("message", Connections.cut(message, 500)).param("id", id).update();
    }

    public void working(long id) {
        jdbc.sql("update channel_metric set failing_since = null, failure_message = null where id = :id and failing_since is not null")
                .param("id", id).update();
    }

    public long add(Platform platform, MetricPurpose purpose, String name, LocalDate validFrom, long accountId) {
        return jdbc.sql("""
                insert into channel_metric (platform, purpose, name, valid_from, updated_by) values (:platform, :purpose, :name, :from, :by)
                on conflict (platform, purpose, name, valid_from) do update set valid_until = null, updated_by = :by, updated_at = now()
                returning id""")
                .param("platform", platform.name()).param("purpose", purpose.name()).param("name", name).param("from", validFrom)
                .param("by", accountId).query(Long.class).single();
    }

    public int retire(long id, LocalDate lastDay, long accountId) {
        return jdbc.sql("update channel_metric set valid_until = :until, updated_by = :by, updated_at = now() where id = :id")
                .param("until", lastDay).param("by", accountId).param("id", id).update();
    }

    public java.util.Optional<Metric> find(long id) {
        return jdbc.sql("""
                select id, platform, purpose, name, valid_from, valid_until, failing_since, failure_message from channel_metric
                 where id = :id""").param("id", id).query(MetricNames::row).optional();
    }

    private static Metric row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Date until = rs.getDate("valid_until");
        Timestamp failing = rs.getTimestamp("failing_since");
        return new Metric(rs.getLong("id"), Platform.valueOf(rs.getString("platform")), MetricPurpose.valueOf(rs.getString("purpose")),
                rs.getString("name"), rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                failing == null ? null : failing.toInstant(), rs.getString("failure_message"));
    }
}
