package vn.lantoa.media.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.media.MediaStorage;

/** The S3 store against a local S3-compatible server that, like many, refuses aws-chunked uploads. */
class S3StorageTest extends MediaStorageContract {

    private FakeS3 server;
    private S3Storage storage;

    @BeforeEach
    void start() throws IOException {
        server = new FakeS3("lantoa-media");
        storage = server.connect();
    }

    @AfterEach
    void stop() {
        storage.close();
        server.close();
    }

    @Override
    MediaStorage storage() {
        return storage;
    }

    @Test
    void storesWithContentTypeAndLongCachingInThePathOfTheBucket() throws IOException {
        Path file = Files.write(temp.resolve("photo"), new byte[] {1, 2, 3});

        storage.put("ab/asset/640.jpg", file, "image/jpeg");

        FakeS3.StoredObject stored = server.objects.get("ab/asset/640.jpg");
        assertThat(stored.content()).containsExactly(1, 2, 3);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(server.requests).contains("PUT /lantoa-media/ab/asset/640.jpg");
        assertThat(file).doesNotExist();
    }

    @Test
    void presignedUrlServesTheFileAndItsRanges() throws Exception {
        byte[] content = randomBytes(20_000, 9);
        storage.put("cd/asset/video.mp4", Files.write(temp.resolve("v"), content), "video/mp4");

        URI url = storage.directUrl("cd/asset/video.mp4", Duration.ofMinutes(15)).orElseThrow();

        assertThat(url.getQuery()).contains("X-Amz-Expires=900", "X-Amz-Signature=");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(content);
        HttpResponse<byte[]> part = client.send(HttpRequest.newBuilder(url).header("Range", "bytes=100-199").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
    }
}
