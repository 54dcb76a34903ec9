package vn.lantoa.channels.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelCommentAssigned;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.webhook.FeedCommentChanged;

/**
 * Every comment that reaches Lan Tỏa, by webhook or by pull, goes through here, once per comment id:
 * a new one is stored and the page's rules are applied to it in order (each that matches is recorded
 * on the comment; "hide" calls the Graph API, "flag" marks it for review, "assign" gives it to someone);
 * an edit changes its text; a removal, hiding or unhiding done on Facebook is reflected.
 */
@Component
public class CommentIntake {

    private static final Logger log = LoggerFactory.getLogger(CommentIntake.class);

    private final JdbcClient jdbc;
    private final ModerationRules rules;
    private final CommentGraph graph;
    private final TransactionTemplate transaction;
    private final ChannelDirectory channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentIntake(JdbcClient jdbc, ModerationRules rules, CommentGraph graph, TransactionTemplate transaction, ChannelDirectory channels,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.graph = graph;
        this.transaction = transaction;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /** A webhook delivery, after it was stored: for a page connected in Lan Tỏa, handled; for another, logged and dropped. */
    @ApplicationModuleListener
    void on(FeedCommentChanged change) {
        Optional<Long> channel = jdbc.sql("""
                select channel_id from channel_connection where platform = 'FACEBOOK' and external_id = :page and status <> 'DISCONNECTED'""")
                .param("page", change.pageId()).query(Long.class).optional();
        if (channel.isEmpty()) {
            log.info("Webhook comment for page {} ignored: the page is not connected in Lan Tỏa", change.pageId());
            return;
        }
        take(channel.get(), change, false);
    }

    /** Handles one change of a page's comment; true when the comment was new. */
    public boolean take(long channelId, FeedCommentChanged change, boolean hiddenOnArrival) {
        if (change.commentId() == null || change.commentId().isBlank()) {
            return false;
        }
        return switch (change.verb() == null ? "" : change.verb()) {
            case "add" -> arrived(channelId, change, hiddenOnArrival);
            case "edited" -> {
                if (!arrived(channelId, change, hiddenOnArrival)) {
                    jdbc.sql("update channel_comment set message = :m, edited_at = :now where channel_id = :c and external_id = :id")
                            .param("m", text(change.message())).param("now", Timestamp.from(clock.instant())).param("c", channelId)
                            .param("id", change.commentId()).update();
                }
                yield false;
            }
            case "remove" -> status(channelId, change.commentId(), "DELETED");
            case "hide" -> status(channelId, change.commentId(), "HIDDEN");
            case "unhide" -> status(channelId, change.commentId(), "VISIBLE");
            default -> false;
        };
    }

    private boolean status(long channelId, String commentId, String status) {
        jdbc.sql("update channel_comment set status = :s where channel_id = :c and external_id = :id and status <> 'DELETED'")
                .param("s", status).param("c", channelId).param("id", commentId).update();
        return false;
    }

    private boolean arrived(long channelId, FeedCommentChanged change, boolean hidden) {
        Long id = transaction.execute(tx -> insert(channelId, change, hidden));
        if (id == null) {
            return false;
        }
        applyRules(channelId, id, change);
        return true;
    }

    private Long insert(long channelId, FeedCommentChanged c, boolean hidden) {
        return jdbc.sql("""
                insert into channel_comment (channel_id, external_id, post_id, parent_id, author_id, author_name, message, created_at,
                       received_at, status)
                values (:c, :id, :post, :parent, :author, :name, :message, :created, :received, :status)
                on conflict (channel_id, external_id) do nothing returning id""")
                .param("c", channelId).param("id", c.commentId()).param("post", c.postId() == null ? "" : c.postId())
                .param("parent", c.parentId()).param("author", c.authorId()).param("name", cut(c.authorName(), 200))
                .param("message", text(c.message())).param("created", Timestamp.from(c.createdAt() == null ? clock.instant() : c.createdAt()))
                .param("received", Timestamp.from(c.receivedAt() == null ? clock.instant() : c.receivedAt()))
                .param("status", hidden ? "HIDDEN" : "VISIBLE").query(Long.class).optional().orElse(null);
    }

    /** The page's rules in order; each that matches is recorded, and its action done. */
    private void applyRules(long channelId, long commentId, FeedCommentChanged c) {
        boolean firstOfAuthor = c.authorId() != null && jdbc.sql("""
                select count(*) from channel_comment where channel_id = :c and author_id = :a and id <> :id""")
                .param("c", channelId).param("a", c.authorId()).param("id", commentId).query(Long.class).single() == 0;
        List<String> hits = new ArrayList<>();
        boolean hidden = false;
        for (ModerationRule rule : rules.forPage(channelId)) {
            if (!rule.matches(c.message(), firstOfAuthor)) {
                continue;
            }
            hits.add(rule.name());
            switch (rule.action()) {
                case HIDE -> {
                    if (!hidden) {
                        hidden = hideByRule(channelId, commentId, c.commentId(), rule);
                    }
                }
                case FLAG -> act(commentId, "FLAG", rule.id(), "flagged = true");
                case ASSIGN -> assign(channelId, commentId, c, rule);
            }
        }
        if (!hits.isEmpty()) {
            jdbc.sql("update channel_comment set rule_hits = :h where id = :id").param("h", String.join("\n", hits)).param("id", commentId).update();
        }
    }

    /** Hides on Facebook; when Facebook refuses, the comment is flagged for a person instead. */
    private boolean hideByRule(long channelId, long commentId, String externalId, ModerationRule rule) {
        try {
            CommentGraph.PageAccess page = graph.pageAccess(channelId);
            graph.hide(externalId, true, page.token());
            act(commentId, "HIDE", rule.id(), "status = 'HIDDEN'");
            return true;
        } catch (ConnectorFailure failure) {
            log.warn("Rule {} could not hide comment {}: {} ({}); flagged for review instead", rule.id(), commentId, failure.kind(),
                    failure.code());
            act(commentId, "FLAG", rule.id(), "flagged = true");
            return false;
        }
    }

    /** Gives the comment to the rule's assignee (the first such rule wins), who is told in the app. */
    private void assign(long channelId, long commentId, FeedCommentChanged c, ModerationRule rule) {
        transaction.executeWithoutResult(tx -> {
            int assigned = jdbc.sql("update channel_comment set assigned_to = :a where id = :id and assigned_to is null")
                    .param("a", rule.assigneeId()).param("id", commentId).update();
            jdbc.sql("insert into channel_comment_action (comment_id, action, rule_id, at) values (:c, 'ASSIGN', :r, :at)")
                    .param("c", commentId).param("r", rule.id()).param("at", Timestamp.from(clock.instant())).update();
            if (assigned == 1) {
                channels.find(channelId).ifPresent(channel -> events.publishEvent(new ChannelCommentAssigned(commentId, channelId,
                        channel.name(), channel.unitId(), rule.assigneeId(), rule.name(), cut(text(c.message()), 200),
                        "/channels/comments?o=giao-cho-toi#comment-" + commentId, clock.instant())));
            }
        });
    }

    private void act(long commentId, String action, long ruleId, String change) {
        transaction.executeWithoutResult(tx -> {
            if (change != null) {
                jdbc.sql("update channel_comment set " + change + " where id = :id").param("id", commentId).update();
            }
            jdbc.sql("insert into channel_comment_action (comment_id, action, rule_id, at) values (:c, :a, :r, :at)")
                    .param("c", commentId).param("a", action).param("r", ruleId).param("at", Timestamp.from(clock.instant())).update();
        });
    }

    static String text(String message) {
        String m = message == null ? "" : message;
        return m.length() > 8000 ? m.substring(0, 8000) : m;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
