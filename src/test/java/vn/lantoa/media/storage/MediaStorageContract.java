package vn.lantoa.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import vn.lantoa.media.MediaStorage;

/** What every media storage must do; each implementation's test runs these against a real store. */
abstract class MediaStorageContract {

    @TempDir
    Path temp;

    abstract MediaStorage storage();

    @Test
    void storesAFileAndGivesItBack() throws IOException {
        byte[] content = randomBytes(3 * 1024 * 1024 + 17, 1);
        Path file = Files.write(temp.resolve("upload"), content);

        storage().put("ab/asset-1/original.jpg", file, "image/jpeg");

        assertThat(read(storage().open("ab/asset-1/original.jpg"))).isEqualTo(content);
        assertThat(storage().exists("ab/asset-1/original.jpg")).isTrue();
    }

    @Test
    void storesExactlyTheGivenLengthOfAStream() throws IOException {
        byte[] content = randomBytes(10_000, 2);

        storage().put("ab/asset-2/320.jpg", new ByteArrayInputStream(content), content.length, "image/jpeg");

        assertThat(read(storage().open("ab/asset-2/320.jpg"))).isEqualTo(content);
    }

    @Test
    void readsAByteRange() throws IOException {
        byte[] content = randomBytes(50_000, 3);
        storage().put("cd/asset-3/video.mp4", Files.write(temp.resolve("v"), content), "video/mp4");

        assertThat(read(storage().open("cd/asset-3/video.mp4", 1000, 1999))).isEqualTo(Arrays.copyOfRange(content, 1000, 2000));
        assertThat(read(storage().open("cd/asset-3/video.mp4", 49_990, 49_999))).isEqualTo(Arrays.copyOfRange(content, 49_990, 50_000));
    }

    @Test
    void givesAResourceWithItsLength() throws IOException {
        byte[] content = randomBytes(4321, 4);
        storage().put("cd/asset-4/video.mp4", Files.write(temp.resolve("r"), content), "video/mp4");

        Resource resource = storage().resource("cd/asset-4/video.mp4");

        assertThat(resource.contentLength()).isEqualTo(4321);
        assertThat(read(resource.getInputStream())).isEqualTo(content);
    }

    @Test
    void replacesAFileStoredUnderTheSameKey() throws IOException {
        storage().put("ef/asset-5/640.jpg", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "image/jpeg");
        storage().put("ef/asset-5/640.jpg", new ByteArrayInputStream(new byte[] {4, 5}), 2, "image/jpeg");

        assertThat(read(storage().open("ef/asset-5/640.jpg"))).containsExactly(4, 5);
    }

    @Test
    void deletesAndThenReportsTheFileMissing() throws IOException {
        storage().put("ef/asset-6/320.jpg", new ByteArrayInputStream(new byte[] {9}), 1, "image/jpeg");

        storage().delete("ef/asset-6/320.jpg");
        storage().delete("ef/asset-6/320.jpg");

        assertThat(storage().exists("ef/asset-6/320.jpg")).isFalse();
        assertThatThrownBy(() -> read(storage().open("ef/asset-6/320.jpg"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage().resource("ef/asset-6/320.jpg")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void reportsAnUnknownKeyMissing() throws IOException {
        assertThat(storage().exists("00/never/original.jpg")).isFalse();
        assertThatThrownBy(() -> read(storage().open("00/never/original.jpg"))).isInstanceOf(NoSuchFileException.class);
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
