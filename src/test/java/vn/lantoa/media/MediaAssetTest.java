package vn.lantoa.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

    private static final UUID ID = UUID.fromString("3f2a8c1e-0b7d-4c59-9a61-2f4e8d7c6b5a");

    @Test
    void imageUrlsPickTheSmallestVariantWideEnough() {
        MediaAsset photo = image("image/jpeg", 3000, List.of(320, 640, 1280, 1920));

        assertThat(photo.url(320)).isEqualTo("/media/" + ID + "/320.jpg");
        assertThat(photo.url(500)).isEqualTo("/media/" + ID + "/640.jpg");
        assertThat(photo.url(2400)).isEqualTo("/media/" + ID + "/original.jpg");
        assertThat(photo.srcset()).isEqualTo("/media/%1$s/320.jpg 320w, /media/%1$s/640.jpg 640w, /media/%1$s/1280.jpg 1280w, "
                + "/media/%1$s/1920.jpg 1920w, /media/%1$s/original.jpg 3000w", ID);
        assertThat(photo.fileNames()).containsExactly("320.jpg", "640.jpg", "1280.jpg", "1920.jpg", "original.jpg");
    }

    @Test
    void transparentImagesArePng() {
        MediaAsset logo = image("image/png", 500, List.of(320));

        assertThat(logo.url(100)).isEqualTo("/media/" + ID + "/320.png");
        assertThat(logo.originalUrl()).isEqualTo("/media/" + ID + "/original.png");
    }

    @Test
    void urlsOfAnotherKindAreAMistakeOfTheCaller() {
        MediaAsset video = new MediaAsset(ID, MediaKind.VIDEO, "video/mp4", "a.mp4", null, null, 10, List.of(), Instant.EPOCH, 1,
                null, null);
        MediaAsset link = new MediaAsset(ID, MediaKind.VIDEO_LINK, null, null, null, null, 0, null, Instant.EPOCH, 1,
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");

        assertThat(video.videoUrl()).isEqualTo("/media/" + ID + "/video.mp4");
        assertThat(video.fileNames()).containsExactly("video.mp4");
        assertThat(link.fileNames()).isEmpty();
        assertThatThrownBy(video::srcset).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(link::videoUrl).isInstanceOf(IllegalStateException.class);
    }

    private static MediaAsset image(String type, int width, List<Integer> widths) {
        return new MediaAsset(ID, MediaKind.IMAGE, type, "a", width, width * 3 / 4, 1000, widths, Instant.EPOCH, 1, null, null);
    }
}
