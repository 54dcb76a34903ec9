package vn.lantoa.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.media.Refusals.refusal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.media.TestImages;

/** Real video files made by ffmpeg: only MP4 passes, every other container is named in the refusal. */
class Mp4FileTest {

    @TempDir
    Path dir;

    @Test
    void acceptsMp4AndReadsItsPictureSize() throws IOException {
        Mp4File.Info info = Mp4File.check(fixture("clip.mp4"), "clip.mp4");

        assertThat(info.width()).isEqualTo(160);
        assertThat(info.height()).isEqualTo(120);
    }

    @Test
    void refusesQuickTimeWithAdviceToConvert() {
        refusal(() -> Mp4File.check(fixture("clip.mov"), "IMG_0003.MOV"))
                .isEqualTo("Video \"IMG_0003.MOV\" có định dạng QuickTime (.mov); hệ thống chỉ nhận video MP4. "
                        + "Hãy chuyển video sang MP4 (H.264) rồi tải lên lại.");
    }

    @Test
    void refusesAviEvenWhenNamedMp4() {
        refusal(() -> Mp4File.check(fixture("clip.avi"), "hop-chi-hoi.mp4"))
                .isEqualTo("Video \"hop-chi-hoi.mp4\" có định dạng AVI; hệ thống chỉ nhận video MP4. "
                        + "Hãy chuyển video sang MP4 (H.264) rồi tải lên lại.");
    }

    @Test
    void refusesWebm() {
        refusal(() -> Mp4File.check(fixture("clip.webm"), "clip.webm")).contains("có định dạng MKV/WebM; hệ thống chỉ nhận video MP4.");
    }

    @Test
    void refusesAnythingElse() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "Biên bản họp chi hội");

        refusal(() -> Mp4File.check(text, "notes.mp4"))
                .isEqualTo("Tệp \"notes.mp4\" không phải là video MP4. Hãy chuyển video sang MP4 (H.264) rồi tải lên lại.");
    }

    @Test
    void refusesAnMp4CutShort() throws IOException {
        byte[] whole = Files.readAllBytes(fixture("clip.mp4"));
        Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(whole, whole.length - 1000));

        refusal(() -> Mp4File.check(cut, "cut.mp4")).isEqualTo("Tệp MP4 \"cut.mp4\" bị hỏng hoặc chưa tải lên hết. Hãy tải lên lại.");
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = TestImages.resource(name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }
}
