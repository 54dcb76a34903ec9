package vn.lantoa.channels.connect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelConnectionFailed;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.channels.connect.zalo.ZaloClient;

/**
 * The daily pull of the connected channels' audience: for a Facebook Page, its daily follows since the
 * last figure read (insights, one metric per call, in windows of at most 90 days) and today's
 * followers_count, then its recent posts and their figures ({@link PostPuller}); for a Zalo OA,
 * today's followers (getoa → num_follower), after refreshing its
 * access token when it expires soon. Figures go to channel_audience (one per channel and day, the
 * newest replaces the older whatever its source). A failure is recorded on the connection with its
 * reason; the first of an episode publishes {@link ChannelConnectionFailed} in the same transaction,
 * so the unit is told once; a rate limit keeps the status and waits longer each time; a success clears
 * all. A metric name the API no longer knows is marked for the admin and the pull goes on without it.
 */
@Component
public class AudiencePuller {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(AudiencePuller.class);
    private static final int WINDOW_DAYS = 90;
    private static final Duration MAX_BACKOFF = Duration.ofHours(24);

    private final Connections connections;
    private final ChannelDirectory channels;
    private final MetricNames metrics;
    private final GraphClient graph;
    private final PostPuller postPuller;
    private final ZaloClient zalo;
    private final TokenCipher cipher;
    private final ConnectorSettings settings;
    private final FailureReasons reasons;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AudiencePuller(Connections connections, ChannelDirectory channels, MetricNames metrics, GraphClient graph, PostPuller postPuller,
                   ZaloClient zalo,
                   TokenCipher cipher, ConnectorSettings settings, FailureReasons reasons, JdbcClient jdbc, TransactionTemplate transaction,
                   ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.channels = channels;
        this.metrics = metrics;
        this.graph = graph;
        this.postPuller = postPuller;
        this.zalo = zalo;
        this.cipher = cipher;
        this.settings = settings;
        this.reasons = reasons;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** What one pull of one channel did. */
    public record Outcome(boolean ok, FailureKind failure, int days) {
    }

    /** Pulls every connection due now; returns how many succeeded. */
    public int pullAll() {
        int ok = 0;
        List<Connection> due = connections.due(clock.instant());
        for (Connection connection : due) {
            try {
                if (pull(connection).ok()) {
                    ok++;
                }
            } catch (RuntimeException e) {
                log.warn("Audience pull of channel {} failed unexpectedly: {}", connection.channelId(), e.getClass().getSimpleName());
            }
        }
        log.info("Channel audience pull: {} of {} connections read", ok, due.size());
        return ok;
    }

    /** Pulls one channel now (the connections page's "test now"). */
    public Optional<Outcome> pull(long channelId) {
        return connections.ofChannel(channelId).filter(c -> c.status() != ConnectionStatus.DISCONNECTED).map(this::pull);
    }

    Outcome pull(Connection connection) {
        Instant now = clock.instant();
        connections.attempted(connection.id(), now);
        try {
            int days = connection.platform() == Platform.FACEBOOK ? facebook(connection, now) : zalo(connection, now);
            connections.succeeded(connection.id(), clock.instant());
            return new Outcome(true, null, days);
        } catch (ConnectorFailure failure) {
            failed(connection, failure, now);
            return new Outcome(false, failure.kind(), 0);
        } catch (TokenCipher.Refused refused) {
            ConnectorFailure failure = new ConnectorFailure(FailureKind.TOKEN_INVALID, "key", "The stored token cannot be opened");
            failed(connection, failure, now);
            return new Outcome(false, failure.kind(), 0);
        }
    }

    private int facebook(Connection connection, Instant now) {
        String token = cipher.open(connection.tokenSealed());
        String pageId = connection.externalId();
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        LocalDate yesterday = today.minusDays(1);
        // from the last day read (yesterday at the latest: the platform revises the last days, and a metric
        // marked failing is tried again), or the first days when nothing was read yet
        LocalDate since = lastApiDay(connection.channelId()).map(last -> last.isAfter(yesterday) ? yesterday : last)
                .orElse(today.minusDays(settings.firstPullDays()));
        int written = 0;
        for (LocalDate from = since; !from.isAfter(yesterday); from = from.plusDays(WINDOW_DAYS)) {
            LocalDate to = from.plusDays(WINDOW_DAYS - 1).isAfter(yesterday) ? yesterday : from.plusDays(WINDOW_DAYS - 1);
            for (GraphClient.DailyValue v : series(pageId, MetricPurpose.PAGE_FOLLOWS_DAILY, from, to, token, today, now)) {
                written += audience(connection.channelId(), v.day(), v.value());
            }
            for (GraphClient.DailyValue v : series(pageId, MetricPurpose.PAGE_MEDIA_VIEWS_DAILY, from, to, token, today, now)) {
                pageDay(connection.channelId(), v.day(), MetricPurpose.PAGE_MEDIA_VIEWS_DAILY, v.value());
            }
        }
        written += audience(connection.channelId(), today, graph.followersCount(pageId, token));
        postPuller.pull(connection.channelId(), pageId, token, today, now);
        return written;
    }

    /** The purpose's series by the first of its current names that the API knows; unknown names are marked and skipped. */
    private List<GraphClient.DailyValue> series(String pageId, MetricPurpose purpose, LocalDate from, LocalDate to, String token,
                                                LocalDate today, Instant now) {
        for (MetricNames.Metric metric : metrics.current(Platform.FACEBOOK, purpose, today)) {
            try {
                List<GraphClient.DailyValue> values = graph.dailyInsight(pageId, metric.name(), from, to, token);
                metrics.working(metric.id());
                return values;
            } catch (ConnectorFailure failure) {
                if (failure.kind() != FailureKind.UNKNOWN_METRIC) {
                    throw failure;
                }
                log.warn("Graph API refused the metric {} ({}): marked for the admin", metric.name(), failure.code());
                metrics.failing(metric.id(), failure.platformMessage(), now);
            }
        }
        return List.of();
    }

    private int zalo(Connection connection, Instant now) {
        String token = cipher.open(connection.tokenSealed());
        if (connection.refreshSealed() != null && settings.zaloApp()
                && (connection.expiresAt() == null || connection.expiresAt().isBefore(now.plus(settings.zaloRefreshBefore())))) {
            ZaloClient.Tokens fresh = zalo.refresh(cipher.open(connection.refreshSealed()));
            String refresh = fresh.refreshToken() == null ? connection.refreshSealed() : cipher.seal(fresh.refreshToken());
            connections.renewed(connection.id(), cipher.seal(fresh.accessToken()), refresh, TokenCipher.hint(fresh.accessToken()),
                    fresh.expiresAt(), fresh.refreshExpiresAt());
            token = fresh.accessToken();
        }
        ZaloClient.OaProfile oa = zalo.getoa(token);
        if (connection.externalId() != null && !connection.externalId().equals(oa.oaId())) {
            throw new ConnectorFailure(FailureKind.WRONG_PAGE, "oa_id", "The token belongs to another OA");
        }
        return audience(connection.channelId(), LocalDate.ofInstant(now, VIETNAM), oa.followers());
    }

    private Optional<LocalDate> lastApiDay(long channelId) {
        return jdbc.sql("select max(day) from channel_audience where channel_id = :c and source = 'API'").param("c", channelId)
                .query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate);
    }

