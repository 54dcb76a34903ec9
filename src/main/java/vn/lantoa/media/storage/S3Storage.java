package vn.lantoa.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import vn.lantoa.media.MediaStorage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Media files in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage, a cloud's object
 * storage). Browsers fetch the files from the store through short-lived presigned URLs, and the
 * store answers their range requests.
 */
public final class S3Storage implements MediaStorage, AutoCloseable {

    /** Keys never change content (a new upload gets a new id), so stores and browsers may keep files for a year. */
    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3Storage(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /** A client for one bucket; without an access key, the SDK's usual sources (environment, instance role) are used. */
    public static S3Storage connect(Connection c) {
        AwsCredentialsProvider credentials = c.accessKey() == null || c.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKey(), c.secretKey()));
        Region region = Region.of(c.region());
        S3Configuration paths = S3Configuration.builder().pathStyleAccessEnabled(c.pathStyle()).build();
        var client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(region)
                .credentialsProvider(credentials)
                // Checksum trailers and aws-chunked bodies (SDK defaults, the latter for plain-HTTP endpoints)
                // are not understood by many S3-compatible servers: send plain bodies with a Content-Length.
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(c.pathStyle()).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder().region(region).credentialsProvider(credentials).serviceConfiguration(paths);
        if (c.endpoint() != null) {
            client.endpointOverride(c.endpoint());
            presigner.endpointOverride(c.endpoint());
        }
        return new S3Storage(client.build(), presigner.build(), c.bucket());
    }

    /** Where the bucket is and how to sign in to it. */
    public record Connection(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                             boolean pathStyle) {

        @Override
        public String toString() {
            return "Connection[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle + "]";
        }
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        call(key, () -> s3.putObject(putRequest(key, contentType), RequestBody.fromFile(file)));
        Files.deleteIfExists(file);
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) throws IOException {
        call(key, () -> s3.putObject(putRequest(key, contentType), RequestBody.fromInputStream(content, length)));
    }

    private PutObjectRequest putRequest(String key, String contentType) {
        return PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).cacheControl(CACHE_FOREVER).build();
    }

    @Override
    public InputStream open(String key) throws IOException {
        return call(key, () -> s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build()));
    }

    @Override
    public InputStream open(String key, long first, long last) throws IOException {
        return call(key, () -> s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key)
                .range("bytes=" + first + "-" + last).build()));
    }

    @Override
    public Resource resource(String key) throws IOException {
        long length = call(key, () -> s3.headObject(h -> h.bucket(bucket).key(key)).contentLength());
        return new ObjectResource(key, length);
    }

    @Override
    public Optional<URI> directUrl(String key, Duration lifetime) {
        var signed = presigner.presignGetObject(p -> p.signatureDuration(lifetime)
                .getObjectRequest(g -> g.bucket(bucket).key(key)));
        try {
            return Optional.of(signed.url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Presigned URL of " + key + " is not a URI", e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            call(key, () -> s3.headObject(h -> h.bucket(bucket).key(key)));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(key, () -> s3.deleteObject(d -> d.bucket(bucket).key(key)));
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    /** Speaks of the store's failures as the file system does, so callers handle one kind of error. */
    private static <T> T call(String key, SdkCall<T> call) throws IOException {
        try {
            return call.run();
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw new IOException("S3 refused " + key + ": " + e.statusCode() + " " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("S3 unreachable for " + key + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T run();
    }

    /** An object as a Spring resource, so that the application can still serve it when no redirect is wanted. */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final long length;

        ObjectResource(String key, long length) {
            this.key = key;
            this.length = length;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return open(key);
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getFilename() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String getDescription() {
            return "S3 object " + key;
        }
    }
}
