package vn.lantoa.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.media.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import vn.lantoa.media.ExifSegments;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.media.MediaStorage;
import vn.lantoa.media.TestImages;
import vn.lantoa.support.IntegrationTest;

/** The media library in the running application: storing, finding, deleting, and serving over real HTTP without a login. */
@IntegrationTest
class MediaLibraryTest {

    private static final long UPLOADER = 1L;

    @LocalServerPort
    int port;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStorage storage;

    @Autowired
    MediaAssets assets;

    @Autowired
    MediaSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Value("${lantoa.data-dir}")
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void storesAPhotoAndServesItsFilesToAnyoneWithTheUrl() throws Exception {
        MediaAsset photo = library.storeImage(fixture("photo.jpg"), "C:\\Users\\Lan\\IMG_0001.JPG", UPLOADER);

        assertThat(photo.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(photo.originalFilename()).isEqualTo("IMG_0001.JPG");
        assertThat(List.of(photo.width(), photo.height())).containsExactly(400, 600);
        assertThat(photo.widths()).containsExactly(320);
        assertThat(photo.url(300)).isEqualTo("/media/" + photo.id() + "/320.jpg");
        assertThat(photo.url(640)).isEqualTo(photo.originalUrl()).endsWith("/original.jpg");
        assertThat(photo.srcset()).isEqualTo("/media/%s/320.jpg 320w, /media/%s/original.jpg 400w", photo.id(), photo.id());
        assertThat(library.find(photo.id())).contains(photo);
        for (String url : List.of(photo.url(320), photo.originalUrl())) {
            HttpResponse<byte[]> response = get(url, null);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public", "immutable");
            // No session cookie, so that a CDN or proxy may cache the response for everyone.
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(ExifSegments.jpegMetadata(response.body())).isEmpty();
        }
    }

    @Test
    void servesAnUploadedVideoWithRangeRequests() throws Exception {
        byte[] clip = fixture("clip.mp4").readAllBytes();
        MediaAsset video = library.storeVideo(new ByteArrayInputStream(clip), "hoi-thi.mp4", UPLOADER);

        assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(video.sizeBytes()).isEqualTo(clip.length);
        assertThat(List.of(video.width(), video.height())).containsExactly(160, 120);
        assertThat(video.videoUrl()).isEqualTo("/media/" + video.id() + "/video.mp4");

        HttpResponse<byte[]> part = get(video.videoUrl(), "bytes=100-1099");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-1099/" + clip.length);
        assertThat(part.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(clip, 100, 1100));
        HttpResponse<byte[]> tail = get(video.videoUrl(), "bytes=" + (clip.length - 10) + "-");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(clip, clip.length - 10, clip.length));
        HttpResponse<byte[]> whole = get(video.videoUrl(), null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.body()).isEqualTo(clip);
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + video.videoUrl()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).contains(Integer.toString(clip.length));
    }

    @Test
    void refusesA30MegabyteFileAfterReadingLittleMoreThanTheLimit() {
        CountingStream thirtyMegabytes = new CountingStream(30L * 1024 * 1024);

        refusal(() -> library.storeImage(thirtyMegabytes, "anh-qua-lon.jpg", UPLOADER))
                .isEqualTo("Ảnh \"anh-qua-lon.jpg\" lớn hơn 20 MB. Hãy chọn ảnh nhỏ hơn hoặc giảm kích thước ảnh rồi tải lên lại.");
        assertThat(thirtyMegabytes.read).isBetween(20L * 1024 * 1024, 20L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void refusesAVideoOverTheLimitWhileReceivingIt() {
        MediaSettings smallVideos = new MediaSettings(settings.maxImageSize(), DataSize.ofMegabytes(1), settings.maxMegapixels(),
                settings.widths(), settings.jpegQuality(), 1, settings.heifTimeout(), settings.storage(), settings.s3());
        Library strict = new Library(assets, storage, smallVideos, dataDir);
        CountingStream twoMegabytes = new CountingStream(2L * 1024 * 1024);

        refusal(() -> strict.storeVideo(twoMegabytes, "dai-hoi.mp4", UPLOADER))
                .isEqualTo("Video \"dai-hoi.mp4\" lớn hơn 1 MB. Hãy cắt ngắn hoặc giảm độ phân giải video, "
                        + "hoặc đăng video lên YouTube hay Facebook rồi gửi liên kết.");
        assertThat(twoMegabytes.read).isLessThanOrEqualTo(1024 * 1024 + 1);
    }

    @Test
    void refusalsLeaveNothingBehind() throws IOException {
        long rows = countRows();

        refusal(() -> library.storeImage(new ByteArrayInputStream("xin chào".getBytes()), "chao.jpg", UPLOADER)).contains("không phải là ảnh");
        refusal(() -> library.storeVideo(fixture("clip.mov"), "clip.mov", UPLOADER)).contains("QuickTime");
        refusal(() -> library.storeImage(new ByteArrayInputStream(new byte[0]), "rong.jpg", UPLOADER))
                .isEqualTo("Tệp \"rong.jpg\" trống. Hãy chọn lại tệp.");

        assertThat(countRows()).isEqualTo(rows);
        try (Stream<Path> left = Files.list(dataDir.resolve("media-work"))) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void deletingRemovesTheRowAndEveryFile() throws Exception {
        MediaAsset photo = library.storeImage(fixture("alpha.png"), "logo.png", UPLOADER);
        assertThat(photo.fileNames()).containsExactlyInAnyOrder("320.png", "640.png", "original.png");
        String prefix = photo.id().toString().substring(0, 2) + "/" + photo.id();
        assertThat(storage.exists(prefix + "/640.png")).isTrue();

        library.delete(photo.id());
        library.delete(photo.id());

        assertThat(library.find(photo.id())).isEmpty();
        for (String file : photo.fileNames()) {
            assertThat(storage.exists(prefix + "/" + file)).as(file).isFalse();
        }
        assertThat(get(photo.url(640), null).statusCode()).isEqualTo(404);
    }

    @Test
    void answersNotFoundForUnknownIdsAndFiles() throws Exception {
        MediaAsset photo = library.storeImage(fixture("photo.webp"), "photo.webp", UPLOADER);
        String base = "/media/" + photo.id() + "/";

        assertThat(get(base + "320.jpg", null).statusCode()).isEqualTo(200);
        for (String url : List.of(base + "640.jpg", base + "320.png", base + "video.mp4", base + "upload",
                "/media/" + UUID.randomUUID() + "/320.jpg", "/media/not-a-uuid/320.jpg",
                "/media/" + photo.id().toString().toUpperCase() + "/320.jpg")) {
            HttpResponse<byte[]> response = get(url, null);
            assertThat(response.statusCode()).as(url).isEqualTo(404);
        }
    }

    @Test
    void keepsVideoLinksAndFindsSeveralAssetsAtOnce() {
        MediaAsset link = library.linkVideo("https://youtu.be/dQw4w9WgXcQ", UPLOADER);
        MediaAsset photo = library.storeImage(fixture("photo.jpg"), "photo.jpg", UPLOADER);

        assertThat(link.kind()).isEqualTo(MediaKind.VIDEO_LINK);
        assertThat(link.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(library.find(link.id())).contains(link);
        assertThat(library.findAll(List.of(link.id(), photo.id(), UUID.randomUUID()))).containsExactlyInAnyOrder(link, photo);
        assertThat(library.findAll(List.of())).isEmpty();
        refusal(() -> library.linkVideo("https://vimeo.com/123456", UPLOADER)).startsWith("Chỉ nhận liên kết video YouTube");
    }

    private long countRows() {
        return jdbc.sql("select count(*) from media_asset").query(Long.class).single();
    }

    private HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static InputStream fixture(String name) {
        return TestImages.resource(name);
    }

    /** A JPEG start followed by zeros up to the given length, counting how many bytes were read. */
    private static final class CountingStream extends InputStream {

        private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                long position = read + i;
                buffer[offset + i] = position < JPEG_START.length ? JPEG_START[(int) position] : 0;
            }
            read += n;
            return n;
        }
    }
}
