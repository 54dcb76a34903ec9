package vn.lantoa.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.storage.FakeS3;
import vn.lantoa.media.storage.S3Storage;

/** With an S3 store, browsers are sent to a short-lived presigned URL, and the store serves the bytes and ranges. */
class MediaControllerRedirectTest {

    @Test
    void redirectsToAPresignedUrlThatServesTheVideo() throws Exception {
        try (FakeS3 s3 = new FakeS3("media"); S3Storage storage = s3.connect()) {
            UUID id = UUID.randomUUID();
            String prefix = id.toString().substring(0, 2) + "/" + id;
            byte[] clip = new byte[5000];
            clip[1234] = 42;
            storage.put(prefix + "/video.mp4", new ByteArrayInputStream(clip), clip.length, "video/mp4");
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new MediaController(oneVideo(id, prefix), storage, null, settings())).build();

            String location = mvc.perform(get("/media/" + id + "/video.mp4"))
                    .andExpect(status().isFound())
                    .andExpect(header().string("Cache-Control", "max-age=300, private"))
                    .andReturn().getResponse().getHeader("Location");

            assertThat(location).startsWith(s3.endpoint() + "/media/" + prefix + "/video.mp4?").contains("X-Amz-Expires=600");
            HttpResponse<byte[]> range = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(location)).header("Range", "bytes=1234-1235").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).containsExactly(42, 0);
        }
    }

    private static MediaAssets oneVideo(UUID id, String prefix) {
        MediaAsset video = new MediaAsset(id, MediaKind.VIDEO, "video/mp4", "clip.mp4", 160, 120, 5000, List.of(), Instant.now(), 1,
                null, null);
        return new MediaAssets(null) {
            @Override
            Optional<Stored> find(UUID wanted) {
                return wanted.equals(id) ? Optional.of(new Stored(video, prefix)) : Optional.empty();
            }
        };
    }

    private static MediaSettings settings() {
        return new MediaSettings(DataSize.ofMegabytes(20), DataSize.ofMegabytes(500), 50, List.of(320), 0.85f, 1, Duration.ofSeconds(5),
                MediaSettings.StorageKind.S3, new MediaSettings.S3(null, "us-east-1", "media", null, null, true, Duration.ofMinutes(10)));
    }
}
