package vn.lantoa.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.media.MediaStorage;
import vn.lantoa.media.image.HeifDecoder;
import vn.lantoa.media.image.ImageFormat;
import vn.lantoa.media.image.ImageVariants;

/**
 * Uploads are copied to a work folder next to the storage (so that moving them in is a rename),
 * checked and processed there, stored, and only then recorded; the work folder is always removed.
 */
@Service
class Library implements MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final MediaAssets assets;
    private final MediaStorage storage;
    private final MediaSettings settings;
    private final ImageVariants variants;
    private final Path workRoot;
    /** Each photo being processed holds its full decoded image; this bounds how many do at once. */
    private final Semaphore imageSlots;

    Library(MediaAssets assets, MediaStorage storage, MediaSettings settings, @Value("${lantoa.data-dir}") Path dataDir) {
        this.assets = assets;
        this.storage = storage;
        this.settings = settings;
        HeifDecoder heif = HeifDecoder.onPath(settings.heifTimeout());
        this.variants = new ImageVariants(new ImageVariants.Rules(settings.maxPixels(), settings.widths(), settings.jpegQuality()), heif);
        this.workRoot = dataDir.resolve("media-work").toAbsolutePath();
        this.imageSlots = new Semaphore(settings.concurrentImages(), true);
        // ImageIO finds the WebP and JPEG plugins through the class loader of the thread that first uses it;
        // in the packaged jar that must be the application's, so register them now, at start.
        ImageIO.scanForPlugins();
        log.info("Media uploads: photos up to {}, videos up to {}; HEIC {}", settings.maxImageSize(), settings.maxVideoSize(),
                heif.available() ? "decoded by libheif's tool" : "refused (no heif-dec or heif-convert on the PATH)");
        removeAbandonedWork();
    }

    /** Work folders older than a day were left by a stopped process (an upload never takes that long). */
    private void removeAbandonedWork() {
        if (!Files.isDirectory(workRoot)) {
            return;
        }
        Instant dayAgo = Instant.now().minus(1, ChronoUnit.DAYS);
        try (var folders = Files.list(workRoot)) {
            for (Path folder : folders.toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(dayAgo)) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for abandoned uploads in {}: {}", workRoot, e.toString());
        }
    }

    @Override
    public MediaAsset store(InputStream content, String originalFilename, long uploadedBy) {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(content, ImageFormat.HEADER_BYTES * 2);
        byte[] header;
        try {
            buffered.mark(ImageFormat.HEADER_BYTES);
            header = buffered.readNBytes(ImageFormat.HEADER_BYTES);
            buffered.reset();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        boolean video = ImageFormat.detect(header).isEmpty() && Mp4File.looksLikeVideo(header);
        return video ? storeVideo(buffered, originalFilename, uploadedBy) : storeImage(buffered, originalFilename, uploadedBy);
    }

    @Override
    public MediaAsset storeImage(InputStream content, String originalFilename, long uploadedBy) {
        String name = Uploads.cleanName(originalFilename);
        return inWorkFolder(work -> {
            Path upload = work.resolve("upload");
            long size = receive(content, upload, settings.maxImageSize().toBytes(), "media.error.imageTooLarge", name);
            ImageVariants.Result result = processImage(upload, name, work);
            MediaAsset asset = new MediaAsset(UUID.randomUUID(), MediaKind.IMAGE, result.contentType(), name, result.width(),
                    result.height(), size, result.widths(), now(), uploadedBy, null, null);
            return record(asset, result.files(), result.contentType());
        });
    }

    @Override
    public MediaAsset storeVideo(InputStream content, String originalFilename, long uploadedBy) {
        String name = Uploads.cleanName(originalFilename);
        return inWorkFolder(work -> {
            Path upload = work.resolve("upload");
            long size = receive(content, upload, settings.maxVideoSize().toBytes(), "media.error.videoTooLarge", name);
            Mp4File.Info info = Mp4File.check(upload, name);
            MediaAsset asset = new MediaAsset(UUID.randomUUID(), MediaKind.VIDEO, "video/mp4", name, info.width(), info.height(),
                    size, List.of(), now(), uploadedBy, null, null);
            return record(asset, Map.of("video.mp4", upload), "video/mp4");
        });
    }

    @Override
    public MediaAsset linkVideo(String url, long addedBy) {
        VideoLinks.Link link = VideoLinks.normalize(url);
        MediaAsset asset = new MediaAsset(UUID.randomUUID(), MediaKind.VIDEO_LINK, null, null, null, null, 0, List.of(), now(),
                addedBy, link.url(), link.embedUrl());
        assets.insert(asset, null);
        return asset;
    }

    @Override
    public Optional<MediaAsset> find(UUID id) {
        return assets.find(id).map(MediaAssets.Stored::asset);
    }

    @Override
    public List<MediaAsset> findAll(Collection<UUID> ids) {
        return assets.findAll(ids);
    }

    @Override
    public Optional<PhotoFile> openPhoto(UUID id, int width) {
        Optional<MediaAssets.Stored> stored = assets.find(id).filter(s -> s.asset().kind() == MediaKind.IMAGE);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String url = stored.get().asset().url(width);
        String file = url.substring(url.lastIndexOf('/') + 1);
        try {
            return Optional.of(new PhotoFile(file, storage.open(stored.get().storagePrefix() + "/" + file)));
        } catch (java.nio.file.NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row goes first: a file left behind by a failing store is invisible, a row without files is a broken image. */
    @Override
    public void delete(UUID id) {
        assets.find(id).ifPresent(stored -> {
            assets.delete(id);
            stored.asset().fileNames().forEach(file -> deleteStored(stored.storagePrefix(), file));
            if (stored.asset().kind() == MediaKind.IMAGE) {
                deleteStored(stored.storagePrefix(), ImageVariants.SHARE_FILE);
            }
        });
    }

    /**
     * The storage key of the photo's 1200×630 link-preview card, made from its 1280-px variant (or the
     * full size when smaller) the first time someone asks. Two first requests at once both make it: harmless.
     */
    String shareCard(MediaAssets.Stored stored) {
        String key = stored.storagePrefix() + "/" + ImageVariants.SHARE_FILE;
        try {
            if (storage.exists(key)) {
                return key;
            }
            MediaAsset photo = stored.asset();
            String source = photo.url(1280).substring(photo.url(1280).lastIndexOf('/') + 1);
            ImageFormat format = source.endsWith(".png") ? ImageFormat.PNG : ImageFormat.JPEG;
            return inWorkFolder(work -> {
                Path copy = work.resolve("source");
                try (InputStream in = storage.open(stored.storagePrefix() + "/" + source)) {
                    Files.copy(in, copy);
                }
                imageSlots.acquireUninterruptibly();
                try {
                    storage.put(key, variants.shareCard(copy, format, work.resolve(ImageVariants.SHARE_FILE)), "image/jpeg");
                } finally {
                    imageSlots.release();
                }
                return key;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long receive(InputStream content, Path upload, long maxBytes, String tooLargeKey, String name) throws IOException {
        long size = Uploads.copy(content, upload, maxBytes, () -> new InvalidInput("file", tooLargeKey, name, Uploads.megabytes(maxBytes)));
        if (size == 0) {
            throw new InvalidInput("file", "media.error.empty", name);
        }
        return size;
    }

    private ImageVariants.Result processImage(Path upload, String name, Path work) throws IOException {
        imageSlots.acquireUninterruptibly();
        try {
            return variants.process(upload, name, work);
        } finally {
            imageSlots.release();
        }
    }

    /** Stores the files, then the row; if the row cannot be written, the files are removed again. */
    private MediaAsset record(MediaAsset asset, Map<String, Path> files, String contentType) throws IOException {
        String prefix = storagePrefix(asset.id());
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                storage.put(prefix + "/" + file.getKey(), file.getValue(), contentType);
            }
            assets.insert(asset, prefix);
            return asset;
        } catch (IOException | RuntimeException e) {
            files.keySet().forEach(file -> deleteStored(prefix, file));
            throw e;
        }
    }

    private void deleteStored(String prefix, String file) {
        try {
            storage.delete(prefix + "/" + file);
        } catch (IOException e) {
            log.warn("Could not delete media file {}/{}: {}", prefix, file, e.toString());
        }
    }

    /** Two hex digits first, so that no folder of the file system holds millions of entries. */
    private static String storagePrefix(UUID id) {
        String text = id.toString();
        return text.substring(0, 2) + "/" + text;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T inWorkFolder(WorkStep<T> step) {
        Path work = null;
        try {
            Files.createDirectories(workRoot);
            work = Files.createTempDirectory(workRoot, "upload-");
            return step.run(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    @FunctionalInterface
    private interface WorkStep<T> {
        T run(Path work) throws IOException;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not remove work folder {}: {}", folder, e.toString());
        }
    }
}
