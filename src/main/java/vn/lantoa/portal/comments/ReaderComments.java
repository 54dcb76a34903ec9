package vn.lantoa.portal.comments;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;

/** What readers see of the comments: the approved ones of a story, oldest first. Used by the story page. */
@Component
public class ReaderComments {

    /** A story with more approved comments than this shows the first ones; a moderated page never gets near it. */
    static final int MAX_SHOWN = 500;

    private final JdbcClient jdbc;
    private final MediaLibrary media;

    ReaderComments(JdbcClient jdbc, MediaLibrary media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    private record Row(long id, String name, String text, Instant createdAt, Instant approvedAt, String kind, UUID mediaId,
                       String fileName, Long sizeBytes) {
    }

    public List<ShownComment> shown(long storyId) {
        List<Row> rows = jdbc.sql("""
                select c.id, c.name, c.text, c.created_at, c.decided_at, a.kind, a.media_id, a.file_name, a.size_bytes
                from portal_comment c left join portal_comment_attachment a on a.comment_id = c.id
                where c.story_id = :story and c.status = 'APPROVED'
                order by c.created_at, c.id limit :max""")
                .param("story", storyId).param("max", MAX_SHOWN)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("text"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant(), rs.getString("kind"),
                        rs.getObject("media_id", UUID.class), rs.getString("file_name"), (Long) rs.getObject("size_bytes")))
                .list();
        Map<UUID, MediaAsset> images = media.findAll(rows.stream().map(Row::mediaId).filter(Objects::nonNull).toList()).stream()
                .filter(a -> a.kind() == MediaKind.IMAGE).collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        return rows.stream().map(r -> new ShownComment(r.id(), r.name(), r.text(), r.createdAt(), r.approvedAt(),
                attachment(r, images))).toList();
    }

    public long count(long storyId) {
        return jdbc.sql("select count(*) from portal_comment where story_id = :story and status = 'APPROVED'")
                .param("story", storyId).query(Long.class).single();
    }

    private static ShownComment.Attachment attachment(Row row, Map<UUID, MediaAsset> images) {
        if (row.kind() == null) {
            return null;
        }
        if ("PDF".equals(row.kind())) {
            return new ShownComment.Attachment(false, CommentLinks.publicPdf(row.id()), null, null, row.fileName(), row.sizeBytes(),
                    null, null);
        }
        MediaAsset image = images.get(row.mediaId());
        return image == null ? null : new ShownComment.Attachment(true, image.originalUrl(), image.url(320), image.srcset(),
                row.fileName(), row.sizeBytes(), image.width(), image.height());
    }
}
