package vn.lantoa.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where media files live, by key such as {@code 3f/3f2a…/640.jpg}: a folder of the data directory, or
 * an S3-compatible bucket ({@code lantoa.media.storage=filesystem|s3}). A missing key is reported as
 * {@link java.nio.file.NoSuchFileException}.
 */
public interface MediaStorage {

    /** Stores the file under the key, taking it over: it may be moved rather than copied. */
    void put(String key, Path file, String contentType) throws IOException;

    /** Stores exactly {@code length} bytes read from the stream under the key. */
    void put(String key, InputStream content, long length, String contentType) throws IOException;

    InputStream open(String key) throws IOException;

    /** Bytes {@code first} to {@code last} (both included) of the stored file. */
    InputStream open(String key, long first, long last) throws IOException;

    /** The stored file as a resource whose length is known, so that Spring MVC can answer range requests. */
    Resource resource(String key) throws IOException;

    /**
     * A short-lived URL from which a browser can fetch the file directly (answering range requests
     * itself), when the store offers one; empty when the application serves the file.
     */
    Optional<URI> directUrl(String key, Duration lifetime);

    boolean exists(String key) throws IOException;

    /** Removes the file; a missing key is not an error. */
    void delete(String key) throws IOException;
}
