package vn.lantoa.media;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stored photo, an uploaded video or a link to a video elsewhere. The id is random, so its URLs
 * cannot be guessed from another asset's: holding the URL is what lets a reader see it.
 *
 * @param id               random id, part of every URL
 * @param kind             image, uploaded video or video link
 * @param contentType      type of the files served ({@code image/jpeg}, {@code image/png}, {@code video/mp4});
 *                         {@code null} for a link
 * @param originalFilename name of the uploaded file as the uploader's device called it; {@code null} for a link
 * @param width            pixels across, after EXIF orientation; {@code null} when unknown (links, some videos)
 * @param height           pixels down, after EXIF orientation; {@code null} when unknown
 * @param sizeBytes        bytes received from the uploader; 0 for a link
 * @param widths           widths of the variants narrower than the image, ascending (empty for videos and links)
 * @param createdAt        when it was stored
 * @param createdBy        account id of who stored it
 * @param linkUrl          normalized YouTube or Facebook URL of a link, otherwise {@code null}
 * @param embedUrl         URL for an iframe that plays a link, otherwise {@code null}
 */
public record MediaAsset(UUID id, MediaKind kind, String contentType, String originalFilename, Integer width,
                         Integer height, long sizeBytes, List<Integer> widths, Instant createdAt, long createdBy,
                         String linkUrl, String embedUrl) {

    public MediaAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        widths = widths == null ? List.of() : List.copyOf(widths);
    }

    /**
     * The variant of this image that is at least {@code wanted} pixels wide and as small as possible,
     * or the full-size image when none is that wide, e.g. {@code /media/{id}/640.jpg}.
     */
    public String url(int wanted) {
        requireKind(MediaKind.IMAGE);
        return widths.stream().filter(w -> w >= wanted).findFirst()
                .map(this::variantUrl)
                .orElseGet(this::originalUrl);
    }

    /** The full-size image, re-encoded without metadata: {@code /media/{id}/original.jpg}. */
    public String originalUrl() {
        requireKind(MediaKind.IMAGE);
        return base() + "original." + imageExtension();
    }

    /** The photo cut to 1200×630 for link previews, made on first request: {@code /media/{id}/share.jpg}. */
    public String shareCardUrl() {
        requireKind(MediaKind.IMAGE);
        return base() + "share.jpg";
    }

    /** The uploaded MP4, served with range requests: {@code /media/{id}/video.mp4}. */
    public String videoUrl() {
        requireKind(MediaKind.VIDEO);
        return base() + "video.mp4";
    }

    /** Every variant and the full-size image for an {@code <img srcset>}, e.g. {@code "/media/…/320.jpg 320w, …"}. */
    public String srcset() {
        requireKind(MediaKind.IMAGE);
        String variants = widths.stream().map(w -> variantUrl(w) + " " + w + "w").collect(Collectors.joining(", "));
        String original = originalUrl() + " " + width + "w";
        return variants.isEmpty() ? original : variants + ", " + original;
    }

    /** File names under {@code /media/{id}/} that exist for this asset. */
    public List<String> fileNames() {
        return switch (kind) {
            case IMAGE -> Stream.concat(widths.stream().map(w -> w + "." + imageExtension()),
                    Stream.of("original." + imageExtension())).toList();
            case VIDEO -> List.of("video.mp4");
            case VIDEO_LINK -> List.of();
        };
    }

    private String variantUrl(int variantWidth) {
        return base() + variantWidth + "." + imageExtension();
    }

    private String imageExtension() {
        return "image/png".equals(contentType) ? "png" : "jpg";
    }

    private String base() {
        return "/media/" + id + "/";
    }

    private void requireKind(MediaKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("Media " + id + " is a " + kind + ", not a " + expected);
        }
    }
}
