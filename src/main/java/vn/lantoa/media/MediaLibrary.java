package vn.lantoa.media;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and finds photos and videos. Every refusal is a {@link vn.lantoa.common.web.InvalidInput}
 * whose message tells the uploader, in Vietnamese, what to do instead; a failing disk or object store
 * is an {@link java.io.UncheckedIOException}. The caller closes the streams it passes in.
 */
public interface MediaLibrary {

    /**
     * Stores a JPEG, PNG, WebP or HEIC photo, recognized by its bytes (never by its name). The photo is
     * turned upright by its EXIF orientation, loses all metadata (GPS, camera, dates), and is written
     * as a full-size copy plus one variant per configured width narrower than it, as JPEG, or as PNG
     * when it has transparent pixels.
     */
    MediaAsset storeImage(InputStream content, String originalFilename, long uploadedBy);

    /**
     * Stores whatever a person picked in one file chooser: a photo, or a video when its first bytes
     * say it is a video container (MP4 and the containers refused with advice to convert to MP4).
     */
    MediaAsset store(InputStream content, String originalFilename, long uploadedBy);

    /** Stores an MP4 video, streamed to disk (never held in memory), for playback with range requests. */
    MediaAsset storeVideo(InputStream content, String originalFilename, long uploadedBy);

    /** Keeps a YouTube or Facebook video link, normalized, with the URL of its player for an iframe. */
    MediaAsset linkVideo(String url, long addedBy);

    Optional<MediaAsset> find(UUID id);

    /** The assets with these ids that exist, in no particular order. */
    List<MediaAsset> findAll(Collection<UUID> ids);

    /**
     * A photo's variant for a width (the widest not wider, as {@link MediaAsset#url(int)} picks it) as a
     * stream the caller closes, with its file name; empty when the asset is unknown, not a photo, or its
     * file is gone.
     */
    Optional<PhotoFile> openPhoto(UUID id, int width);

    /** An opened photo variant: its file name ("1280.jpg") and its bytes to read. */
    record PhotoFile(String fileName, InputStream content) {
    }

    /** Forgets the asset and removes its files; nothing happens for an unknown id. */
    void delete(UUID id);
}
