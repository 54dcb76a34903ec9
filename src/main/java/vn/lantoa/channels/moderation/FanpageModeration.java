package vn.lantoa.channels.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.NotFound;

/**
 * A moderator's hide, unhide, delete or "handled" on one comment. Facebook is asked first: when it
 * refuses, nothing changes here and the moderator is told why ({@link ModerationRefused}); when it
 * agrees, the comment's state, its first handling (for the response time), the action and the audit
 * entry are written together.
 */
@Component
public class FanpageModeration {

    private static final Logger log = LoggerFactory.getLogger(FanpageModeration.class);

    private final CommentQueue queue;
    private final CommentGraph graph;
    private final ModerationAccess access;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FanpageModeration(CommentQueue queue, CommentGraph graph, ModerationAccess access, JdbcClient jdbc, AuditLog audit,
                      TransactionTemplate transaction, Clock clock) {
        this.queue = queue;
        this.graph = graph;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The comment, when the caller moderates its page. */
    public QueuedComment comment(Actor actor, long id) {
        QueuedComment comment = queue.find(id).orElseThrow(() -> new NotFound("channels.moderation.commentNotFound"));
        access.check(actor, comment.unitPath());
        return comment;
    }

    public QueuedComment act(Actor actor, long id, CommentAction action) {
        QueuedComment comment = comment(actor, id);
        if (comment.deleted()) {
            throw new ModerationRefused("channels.moderation.error.deleted");
        }
        if (action != CommentAction.HANDLED) {
            onFacebook(comment, action);
        }
        Instant now = clock.instant();
        String status = switch (action) {
            case HIDE -> "HIDDEN";
            case UNHIDE -> "VISIBLE";
            case DELETE -> "DELETED";
            case HANDLED -> comment.status();
        };
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("""
                    update channel_comment set status = :status, flagged = false, handled_at = coalesce(handled_at, :now),
                           handled_by = coalesce(handled_by, :by) where id = :id""")
                    .param("status", status).param("now", Timestamp.from(now)).param("by", actor.accountId()).param("id", id).update();
            jdbc.sql("insert into channel_comment_action (comment_id, action, actor_id, at) values (:c, :a, :by, :now)")
                    .param("c", id).param("a", action.name()).param("by", actor.accountId()).param("now", Timestamp.from(now)).update();
            audit.record(AuditEntry.of("channel.comment." + action.name().toLowerCase(java.util.Locale.ROOT), "channel_comment", id,
                    comment.channelName() + " · " + comment.externalId(), comment.unitPath(),
                    "author=" + comment.authorName() + "; message=" + CommentIntake.cut(comment.message(), 300)));
        });
        return queue.find(id).orElseThrow();
    }

    private void onFacebook(QueuedComment comment, CommentAction action) {
        try {
            CommentGraph.PageAccess page = graph.pageAccess(comment.channelId());
            switch (action) {
                case HIDE -> graph.hide(comment.externalId(), true, page.token());
                case UNHIDE -> graph.hide(comment.externalId(), false, page.token());
                case DELETE -> graph.delete(comment.externalId(), page.token());
                default -> {
                }
            }
        } catch (ConnectorFailure failure) {
            log.warn("Facebook refused {} of comment {}: {} ({})", action, comment.id(), failure.kind(), failure.code());
            throw refusal(failure);
        }
    }

    static ModerationRefused refusal(ConnectorFailure failure) {
        if ("not-connected".equals(failure.code())) {
            return new ModerationRefused("channels.moderation.error.notConnected");
        }
        if ("100/33".equals(failure.code())) {
            return new ModerationRefused("channels.moderation.error.gone");
        }
        if (failure.kind() == FailureKind.MISSING_PERMISSION) {
            return new ModerationRefused("channels.moderation.error.permission",
                    failure.permission() == null ? "pages_manage_engagement" : failure.permission());
        }
        return new ModerationRefused("channels.moderation.error." + failure.kind().name());
    }
}
