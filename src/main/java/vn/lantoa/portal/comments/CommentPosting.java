package vn.lantoa.portal.comments;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.portal.site.Site;

/**
 * A reader sends a comment. In this order: the honeypot (a bot is thanked and nothing is kept), the
 * fields (every fault reported at once, nothing counted), the rate limit of the sender, the
 * attachment, the keyword rules; then the comment waits for a moderator. The reader's answer is the
 * same whether it waits, was flagged or was rejected by a rule: spammers learn nothing from it.
 */
@Service
class CommentPosting {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 80;
    static final int TEXT_MIN = 5;
    static final int TEXT_MAX = 3000;
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Logger log = LoggerFactory.getLogger(CommentPosting.class);

    /** Where a post ended. */
    sealed interface Outcome {
    }

    /** Kept (or, for a bot, pretended to be kept): the reader is thanked. */
    record Accepted() implements Outcome {
    }

    /** Sent back to the reader with the faults marked; status is the HTTP status of a full page. */
    record Refused(CommentEntry entry, int status) implements Outcome {
    }

    /** Who sent it: the address (only ever hashed) and the browser's name. */
    record Sender(String address, String userAgent) {
    }

    private final CommentSettings settings;
    private final CommentThrottle throttle;
    private final SenderHashes hashes;
    private final CommentAttachments attachments;
    private final KeywordRules rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    CommentPosting(CommentSettings settings, CommentThrottle throttle, SenderHashes hashes, CommentAttachments attachments,
                   KeywordRules rules, JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit) {
        this.settings = settings;
        this.throttle = throttle;
        this.hashes = hashes;
        this.attachments = attachments;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    Outcome post(Site site, PublishedStory story, CommentEntry entry, Upload upload, Sender sender) {
        List<String> senderHashes = hashes.recentHashes(sender.address());
        if (entry.filledHoneypot()) {
            throttle.admit(senderHashes);
            log.info("A comment on story {} filled the honeypot and was dropped", story.id());
            return new Accepted();
        }
        String name = CommentText.line(entry.getName());
        String email = entry.getEmail().strip();
        String text = CommentText.clean(entry.getText());
        int links = CommentText.links(text);
        check(entry, name, email, text, links, upload);
        if (entry.hasErrors()) {
            return new Refused(entry, 422);
        }
        Optional<CommentThrottle.Limit> limit = throttle.admit(senderHashes);
        if (limit.isPresent()) {
            if (limit.get() == CommentThrottle.Limit.BURST) {
                entry.reject("form", "comment.error.tooManyBurst", settings.burstLimit(), settings.burstWindow().toMinutes());
            } else {
                entry.reject("form", "comment.error.tooManyDaily", settings.dailyLimit());
            }
            return new Refused(entry, 429);
        }
        StoredAttachment attachment = null;
        if (upload != null) {
            try {
                attachment = attachments.store(upload);
            } catch (InvalidInput refused) {
                entry.reject("attachment", refused.messageKey(), refused.args());
                return new Refused(entry, 422);
            }
        }
        List<KeywordRule> matched = KeywordMatching.matching(name + "\n" + text, rules.active(site.id()));
        try {
            StoredAttachment kept = attachment;
            transaction.executeWithoutResult(status -> save(site, story, name, email, text, links, kept, matched, sender,
                    senderHashes.get(0)));
        } catch (RuntimeException e) {
            if (attachment != null) {
                attachments.discard(attachment);
            }
            throw e;
        }
        return new Accepted();
    }

    private void check(CommentEntry entry, String name, String email, String text, int links, Upload upload) {
        int nameLength = CommentText.length(name);
        if (nameLength == 0) {
            entry.reject("name", "comment.error.nameRequired");
        } else if (nameLength < NAME_MIN || nameLength > NAME_MAX) {
            entry.reject("name", "comment.error.nameLength", NAME_MIN, NAME_MAX);
        }
        if (email.isEmpty()) {
            entry.reject("email", "comment.error.emailRequired");
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            entry.reject("email", "comment.error.email");
        }
        int textLength = CommentText.length(text);
        if (textLength == 0) {
            entry.reject("text", "comment.error.textRequired");
        } else if (textLength < TEXT_MIN || textLength > TEXT_MAX) {
            entry.reject("text", "comment.error.textLength", TEXT_MIN, TEXT_MAX, textLength);
        } else if (links > settings.maxLinks()) {
            entry.reject("text", settings.maxLinks() == 0 ? "comment.error.noLinks" : "comment.error.tooManyLinks",
                    settings.maxLinks(), links);
        }
        if (upload != null && upload.size() > settings.maxAttachmentBytes()) {
            entry.reject("attachment", "comment.error.attachmentTooLarge", CommentAttachments.cleanName(upload.fileName()),
                    settings.maxAttachmentMegabytes());
        }
    }

    private void save(Site site, PublishedStory story, String name, String email, String text, int links, StoredAttachment attachment,
                      List<KeywordRule> matched, Sender sender, String senderHash) {
        boolean rejectNow = matched.stream().anyMatch(r -> r.action() == KeywordRule.Action.REJECT);
        String[] labels = matched.stream().map(KeywordRule::label).distinct().toArray(String[]::new);
        long id = jdbc.sql("""
                insert into portal_comment (site_id, story_id, unit_path, name, email, submitted_text, text, ip_hash, user_agent,
                    status, flagged, matched_rules, link_count, reject_reason, decided_at)
                values (:site, :story, :path, :name, :email, :text, :text, :hash, :agent,
                    :status, :flagged, :rules, :links, :reason, case when :rejectNow then now() end)
                returning id""")
                .param("site", site.id()).param("story", story.id()).param("path", story.card().authorUnitPath())
                .param("name", name).param("email", email).param("text", text).param("hash", senderHash)
                .param("agent", truncate(sender.userAgent(), 300))
                .param("status", rejectNow ? "REJECTED" : "PENDING").param("flagged", labels.length > 0)
                .param("rules", labels).param("links", links)
                .param("reason", rejectNow ? String.join(", ", labels) : null).param("rejectNow", rejectNow)
                .query(Long.class).single();
        if (attachment != null) {
            jdbc.sql("""
                    insert into portal_comment_attachment (comment_id, kind, media_id, storage_key, file_name, size_bytes)
                    values (:comment, :kind, :media, :key, :name, :size)""")
                    .param("comment", id).param("kind", attachment.kind()).param("media", attachment.mediaId())
                    .param("key", attachment.storageKey()).param("name", attachment.fileName()).param("size", attachment.sizeBytes())
                    .update();
        }
        if (rejectNow) {
            audit.record(AuditEntry.of("COMMENT_AUTO_REJECTED", "PORTAL_COMMENT", id, name, story.card().authorUnitPath(),
                    String.join(", ", labels)).bySystem("keyword-rules"));
        }
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
