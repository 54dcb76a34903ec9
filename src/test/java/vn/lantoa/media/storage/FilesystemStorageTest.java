package vn.lantoa.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.media.MediaStorage;

class FilesystemStorageTest extends MediaStorageContract {

    private FilesystemStorage storage;

    @BeforeEach
    void createStorage() {
        storage = new FilesystemStorage(temp.resolve("media"));
    }

    @Override
    MediaStorage storage() {
        return storage;
    }

    @Test
    void keepsFilesUnderItsRootAndOffersNoDirectUrl() throws IOException {
        storage.put("ab/asset/video.mp4", new ByteArrayInputStream(new byte[] {1}), 1, "video/mp4");

        assertThat(storage.root().resolve("ab/asset/video.mp4")).exists();
        assertThat(storage.directUrl("ab/asset/video.mp4", Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void removesTheAssetFolderWithItsLastFile() throws IOException {
        storage.put("ab/asset/320.jpg", new ByteArrayInputStream(new byte[] {1}), 1, "image/jpeg");
        storage.put("ab/asset/original.jpg", new ByteArrayInputStream(new byte[] {2}), 1, "image/jpeg");

        storage.delete("ab/asset/320.jpg");
        assertThat(storage.root().resolve("ab/asset")).exists();
        storage.delete("ab/asset/original.jpg");
        assertThat(storage.root().resolve("ab/asset")).doesNotExist();
    }

    @Test
    void refusesKeysThatLeaveItsRoot() {
        assertThatThrownBy(() -> storage.open("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("ab/../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(temp.resolve("secret"))).isFalse();
    }
}
