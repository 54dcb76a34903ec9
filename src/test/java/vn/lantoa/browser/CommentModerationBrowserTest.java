package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphComments;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.channels.moderation.CommentPuller;
import vn.lantoa.channels.moderation.ModerationFixture;
import vn.lantoa.support.IntegrationTest;

/** The review queue as a moderator uses it on a phone: a hostile comment hidden from its row, then found under "Đã ẩn". */
@IntegrationTest
class CommentModerationBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectorSettings settings;
    @Autowired
    Connections connections;
    @Autowired
    TokenCipher cipher;
    @Autowired
    CommentPuller puller;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aModeratorHidesAHostileCommentAndFindsItUnderHiddenAtPhoneWidth() {
        Fakes.install(settings, true);
        ModerationFixture fx = new ModerationFixture(jdbc);
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.province, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        FakeGraphComments fake = FakeGraphComments.shared();
        String post = fake.post(pageId);
        String hostile = fake.comment(post, "901", "Tài khoản ảo", "Hội toàn lừa đảo, đừng tin!", Instant.now().minusSeconds(300));
        String thanks = fake.comment(post, "902", "Nguyễn Thị Hoa", "Cảm ơn Hội đã hỗ trợ chị em", Instant.now().minusSeconds(200));
        puller.pull(channel);
        long id = jdbc.sql("select id from channel_comment where external_id = :e").param("e", hostile).query(Long.class).single();
        String moderator = fx.account("MODERATOR", fx.province);

        browser.reset(port).phone().login(moderator);
        browser.open("/channels/comments?don-vi=" + fx.province.id());
        WebElement row = browser.driver().findElement(By.id("comment-" + id));
        assertThat(row.getText()).contains("Tài khoản ảo", "Hội toàn lừa đảo, đừng tin!", "Xem bài đăng trên Facebook");
        browser.assertNoHorizontalScroll();
        browser.scrollTo(row);
        row.findElement(By.xpath(".//button[normalize-space()='Ẩn']")).click();

        browser.waitUntil(d -> d.findElement(By.id("comment-" + id)).getText().contains("Đã ẩn bình luận trên Facebook."));
        WebElement updated = browser.driver().findElement(By.id("comment-" + id));
        assertThat(updated.getText()).contains("Đã ẩn", "Đã xử lý", "Bỏ ẩn");
        assertThat(fake.get(hostile).hidden()).isTrue();
        browser.screenshot("comment-moderation-360");

        // removed on Facebook meanwhile: Facebook's refusal is told on the row, which stays as it was
        fake.removeOnFacebook(thanks);
        long thanksId = jdbc.sql("select id from channel_comment where external_id = :e").param("e", thanks).query(Long.class).single();
        WebElement other = browser.driver().findElement(By.id("comment-" + thanksId));
        browser.scrollTo(other);
        other.findElement(By.xpath(".//button[normalize-space()='Ẩn']")).click();
        browser.waitUntil(d -> d.findElement(By.id("comment-" + thanksId)).getText().contains("không còn tồn tại"));
        assertThat(browser.text(By.id("comment-" + thanksId))).contains("Bình luận giữ nguyên ở đây.", "Ẩn");
        assertThat(browser.text(By.cssSelector("#comment-" + thanksId + " .comment-badges"))).doesNotContain("Đã ẩn", "Đã xử lý");
        browser.assertNoHorizontalScroll();

        browser.scrollToTop();
        browser.driver().findElement(By.id("view-da-an")).click();
        browser.waitUntil(d -> path().contains("o=da-an"));
        assertThat(browser.text(By.id("comment-list"))).contains("Hội toàn lừa đảo, đừng tin!").doesNotContain("Cảm ơn Hội đã hỗ trợ chị em");
        assertThat(browser.text(By.id("view-da-an"))).contains("1");
        browser.assertNoHorizontalScroll();
        browser.assertNoSeriousAccessibilityProblems();
    }

    private static String path() {
        return browser.path();
    }
}
