package vn.lantoa.portal.comments;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.PortalLinks;

/**
 * What moderators see. A moderator, editor or admin sees the comments of the stories whose author
 * unit lies in the subtree of their grant; any other comment does not exist for them (404), and a
 * person holding none of these roles is refused outright (403). Pending comments come first, the
 * flagged ones on top, then the oldest; decided ones after, the latest decision first.
 */
@Component
class ModerationQueue {

    static final Role[] MODERATORS = {Role.MODERATOR, Role.EDITOR, Role.ADMIN};
    static final int PAGE_SIZE = 20;

    /** Which comments the queue shows; null parts select everything. */
    record Filter(CommentStatus status, Long siteId, Long storyId, int page) {
    }

    /** One page of the queue. */
    record Page(List<QueueRow> rows, long total, int page) {

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

    /** A comment as stored, before the story titles and photos are added. */
    record Stored(long id, long siteId, long storyId, String unitPath, String name, String email, String text, String submittedText,
                  Instant createdAt, CommentStatus status, boolean flagged, List<String> matches, int linkCount, String rejectReason,
                  String decidedBy, Instant decidedAt, Instant editedAt, String kind, UUID mediaId, String storageKey,
                  String fileName, long sizeBytes, long sameSender) {
    }

    private static final String SELECT = """
            select c.id, c.site_id, c.story_id, c.unit_path, c.name, c.email, c.text, c.submitted_text, c.created_at, c.status,
                c.flagged, c.matched_rules, c.link_count, c.reject_reason, c.decided_by_name, c.decided_at, c.edited_at,
                a.kind, a.media_id, a.storage_key, a.file_name, a.size_bytes,
                (select count(*) - 1 from portal_comment o where o.ip_hash = c.ip_hash) as same_sender
            from portal_comment c left join portal_comment_attachment a on a.comment_id = c.id
            """;
    private static final String ORDER = """
            order by c.status <> 'PENDING', case when c.status = 'PENDING' then not c.flagged end,
                case when c.status = 'PENDING' then c.created_at end, c.decided_at desc nulls last, c.id desc
            """;

    private final JdbcClient jdbc;
    private final PublishedStories published;
    private final MediaLibrary media;

    ModerationQueue(JdbcClient jdbc, PublishedStories published, MediaLibrary media) {
        this.jdbc = jdbc;
        this.published = published;
        this.media = media;
    }

    static boolean isModerator(Actor actor) {
        return Arrays.stream(MODERATORS).anyMatch(actor::holds);
    }

    static void requireModerator(Actor actor) {
        if (!isModerator(actor)) {
            throw new Forbidden("error.forbidden");
        }
    }

    @Transactional(readOnly = true)
    Page page(Actor actor, Filter filter) {
        requireModerator(actor);
        SubtreeClause scope = scope(actor);
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
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
        List<Stored> stored = jdbc.sql(SELECT + where + " " + ORDER + " limit :limit offset :offset")
                .params(params).param("limit", PAGE_SIZE).param("offset", (long) page * PAGE_SIZE)
                .query((rs, n) -> stored(rs)).list();
        return new Page(rows(stored), total, page);
    }

    /** Pending comments this actor may decide on, for the page header. */
    @Transactional(readOnly = true)
    long pending(Actor actor) {
        if (!isModerator(actor)) {
            return 0;
        }
        SubtreeClause scope = scope(actor);
        return jdbc.sql("select count(*) from portal_comment c where c.status = 'PENDING' and " + scope.sql())
                .params(scope.params()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    QueueRow get(Actor actor, long id) {
        return rows(List.of(load(actor, id, false))).get(0);
    }

    /** The comment, locked for a decision when asked; unknown and out of scope look the same. */
    Stored load(Actor actor, long id, boolean forUpdate) {
        requireModerator(actor);
        Stored comment = jdbc.sql(SELECT + " where c.id = :id" + (forUpdate ? " for update of c" : ""))
                .param("id", id).query((rs, n) -> stored(rs)).optional()
                .orElseThrow(() -> new NotFound("comment.error.notFound"));
        if (!actor.may(comment.unitPath(), MODERATORS)) {
            throw new NotFound("comment.error.notFound");
        }
        return comment;
    }

    private static SubtreeClause scope(Actor actor) {
        return SubtreeClause.of("c.unit_path", actor.rootsFor(MODERATORS).stream().map(Grant::unitPath).toList());
    }

    private List<QueueRow> rows(List<Stored> stored) {
        List<Long> storyIds = stored.stream().map(Stored::storyId).distinct().toList();
        Map<Long, StoryCard> stories = published.cards(new ArrayList<>(storyIds)).stream()
                .collect(Collectors.toMap(StoryCard::id, Function.identity(), (a, b) -> a));
        Map<UUID, MediaAsset> images = media.findAll(stored.stream().map(Stored::mediaId).filter(Objects::nonNull).toList()).stream()
                .filter(a -> a.kind() == MediaKind.IMAGE).collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        return stored.stream().map(s -> {
            StoryCard story = stories.get(s.storyId());
            return new QueueRow(s.id(), s.siteId(), s.storyId(), story == null ? null : story.title(),
                    story == null ? null : PortalLinks.story(story.id(), story.title()), s.unitPath(), s.name(), s.email(), s.text(),
                    s.submittedText(), s.createdAt(), s.status(), s.flagged(), s.matches().stream().map(QueueRow.Match::parse).toList(),
                    s.linkCount(), s.rejectReason(), s.decidedBy(), s.decidedAt(), s.editedAt(), attachment(s, images), s.sameSender());
        }).toList();
    }

    private static QueueRow.Attachment attachment(Stored s, Map<UUID, MediaAsset> images) {
        if (s.kind() == null) {
            return null;
        }
        if ("PDF".equals(s.kind())) {
            return new QueueRow.Attachment(false, CommentLinks.moderatorPdf(s.id()), null, s.fileName(), s.sizeBytes());
        }
        MediaAsset image = images.get(s.mediaId());
        return image == null ? null : new QueueRow.Attachment(true, image.originalUrl(), image.url(320), s.fileName(), s.sizeBytes());
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Array rules = rs.getArray("matched_rules");
        List<String> matches = rules == null ? List.of() : List.of((String[]) rules.getArray());
        return new Stored(rs.getLong("id"), rs.getLong("site_id"), rs.getLong("story_id"), rs.getString("unit_path"), rs.getString("name"),
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