    /** The day's figure from the API; it replaces the older one of the day whatever its source, keeping what the API does not know. */
    private int audience(long channelId, LocalDate day, long value) {
        return jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, source, recorded_at) values (:c, :day, :value, 'API', now())
                on conflict (channel_id, day) do update set audience = excluded.audience, source = 'API', recorded_by = null,
                       recorded_at = now()
                 where channel_audience.audience <> excluded.audience or channel_audience.source <> 'API'""")
                .param("c", channelId).param("day", day).param("value", (int) Math.min(Integer.MAX_VALUE, Math.max(0, value))).update();
    }

    private void pageDay(long channelId, LocalDate day, MetricPurpose purpose, long value) {
        jdbc.sql("""
                insert into channel_page_day (channel_id, day, purpose, value) values (:c, :day, :purpose, :value)
                on conflict (channel_id, day, purpose) do update set value = excluded.value, recorded_at = now()""")
                .param("c", channelId).param("day", day).param("purpose", purpose.name()).param("value", value).update();
    }

    private void failed(Connection connection, ConnectorFailure failure, Instant now) {
        log.warn("Channel {} connector failure {} ({})", connection.channelId(), failure.kind(), failure.code());
        if (failure.kind() == FailureKind.RATE_LIMITED) {
            connections.rateLimited(connection.id(), failure, now.plus(backoff(connection.retries())), now);
            return;
        }
        ConnectionStatus status = failure.kind().status() == null ? ConnectionStatus.FAILED : failure.kind().status();
        ChannelRef channel = channels.find(connection.channelId()).orElse(null);
        transaction.executeWithoutResult(tx -> {
            if (connections.failed(connection.id(), failure, status, now) && channel != null) {
                events.publishEvent(new ChannelConnectionFailed(channel.id(), channel.unitId(), channel.name(), failure.kind().name(),
                        reasons.reason(failure.kind(), failure.permission(), FailureReasons.VI),
                        reasons.advice(failure.kind(), connection.platform(), FailureReasons.VI), now));
            }
        });
    }

    /** An hour, then twice as long after each rate limit in a row, at most a day. */
    Duration backoff(int retries) {
        Duration d = settings.rateLimitBackoff().multipliedBy(1L << Math.min(retries, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
