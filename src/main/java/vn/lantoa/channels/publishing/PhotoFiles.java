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
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaLibrary;

/**
 * A story's photos as files to send or download: the web-sized variant (1280 px wide, or the full
 * image when it is narrower), never a 20 MB original, opened through the media module's API.
 */
@Component
public class PhotoFiles {

    static final int WEB_WIDTH = 1280;

    public record Photo(UUID id, String fileName, String contentType, byte[] bytes) {
    }

    private final MediaLibrary library;

    PhotoFiles(MediaLibrary library) {
        this.library = library;
    }

    /** The web-sized photo; empty when the asset is gone or is not a photo. */
    public Optional<Photo> webSized(UUID id) {
        Optional<MediaLibrary.PhotoFile> opened = library.openPhoto(id, WEB_WIDTH);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        String file = opened.get().fileName();
        try (InputStream in = opened.get().content()) {
            return Optional.of(new Photo(id, file, file.endsWith(".png") ? "image/png" : "image/jpeg", in.readAllBytes()));
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
