package vn.lantoa.media.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of uploads, the variants made, and where files are stored, under lantoa.media.
 *
 * @param maxImageSize     largest photo upload
 * @param maxVideoSize     largest video upload
 * @param maxMegapixels    largest photo in millions of pixels (width × height, read before decoding)
 * @param widths           widths of the image variants; only those narrower than a photo are made
 * @param jpegQuality      0–1 for the JPEG encoder
 * @param concurrentImages photos decoded at the same time (each holds its full image in memory)
 * @param heifTimeout      longest a HEIC decode by libheif's tool may take
 * @param storage          filesystem (under the data directory) or s3
 * @param s3               the bucket, when storage is s3
 */
@Validated
@ConfigurationProperties("lantoa.media")
record MediaSettings(@NotNull DataSize maxImageSize, @NotNull DataSize maxVideoSize, @Positive int maxMegapixels,
                     @NotEmpty List<@Positive Integer> widths, @DecimalMin("0.1") @DecimalMax("1.0") float jpegQuality,
                     @Positive int concurrentImages, @NotNull Duration heifTimeout, @NotNull StorageKind storage,
                     @Valid S3 s3) {

    enum StorageKind { FILESYSTEM, S3 }

    /**
     * An S3-compatible bucket. Secrets come from the environment, never from the repository.
     *
     * @param endpoint  e.g. https://s3.example.vn; empty for AWS itself
     * @param pathStyle bucket in the path rather than the host name (MinIO, most self-hosted stores)
     * @param urlLifetime how long a presigned download URL is valid
     */
    record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle,
              Duration urlLifetime) {

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle + "]";
        }
    }

    long maxPixels() {
        return maxMegapixels * 1_000_000L;
    }
}
