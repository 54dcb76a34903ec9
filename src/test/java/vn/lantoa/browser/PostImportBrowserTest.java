package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.posts.BusinessSuiteCsv;
import vn.lantoa.channels.posts.PostFixture;
import vn.lantoa.channels.posts.importing.PublishTimes;
import vn.lantoa.support.IntegrationTest;

/** An editor imports a fanpage's Business Suite export: the preview explains the bad row, the posts and best posts follow. */
@IntegrationTest
class PostImportBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

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
    void anEditorPreviewsConfirmsAndSeesThePostsAndBestPosts() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        PostFixture fixture = new PostFixture(jdbc);
        PostFixture.Unit commune = fixture.child(fixture.byCode("TH"), "COMMUNE", "Xã Trình Duyệt " + suffix);
        String pageName = "Hội LHPN xã Trình Duyệt " + suffix;
        String pageId = "62" + Math.abs(suffix.hashCode());
        long page = fixture.page(commune, pageName, pageId);
        DateTimeFormatter business = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");
        LocalDate today = LocalDate.now(PublishTimes.VIETNAM);
        byte[] export = BusinessSuiteCsv.english()
                .post(pageId + "_1", pageId, pageName, "Ngày hội \"Phụ nữ khởi nghiệp\", lần 3\ntại nhà văn hóa thôn",
                        business.format(today.minusDays(5).atTime(8, 15)), "https://www.facebook.com/" + pageId + "/posts/1", 1800, 1500, 120,
                        30, 14, 60)
                .post(pageId + "_2", pageId, pageName, "Tập huấn kỹ năng số cho hội viên", business.format(today.minusDays(3).atTime(19, 30)),
                        "https://www.facebook.com/" + pageId + "/posts/2", 700, 600, 25, 3, 2, 9)
                .post(pageId + "_3", pageId, pageName, "Bài có số âm", business.format(today.minusDays(2).atTime(10, 0)),
                        "https://www.facebook.com/" + pageId + "/posts/3", 10, -4, 1, 1, 1, 1)
                .bytes();
        Path file = Files.write(files.resolve("bai-viet-" + suffix + ".csv"), export);

        browser.reset(port).login("bientap");
        browser.open("/channels/posts");
        browser.link("Nhập tệp từ Business Suite").click();
        browser.waitUntil(d -> browser.path().equals("/channels/posts/import"));
        new Select(browser.field("Fanpage")).selectByVisibleText(pageName);
        browser.field("Bài viết (mỗi dòng một bài)").click();
        browser.field("Tệp CSV").sendKeys(file.toAbsolutePath().toString());
        browser.button("Tải lên và xem trước").click();

        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Xem trước tệp nhập"));
        assertThat(browser.text(By.id("preview-counts"))).contains("2 bài mới", "0 bài có số liệu thay đổi", "1 dòng lỗi (không được nhập)");
        WebElement bad = browser.driver().findElement(By.xpath("//table[@id='bad-rows']/tbody/tr[td[1][normalize-space()='5']]"));
        assertThat(bad.findElement(By.xpath("./td[2]")).getText()).isEqualTo("Reach");
        assertThat(bad.findElement(By.xpath("./td[3]")).getText()).isEqualTo("Số âm \"-4\": số liệu không thể nhỏ hơn 0.");
        assertThat(browser.driver().findElements(By.cssSelector("#bad-rows tbody tr"))).hasSize(1);
        browser.screenshot("channel-posts-preview-1366");
        browser.assertNoSeriousAccessibilityProblems();
        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-posts-preview-360");
        browser.desktop();

        browser.button("Nhập 2 dòng hợp lệ").click();
        browser.waitForText("Đã nhập: 2 bài mới, 0 bài cập nhật số liệu.");
        browser.link("Xem bài đăng của fanpage").click();
        browser.waitUntil(d -> browser.path().equals("/channels/posts/channel/" + page));
        assertThat(browser.text(By.id("channel-posts"))).contains("Ngày hội \"Phụ nữ khởi nghiệp\", lần 3", "Tập huấn kỹ năng số cho hội viên",
                "1.800").doesNotContain("Bài có số âm");
        assertThat(browser.text(By.id("channel-summary"))).startsWith("2 bài đăng trong kỳ, 194 lượt tương tác");
        browser.screenshot("channel-posts-channel-1366");

        browser.open("/channels/posts?don-vi=" + commune.id());
        WebElement best = browser.driver().findElement(By.id("best-posts"));
        var rows = best.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Ngày hội", "164");
        assertThat(rows.get(1).getText()).contains("Tập huấn kỹ năng số", "30");
        assertThat(browser.text(By.id("total-engagement"))).isEqualTo("194");
        browser.screenshot("channel-posts-overview-1366");
        browser.assertNoSeriousAccessibilityProblems();
        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-posts-overview-360");
        browser.assertNoSeriousAccessibilityProblems();
        browser.desktop();
    }
}
