package vn.lantoa.media.internal;

import java.net.URI;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.media.MediaStorage;
import vn.lantoa.media.storage.FilesystemStorage;
import vn.lantoa.media.storage.S3Storage;

/** Chooses where media files live: lantoa.media.storage=filesystem (the default) or s3. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    MediaStorage mediaStorage(MediaSettings settings, @Value("${lantoa.data-dir}") Path dataDir) {
        if (settings.storage() == MediaSettings.StorageKind.S3) {
            return s3(settings.s3());
        }
        FilesystemStorage storage = new FilesystemStorage(dataDir.resolve("media"));
        log.info("Media files in {}", storage.root());
        return storage;
    }

    private static S3Storage s3(MediaSettings.S3 s3) {
        if (s3 == null || isBlank(s3.bucket()) || isBlank(s3.region())) {
            throw new IllegalStateException("lantoa.media.storage=s3 needs lantoa.media.s3.bucket and lantoa.media.s3.region "
                    + "(LANTOA_S3_BUCKET, LANTOA_S3_REGION)");
        }
        URI endpoint = isBlank(s3.endpoint()) ? null : URI.create(s3.endpoint().strip());
        log.info("Media files in S3 bucket {} at {}", s3.bucket(), endpoint == null ? "AWS" : endpoint);
        return S3Storage.connect(new S3Storage.Connection(endpoint, s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(),
                s3.pathStyle()));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
