package vn.lantoa.portal.comments;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.PortalContentChanged;
import vn.lantoa.portal.site.PortalLinks;

/**
 * The moderators' work: the queue and the decisions. A moderator, editor or admin decides on the
 * comments of the stories whose author unit lies in the subtree of their grant; any other comment
 * does not exist for them (404), and a person holding none of these roles is refused outright (403).
 * Every decision is in the audit log, and the public pages are told at once.
 */
@Service
public class CommentModeration {

    static final Role[] MODERATORS = {Role.MODERATOR, Role.EDITOR, Role.ADMIN};
    static final int PAGE_SIZE = 20;
    static final int REASON_MAX = 500;

    /** Which comments the queue shows; null parts select everything. */
    public record Filter(CommentStatus status, Long siteId, Long storyId, int page) {
    }

    /** One page of the queue. */
    public record Page(List<QueueRow> rows, long total, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /** A PDF attachment to download. */
    public record Pdf(String fileName, long sizeBytes, InputStream content) {
    }

    private static final String COLUMNS = """
            c.id, c.site_id, c.story_id, c.unit_path, c.name, c.email, c.text, c.submitted_text, c.created_at, c.status,
            c.flagged, c.matched_rules, c.link_count, c.reject_reason, c.decided_by_name, c.decided_at, c.edited_at,
            a.kind, a.media_id, a.storage_key, a.file_name, a.size_bytes,
            (select count(*) - 1 from portal_comment o where o.ip_hash = c.ip_hash) as same_sender
            """;

    private final JdbcClient jdbc;
    private final PublishedStories published;
    private final MediaLibrary media;
    private final CommentAttachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CommentModeration(JdbcClient jdbc, PublishedStories published, MediaLibrary media, CommentAttachments attachments, AuditLog audit,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.published = published;
        this.media = media;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    public static boolean isModerator(Actor actor) {
        return Arrays.stream(MODERATORS).anyMatch(actor::holds);
    }

    static void requireModerator(Actor actor) {
        if (!isModerator(actor)) {
            throw new Forbidden("error.forbidden");
        }
    }

    @Transactional(readOnly = true)
    public Page queue(Actor actor, Filter filter) {
        requireModerator(actor);
        SubtreeClause scope = SubtreeClause.of("c.unit_path", actor.rootsFor(MODERATORS).stream().map(Grant::unitPath).toList());
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> params = new java.util.HashMap<>(scope.params());
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.siteId() != null) {
            where.append(" and c.site_id = :site");
            params.put("site", filter.siteId());
        }
        if (filter.storyId() != null) {
            where.append(" and c.story_id = :story");
            params.put("story", filter.storyId());
        }
        long total = jdbc.sql("select count(*) from portal_comment c" + where).params(params).query(Long.class).single();
        int page = Math.max(0, filter.page());
        String order = """
                order by c.status <> 'PENDING', case when c.status = 'PENDING' then not c.flagged end,
                    case when c.status = 'PENDING' then c.created_at end, c.decided_at desc nulls last, c.id desc
                limit :limit offset :offset""";
        List<Raw> raws = jdbc.sql("select " + COLUMNS + " from portal_comment c left join portal_comment_attachment a on a.comment_id = c.id"
                        + where + " " + order)
                .params(params).param("limit", PAGE_SIZE).param("offset", (long) page * PAGE_SIZE)
                .query((rs, n) -> raw(rs)).list();
        return new Page(rows(raws), total, page);
    }

    /** Pending comments this actor may decide on, for the menu and the page header. */
    @Transactional(readOnly = true)
    public long pending(Actor actor) {
        if (!isModerator(actor)) {
            return 0;
        }
        SubtreeClause scope = SubtreeClause.of("c.unit_path", actor.rootsFor(MODERATORS).stream().map(Grant::unitPath).toList());
        return jdbc.sql("select count(*) from portal_comment c where c.status = 'PENDING' and " + scope.sql())
                .params(scope.params()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public QueueRow get(Actor actor, long id) {
        return rows(List.of(load(actor, id, false))).get(0);
    }

    @Transactional
    public QueueRow approve(Actor actor, long id) {
        Raw comment = load(actor, id, true);
        if (comment.status != CommentStatus.APPROVED) {
            decide(actor, comment, CommentStatus.APPROVED, null);
            record("COMMENT_APPROVED", comment, null);
        }
        return get(actor, id);
    }

    @Transactional
    public QueueRow reject(Actor actor, long id, String reason) {
        Raw comment = load(actor, id, true);
        String why = CommentText.line(reason);
        if (why.length() > REASON_MAX) {
            throw new InvalidInput("reason", "commentQueue.error.reasonLength", REASON_MAX);
        }
        if (comment.status != CommentStatus.REJECTED || !why.isEmpty()) {
            decide(actor, comment, CommentStatus.REJECTED, why.isEmpty() ? null : why);
            record("COMMENT_REJECTED", comment, why.isEmpty() ? null : why);
        }
        return get(actor, id);
    }

    /** The moderator's wording replaces what readers see; the reader's own words stay in submitted_text. */
    @Transactional
    public QueueRow editAndApprove(Actor actor, long id, String newText) {
        Raw comment = load(actor, id, true);
        String text = CommentText.clean(newText);
        int length = CommentText.length(text);
        if (length < CommentPosting.TEXT_MIN || length > CommentPosting.TEXT_MAX) {
            throw new InvalidInput("text", "comment.error.textLength", CommentPosting.TEXT_MIN, CommentPosting.TEXT_MAX, length);
        }
        boolean changed = !text.equals(comment.text);
        if (changed) {
            jdbc.sql("update portal_comment set text = :text, edited_by = :by, edited_at = now() where id = :id")
                    .param("text", text).param("by", actor.accountId()).param("id", id).update();
        }
        decide(actor, comment, CommentStatus.APPROVED, null);
        record(changed ? "COMMENT_EDITED_APPROVED" : "COMMENT_APPROVED", comment,
                changed ? "«" + shorten(comment.text) + "» → «" + shorten(text) + "»" : null);
        return get(actor, id);
    }

    /** A comment's PDF for its moderators, whatever its status. */
    @Transactional(readOnly = true)
    public Pdf pdf(Actor actor, long id) throws IOException {
        Raw comment = load(actor, id, false);
        if (comment.storageKey == null) {
            throw new NotFound("comment.error.noAttachment");
        }
        return new Pdf(comment.fileName, comment.sizeBytes, attachments.openPdf(comment.storageKey));
    }

    private void decide(Actor actor, Raw comment, CommentStatus status, String reason) {
        jdbc.sql("""
                update portal_comment set status = :status, reject_reason = :reason, decided_by = :by, decided_by_name = :byName,
                    decided_at = now() where id = :id""")
                .param("status", status.name()).param("reason", reason).param("by", actor.accountId())
                .param("byName", actor.displayName()).param("id", comment.id).update();
        events.publishEvent(new PortalContentChanged(comment.siteId));
    }

    private void record(String action, Raw comment, String details) {
        audit.record(AuditEntry.of(action, "PORTAL_COMMENT", comment.id, comment.name + " · " + shorten(comment.text),
                comment.unitPath, details));
    }

    /** The comment, locked for a decision when asked; unknown and out of scope look the same. */
    private Raw load(Actor actor, long id, boolean forUpdate) {
        requireModerator(actor);
        Raw comment = jdbc.sql("select " + COLUMNS + " from portal_comment c left join portal_comment_attachment a on a.comment_id = c.id"
                        + " where c.id = :id" + (forUpdate ? " for update of c" : ""))
                .param("id", id).query((rs, n) -> raw(rs)).optional()
                .orElseThrow(() -> new NotFound("comment.error.notFound"));
        if (!actor.may(comment.unitPath, MODERATORS)) {
            throw new NotFound("comment.error.notFound");
        }
        return comment;
    }

    private List<QueueRow> rows(List<Raw> raws) {
        List<Long> storyIds = raws.stream().map(r -> r.storyId).distinct().toList();
        Map<Long, StoryCard> stories = published.cards(new ArrayList<>(storyIds)).stream()
                .collect(Collectors.toMap(StoryCard::id, Function.identity(), (a, b) -> a));
        Map<UUID, MediaAsset> images = media.findAll(raws.stream().map(r -> r.mediaId).filter(Objects::nonNull).toList()).stream()
                .filter(a -> a.kind() == MediaKind.IMAGE).collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        return raws.stream().map(r -> {
            StoryCard story = stories.get(r.storyId);
            return new QueueRow(r.id, r.siteId, r.storyId, story == null ? null : story.title(),
                    story == null ? null : PortalLinks.story(story.id(), story.title()), r.unitPath, r.name, r.email, r.text,
                    r.submittedText, r.createdAt, r.status, r.flagged, r.matches.stream().map(QueueRow.Match::parse).toList(),
                    r.linkCount, r.rejectReason, r.decidedBy, r.decidedAt, r.editedAt, attachment(r, images), r.sameSender);
        }).toList();
    }

    private static QueueRow.Attachment attachment(Raw r, Map<UUID, MediaAsset> images) {
        if (r.kind == null) {
            return null;
        }
        if ("PDF".equals(r.kind)) {
            return new QueueRow.Attachment(false, CommentLinks.moderatorPdf(r.id), null, r.fileName, r.sizeBytes);
        }
        MediaAsset image = images.get(r.mediaId);
        return image == null ? null : new QueueRow.Attachment(true, image.originalUrl(), image.url(320), r.fileName, r.sizeBytes);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /** A row as read, before the story titles and photos are added. */
    private record Raw(long id, long siteId, long storyId, String unitPath, String name, String email, String text, String submittedText,
                       Instant createdAt, CommentStatus status, boolean flagged, List<String> matches, int linkCount, String rejectReason,
                       String decidedBy, Instant decidedAt, Instant editedAt, String kind, UUID mediaId, String storageKey,
                       String fileName, long sizeBytes, long sameSender) {
    }

    private static Raw raw(ResultSet rs) throws SQLException {
        Array rules = rs.getArray("matched_rules");
        List<String> matches = rules == null ? List.of() : List.of((String[]) rules.getArray());
        return new Raw(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("story_id"), rs.getString("unit_path"), rs.getString("name"),
                rs.getString("email"), rs.getString("text"), rs.getString("submitted_text"), instant(rs, "created_at"),
                CommentStatus.valueOf(rs.getString("status")), rs.getBoolean("flagged"), matches, rs.getInt("link_count"),
                rs.getString("reject_reason"), rs.getString("decided_by_name"), instant(rs, "decided_at"), instant(rs, "edited_at"),
                rs.getString("kind"), rs.getObject("media_id", UUID.class), rs.getString("storage_key"), rs.getString("file_name"),
                rs.getLong("size_bytes"), rs.getLong("same_sender"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
