package vn.lantoa.channels.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelConnectionFailed;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.connect.ConnectionStatus;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.channels.webhook.FeedCommentChanged;

/**
 * Reads the comments of the connected fanpages: the page's latest posts (lantoa.channels.comments.posts,
 * 10 by default), then every comment of each, replies included, by cursors; each goes through
 * {@link CommentIntake} as a webhook "add" would, so a comment already known changes nothing. A failure is
 * recorded on the connection and told to the unit once per episode, as the audience pull does.
 */
@Component
public class CommentPuller {

    private static final Logger log = LoggerFactory.getLogger(CommentPuller.class);
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final CommentGraph graph;
    private final CommentIntake intake;
    private final ChannelDirectory channels;
    private final Connections connections;
    private final FailureReasons reasons;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int posts;

    CommentPuller(CommentGraph graph, CommentIntake intake, ChannelDirectory channels, Connections connections, FailureReasons reasons,
                  JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
                  @Value("${lantoa.channels.comments.posts:10}") int posts) {
        this.graph = graph;
        this.intake = intake;
        this.channels = channels;
        this.connections = connections;
        this.reasons = reasons;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.posts = Math.max(1, Math.min(posts, 100));
    }

    /** What one pull of one page did: how many new comments, or why it failed. */
    public record Outcome(int added, FailureKind failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Pulls every connected fanpage; returns how many pages were read. */
    public int pullAll() {
        List<Long> pages = jdbc.sql("""
                select k.channel_id from channel_connection k join channel c on c.id = k.channel_id
                 where c.active and c.kind = 'FACEBOOK_PAGE' and k.platform = 'FACEBOOK' and k.status in ('CONNECTED', 'FAILED')
                   and (k.retry_after is null or k.retry_after <= now()) order by k.channel_id""").query(Long.class).list();
        int ok = 0;
        for (long channel : pages) {
            try {
                ok += pull(channel).ok() ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Comment pull of channel {} failed unexpectedly: {}", channel, e.getClass().getSimpleName());
            }
        }
        log.info("Fanpage comment pull: {} of {} pages read", ok, pages.size());
        return ok;
    }

    public Outcome pull(long channelId) {
        Instant now = clock.instant();
        CommentGraph.PageAccess page;
        try {
            page = graph.pageAccess(channelId);
        } catch (ConnectorFailure notConnected) {
            return new Outcome(0, notConnected.kind());
        }
        try {
            int added = 0;
            for (String post : graph.recentPosts(page.pageId(), posts, page.token())) {
                for (CommentGraph.Listed c : graph.comments(post, page.token())) {
                    FeedCommentChanged change = new FeedCommentChanged(page.pageId(), post, c.id(), c.parentId() == null ? post : c.parentId(),
                            "add", c.authorId(), c.authorName(), c.message(), c.createdAt(), now);
                    added += intake.take(channelId, change, c.hidden()) ? 1 : 0;
                }
            }
            return new Outcome(added, null);
        } catch (ConnectorFailure failure) {
            failed(channelId, page, failure, now);
            return new Outcome(0, failure.kind());
        }
    }

    private void failed(long channelId, CommentGraph.PageAccess page, ConnectorFailure failure, Instant now) {
        log.warn("Comment pull of channel {}: connector failure {} ({})", channelId, failure.kind(), failure.code());
        if (failure.kind() == FailureKind.RATE_LIMITED) {
            connections.rateLimited(page.connection().id(), failure, now.plusSeconds(3600), now);
            return;
        }
        ConnectionStatus status = failure.kind().status() == null ? ConnectionStatus.FAILED : failure.kind().status();
        ChannelRef channel = channels.find(channelId).orElse(null);
        transaction.executeWithoutResult(tx -> {
            if (connections.failed(page.connection().id(), failure, status, now) && channel != null) {
                events.publishEvent(new ChannelConnectionFailed(channel.id(), channel.unitId(), channel.name(), failure.kind().name(),
                        reasons.reason(failure.kind(), failure.permission(), VI),
                        reasons.advice(failure.kind(), Platform.FACEBOOK, VI), now));
            }
        });
    }
}
