package vn.lantoa.channels.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.media.MediaStorage;

/**
 * A story's photos as files to send or download: the web-sized variant (1280 px wide, or the full
 * image when it is narrower), never a 20 MB original. The media module's API gives the asset and its
 * file names; where the files live (storage_prefix) is read from its table, since its API has no
 * "open a variant" call yet.
 */
@Component
public class PhotoFiles {

    static final int WEB_WIDTH = 1280;

    public record Photo(UUID id, String fileName, String contentType, byte[] bytes) {
    }

    private final MediaLibrary library;
    private final MediaStorage storage;
    private final JdbcClient jdbc;

    PhotoFiles(MediaLibrary library, MediaStorage storage, JdbcClient jdbc) {
        this.library = library;
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** The web-sized photo; empty when the asset is gone or is not a photo. */
    public Optional<Photo> webSized(UUID id) {
        Optional<MediaAsset> asset = library.find(id).filter(a -> a.kind() == MediaKind.IMAGE);
        Optional<String> prefix = jdbc.sql("select storage_prefix from media_asset where id = :id").param("id", id).query(String.class)
                .optional();
        if (asset.isEmpty() || prefix.isEmpty()) {
            return Optional.empty();
        }
        String url = asset.get().url(WEB_WIDTH);
        String file = url.substring(url.lastIndexOf('/') + 1);
        try (InputStream in = storage.open(prefix.get() + "/" + file)) {
            String type = file.endsWith(".png") ? "image/png" : "image/jpeg";
            return Optional.of(new Photo(id, file, type, in.readAllBytes()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photos, web-sized, as one zip ("anh-01.jpg", "anh-02.jpg"… in the posting order). */
    public void zip(List<UUID> ids, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int n = 0;
            for (UUID id : ids) {
                Optional<Photo> photo = webSized(id);
                if (photo.isEmpty()) {
                    continue;
                }
                n++;
                String ext = photo.get().fileName().substring(photo.get().fileName().lastIndexOf('.'));
                zip.putNextEntry(new ZipEntry(String.format("anh-%02d%s", n, ext)));
                zip.write(photo.get().bytes());
                zip.closeEntry();
            }
        }
    }
}
