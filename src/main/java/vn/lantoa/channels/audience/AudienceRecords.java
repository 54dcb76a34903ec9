package vn.lantoa.channels.audience;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.channels.AudienceSource;

/**
 * The daily figures of one channel: written one per (channel, day), the newest replacing the older
 * whatever its source; read as recorded entries, as the figure in force on a day, and as a daily
 * series that carries the last figure forward over the days without one.
 */
@Repository
public class AudienceRecords {

    /** What writing a figure did: nothing there before, another figure replaced, or the same figure already there. */
    public enum Outcome {
        NEW, REPLACED, UNCHANGED
    }

    /** A recorded figure with where it came from and who recorded it. */
    public record Entry(LocalDate day, int audience, Integer nonMembers, BigDecimal womenPercent, AudienceSource source,
                        String recordedBy, Instant recordedAt) {
    }

    /** A day of the series: the figure in force and the day it was measured (null before the first figure). */
    public record Day(LocalDate day, Integer audience, LocalDate measuredOn, Integer nonMembers, BigDecimal womenPercent) {

        public boolean measured() {
            return measuredOn != null && measuredOn.equals(day);
        }
    }

    private final JdbcClient jdbc;

    AudienceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Outcome write(long channelId, AudienceFigure figure, AudienceSource source, Long accountId) {
        Optional<Entry> before = on(channelId, figure.day());
        if (before.isPresent() && same(before.get(), figure)) {
            return Outcome.UNCHANGED;
        }
        jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, non_members, women_percent, source, recorded_by, recorded_at)
                values (:channel, :day, :audience, :nonMembers, :women, :source, :by, now())
                on conflict (channel_id, day) do update set audience = excluded.audience, non_members = excluded.non_members,
                    women_percent = excluded.women_percent, source = excluded.source, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at""")
                .param("channel", channelId).param("day", figure.day()).param("audience", figure.audience())
                .param("nonMembers", figure.nonMembers()).param("women", figure.womenPercent()).param("source", source.name())
                .param("by", accountId).update();
        return before.isPresent() ? Outcome.REPLACED : Outcome.NEW;
    }

    /** Whether a recorded entry holds exactly this figure (the same counts and share). */
    public static boolean same(Entry e, AudienceFigure f) {
        return e.audience() == f.audience() && java.util.Objects.equals(e.nonMembers(), f.nonMembers())
                && (e.womenPercent() == null ? f.womenPercent() == null
                        : f.womenPercent() != null && e.womenPercent().compareTo(f.womenPercent()) == 0);
    }

    /** The figure recorded on that very day. */
    public Optional<Entry> on(long channelId, LocalDate day) {
        return jdbc.sql(ENTRY + " where a.channel_id = :channel and a.day = :day")
                .param("channel", channelId).param("day", day).query(AudienceRecords::entry).optional();
    }

    /** The last figure recorded before that day: what the typo guard compares with. */
    public Optional<Entry> before(long channelId, LocalDate day) {
        return jdbc.sql(ENTRY + " where a.channel_id = :channel and a.day < :day order by a.day desc limit 1")
                .param("channel", channelId).param("day", day).query(AudienceRecords::entry).optional();
    }

    /** The figure in force on that day: the last one recorded on or before it. */
    public Optional<Entry> inForce(long channelId, LocalDate day) {
        return jdbc.sql(ENTRY + " where a.channel_id = :channel and a.day <= :day order by a.day desc limit 1")
                .param("channel", channelId).param("day", day).query(AudienceRecords::entry).optional();
    }

    /** The figures recorded in the period, newest first. */
    public List<Entry> entries(long channelId, AudiencePeriod period) {
        return jdbc.sql(ENTRY + " where a.channel_id = :channel and a.day between :from and :to order by a.day desc")
                .param("channel", channelId).param("from", period.from()).param("to", period.to())
                .query(AudienceRecords::entry).list();
    }

    /** Every day of the period with the figure in force that day (the last one on or before it). */
    public List<Day> series(long channelId, AudiencePeriod period) {
        return jdbc.sql("""
                select d.day::date as day, f.audience, f.day as measured_on, f.non_members, f.women_percent
                from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as d(day)
                left join lateral (select a.day, a.audience, a.non_members, a.women_percent from channel_audience a
                                   where a.channel_id = :channel and a.day <= d.day::date order by a.day desc limit 1) f on true
                order by d.day""")
                .param("channel", channelId).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new Day(rs.getDate("day").toLocalDate(), (Integer) rs.getObject("audience"),
                        rs.getDate("measured_on") == null ? null : rs.getDate("measured_on").toLocalDate(),
                        (Integer) rs.getObject("non_members"), rs.getBigDecimal("women_percent")))
                .list();
    }

    private static final String ENTRY = """
            select a.day, a.audience, a.non_members, a.women_percent, a.source, coalesce(acc.full_name, acc.username) as recorded_by,
                   a.recorded_at
            from channel_audience a left join account acc on acc.id = a.recorded_by""";

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("recorded_at");
        return new Entry(rs.getDate("day").toLocalDate(), rs.getInt("audience"), (Integer) rs.getObject("non_members"),
                rs.getBigDecimal("women_percent") == null ? null : rs.getBigDecimal("women_percent").stripTrailingZeros(),
                AudienceSource.valueOf(rs.getString("source")), rs.getString("recorded_by"), at == null ? null : at.toInstant());
    }
}
