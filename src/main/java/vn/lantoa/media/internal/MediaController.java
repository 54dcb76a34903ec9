package vn.lantoa.media.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaStorage;
import vn.lantoa.media.image.ImageVariants;

/**
 * Serves media files to anyone holding their URL. The body is a Spring resource, so Spring MVC
 * answers range requests (206 with Content-Range) itself; from an S3 store, browsers are sent to a
 * presigned URL and the store answers them.
 */
@Controller
class MediaController {

    /** A file under an id never changes: a new upload gets a new id. */
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaAssets assets;
    private final MediaStorage storage;
    private final Library library;
    private final Duration redirectLifetime;

    MediaController(MediaAssets assets, MediaStorage storage, Library library, MediaSettings settings) {
        this.assets = assets;
        this.storage = storage;
        this.library = library;
        this.redirectLifetime = settings.s3() == null || settings.s3().urlLifetime() == null
                ? Duration.ofMinutes(15) : settings.s3().urlLifetime();
    }

    @GetMapping("/media/{id}/{file}")
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String file) throws IOException {
        Optional<String> key = parse(id).flatMap(assets::find).flatMap(stored -> key(stored, file));
        if (key.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Optional<URI> direct = storage.directUrl(key.get(), redirectLifetime);
        if (direct.isPresent()) {
            // Cached for less time than the signature lasts, so that nobody is sent to an expired URL.
            return ResponseEntity.status(HttpStatus.FOUND).location(direct.get())
                    .cacheControl(CacheControl.maxAge(redirectLifetime.dividedBy(2)).cachePrivate()).build();
        }
        try {
            return ResponseEntity.ok().contentType(contentType(file)).cacheControl(FOREVER).body(storage.resource(key.get()));
        } catch (NoSuchFileException e) {
            return ResponseEntity.notFound().build();
        }
    }

    private Optional<String> key(MediaAssets.Stored stored, String file) {
        if (ImageVariants.SHARE_FILE.equals(file) && stored.asset().kind() == MediaKind.IMAGE) {
            return Optional.of(library.shareCard(stored));
        }
        return stored.asset().fileNames().contains(file) ? Optional.of(stored.storagePrefix() + "/" + file) : Optional.empty();
    }

    private static Optional<UUID> parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static MediaType contentType(String file) {
        if (file.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        return file.endsWith(".mp4") ? MediaType.parseMediaType("video/mp4") : MediaType.IMAGE_JPEG;
    }
}
