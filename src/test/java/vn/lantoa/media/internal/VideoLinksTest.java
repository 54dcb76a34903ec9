package vn.lantoa.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.media.Refusals.refusal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinksTest {

    private static final String REFUSED = "Chỉ nhận liên kết video YouTube (youtube.com, youtu.be) hoặc Facebook (facebook.com, fb.watch). "
            + "Hãy dán liên kết của chính video đó.";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "http://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
        "youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=AbCdEf",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared",
        "  https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ  "})
    void youtubeLinksBecomeOneWatchUrlAndAPrivacyEnhancedPlayer(String pasted) {
        VideoLinks.Link link = VideoLinks.normalize(pasted);

        assertThat(link.url()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(link.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.facebook.com/hoilhpnvn/videos/1234567890123456/, https://www.facebook.com/hoilhpnvn/videos/1234567890123456/",
        "https://m.facebook.com/hoilhpnvn/videos/ngay-hoi-phu-nu/1234567890123456/?mibextid=abc, https://www.facebook.com/hoilhpnvn/videos/1234567890123456/",
        "https://www.facebook.com/watch/?v=1234567890123456, https://www.facebook.com/watch/?v=1234567890123456",
        "https://web.facebook.com/watch?v=1234567890123456&ref=sharing, https://www.facebook.com/watch/?v=1234567890123456",
        "https://www.facebook.com/reel/1234567890123456, https://www.facebook.com/reel/1234567890123456",
        "https://fb.watch/abC_12-xy/, https://fb.watch/abC_12-xy/"})
    void facebookLinksAreNormalizedWithTheirEmbeddedPlayer(String pasted, String normal) {
        VideoLinks.Link link = VideoLinks.normalize(pasted);

        assertThat(link.url()).isEqualTo(normal);
        assertThat(link.embedUrl()).startsWith("https://www.facebook.com/plugins/video.php?href=https%3A%2F%2F")
                .endsWith("&show_text=false");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://vimeo.com/123456789",
        "https://www.youtube.com/@hoilhpnvn",
        "https://www.youtube.com/watch?v=short",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://user@youtube.com/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)",
        "ftp://youtu.be/dQw4w9WgXcQ",
        "https://www.facebook.com/hoilhpnvn",
        "https://www.facebook.com/hoilhpnvn/photos/1234567890123456/",
        "https://www.facebook.com/watch/?v=abc",
        "không phải liên kết",
        " "})
    void otherLinksAreRefused(String pasted) {
        refusal(() -> VideoLinks.normalize(pasted)).isEqualTo(REFUSED);
    }
}
