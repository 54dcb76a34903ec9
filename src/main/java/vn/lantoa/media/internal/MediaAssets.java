package vn.lantoa.media.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;

/** The media_asset table: one row per photo, video or link, with where its files are stored. */
@Repository
class MediaAssets {

    private static final String COLUMNS = "id, kind, content_type, original_filename, width, height, size_bytes, widths, "
            + "storage_prefix, link_url, embed_url, created_at, created_by";

    private final JdbcClient jdbc;

    MediaAssets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An asset and the key prefix of its files in the media storage ({@code null} for a link). */
    record Stored(MediaAsset asset, String storagePrefix) {
    }

    void insert(MediaAsset a, String storagePrefix) {
        jdbc.sql("insert into media_asset (" + COLUMNS + ") values (:id, :kind, :contentType, :filename, :width, :height, "
                        + ":size, :widths, :prefix, :link, :embed, :createdAt, :createdBy)")
                .param("id", a.id())
                .param("kind", a.kind().name())
                .param("contentType", a.contentType())
                .param("filename", a.originalFilename())
                .param("width", a.width())
                .param("height", a.height())
                .param("size", a.sizeBytes())
                .param("widths", a.widths().toArray(Integer[]::new))
                .param("prefix", storagePrefix)
                .param("link", a.linkUrl())
                .param("embed", a.embedUrl())
                .param("createdAt", Timestamp.from(a.createdAt()))
                .param("createdBy", a.createdBy())
                .update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from media_asset where id = :id").param("id", id)
                .query((rs, n) -> new Stored(asset(rs), rs.getString("storage_prefix"))).optional();
    }

    List<MediaAsset> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from media_asset where id = any(:ids)")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> asset(rs)).list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from media_asset where id = :id").param("id", id).update();
    }

    private static MediaAsset asset(ResultSet rs) throws SQLException {
        return new MediaAsset(rs.getObject("id", UUID.class), MediaKind.valueOf(rs.getString("kind")),
                rs.getString("content_type"), rs.getString("original_filename"), rs.getObject("width", Integer.class),
                rs.getObject("height", Integer.class), rs.getLong("size_bytes"), widths(rs.getArray("widths")),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("created_by"), rs.getString("link_url"),
                rs.getString("embed_url"));
    }

    private static List<Integer> widths(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
