package vn.lantoa.portal.comments;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.portal.site.PortalContentChanged;

/**
 * The moderators' decisions: approve, reject (with a reason only moderators see), edit then approve.
 * Who may decide on which comment is the queue's rule ({@link ModerationQueue#load}). Every decision is
 * in the audit log, and the public pages are told at once (PortalContentChanged clears their cache).
 */
@Service
class CommentModeration {

    static final int REASON_MAX = 500;

    /** A PDF attachment to download. */
    record Pdf(String fileName, long sizeBytes, InputStream content) {
    }

    private final ModerationQueue queue;
    private final JdbcClient jdbc;
    private final CommentAttachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CommentModeration(ModerationQueue queue, JdbcClient jdbc, CommentAttachments attachments, AuditLog audit,
                      ApplicationEventPublisher events) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public QueueRow approve(Actor actor, long id) {
        ModerationQueue.Stored comment = queue.load(actor, id, true);
        if (comment.status() != CommentStatus.APPROVED) {
            decide(actor, comment, CommentStatus.APPROVED, null);
            record("COMMENT_APPROVED", comment, null);
        }
        return queue.get(actor, id);
    }

    /** Also takes back an approved comment: it leaves the public page at once. */
    @Transactional
    public QueueRow reject(Actor actor, long id, String reason) {
        ModerationQueue.Stored comment = queue.load(actor, id, true);
        String why = CommentText.line(reason);
        if (why.length() > REASON_MAX) {
            throw new InvalidInput("reason", "commentQueue.error.reasonLength", REASON_MAX);
        }
        if (comment.status() != CommentStatus.REJECTED || !why.isEmpty()) {
            decide(actor, comment, CommentStatus.REJECTED, why.isEmpty() ? null : why);
            record("COMMENT_REJECTED", comment, why.isEmpty() ? null : why);
        }
        return queue.get(actor, id);
    }

    /** The moderator's wording replaces what readers see; the reader's own words stay in submitted_text. */
    @Transactional
    public QueueRow editAndApprove(Actor actor, long id, String newText) {
        ModerationQueue.Stored comment = queue.load(actor, id, true);
        String text = CommentText.clean(newText);
        int length = CommentText.length(text);
        if (length < CommentPosting.TEXT_MIN || length > CommentPosting.TEXT_MAX) {
            throw new InvalidInput("text", "comment.error.textLength", CommentPosting.TEXT_MIN, CommentPosting.TEXT_MAX, length);
        }
        boolean changed = !text.equals(comment.text());
        if (changed) {
            jdbc.sql("update portal_comment set text = :text, edited_by = :by, edited_at = now() where id = :id")
                    .param("text", text).param("by", actor.accountId()).param("id", id).update();
        }
        decide(actor, comment, CommentStatus.APPROVED, null);
        record(changed ? "COMMENT_EDITED_APPROVED" : "COMMENT_APPROVED", comment,
                changed ? "«" + shorten(comment.text()) + "» → «" + shorten(text) + "»" : null);
        return queue.get(actor, id);
    }

    /** A comment's PDF for its moderators, whatever its status. */
    @Transactional(readOnly = true)
    public Pdf pdf(Actor actor, long id) throws IOException {
        ModerationQueue.Stored comment = queue.load(actor, id, false);
        if (comment.storageKey() == null) {
            throw new NotFound("comment.error.noAttachment");
        }
        return new Pdf(comment.fileName(), comment.sizeBytes(), attachments.openPdf(comment.storageKey()));
    }

    private void decide(Actor actor, ModerationQueue.Stored comment, CommentStatus status, String reason) {
        jdbc.sql("""
                update portal_comment set status = :status, reject_reason = :reason, decided_by = :by, decided_by_name = :byName,
                    decided_at = now() where id = :id""")
                .param("status", status.name()).param("reason", reason).param("by", actor.accountId())
                .param("byName", actor.displayName()).param("id", comment.id()).update();
        events.publishEvent(new PortalContentChanged(comment.siteId()));
    }

    private void record(String action, ModerationQueue.Stored comment, String details) {
        audit.record(AuditEntry.of(action, "PORTAL_COMMENT", comment.id(), comment.name() + " · " + shorten(comment.text()),
                comment.unitPath(), details));
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
