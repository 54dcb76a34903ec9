package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;

/** Old addresses on a phone: a file with a bad line, then the fixed file applied; the 404 page; the view counter. */
@IntegrationTest
class LegacyUrlsBrowserTest {

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

    @BeforeEach
    void reset() {
        browser.reset(port);
    }

    @Test
    void anAdminSeesTheBadLineOnAPhoneThenAppliesTheFixedFile() throws IOException {
        String title = Stories.uniqueTitle("Hội viên làm kinh tế giỏi");
        long story = new Stories(port, jdbc).storyIn("PUBLISHED", title);
        String r = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        browser.login("quantri").phone();

        browser.openMenu();
        WebElement entry = browser.link("Địa chỉ cũ của trang tin");
        browser.link("Quản trị").click();
        browser.waitUntil(d -> entry.isDisplayed());
        entry.click();
        browser.waitUntil(d -> browser.path().startsWith("/admin/portal/legacy-urls"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("legacy-urls-360");

        upload(csv("dia-chi-cu-loi.csv", "\uFEFFold_url,story_id\n"
                + "https://hoiphunu-cu.vn/tin-tuc/kinh-te-gioi-" + r + ".html," + story + "\n"
                + "/tin-tuc/bai-da-xoa-" + r + ".html,987654321\n"));
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Xem trước tệp địa chỉ cũ"));
        assertThat(browser.text()).contains("Có 1 dòng lỗi.", "không có địa chỉ nào được thêm cho đến khi tệp hết lỗi");
        WebElement bad = browser.driver().findElement(By.xpath("//table[contains(@class,'legacy-errors')]/tbody/tr[td[1][normalize-space()='3']]"));
        assertThat(bad.findElement(By.xpath("./td[2]")).getText()).isEqualTo("/tin-tuc/bai-da-xoa-" + r + ".html");
        assertThat(bad.findElement(By.xpath("./td[3]")).getText()).isEqualTo("Tin bài 987654321 không tồn tại hoặc chưa được đăng.");
        assertThat(browser.buttons("Áp dụng tất cả")).as("a file with errors cannot be applied").isEmpty();
        browser.assertNoHorizontalScroll();
        browser.scrollTo(bad);
        browser.screenshot("legacy-preview-error-360");

        browser.link("Tải tệp khác").click();
        browser.waitUntil(d -> browser.path().startsWith("/admin/portal/legacy-urls?"));
        upload(csv("dia-chi-cu.csv", "\uFEFFold_url,story_id\n"
                + "https://hoiphunu-cu.vn/tin-tuc/kinh-te-gioi-" + r + ".html," + story + "\n"
                + "/index.php?option=com_content&view=article&id=" + Math.abs(r.hashCode()) + "," + story + "\n"));
        browser.waitUntil(d -> browser.text().contains("2 địa chỉ mới"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("legacy-preview-good-360");
        browser.button("Áp dụng tất cả").click();
        Alert confirm = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isEqualTo("Thêm 2 địa chỉ cũ? Tất cả được ghi cùng lúc.");
        confirm.accept();
        browser.waitForText("Đã thêm 2 địa chỉ cũ");
        assertThat(browser.text()).contains("/tin-tuc/kinh-te-gioi-" + r + ".html", title);
        browser.assertNoHorizontalScroll();
        browser.screenshot("legacy-applied-360");

        // a reader following the old link lands on the story's new address
        browser.open("/tin-tuc/kinh-te-gioi-" + r + ".html");
        browser.waitUntil(d -> browser.path().startsWith("/tin/"));
        assertThat(browser.path()).isEqualTo(PortalLinks.story(story, title));
    }

    @Test
    void theHelpfulNotFoundPageOffersASearchFilledWithTheOldAddressesWords() {
        browser.phone().open("/tin-tuc/phu-nu-khoi-nghiep.html");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Không tìm thấy trang");
        WebElement search = browser.driver().findElement(By.id("not-found-q"));
        assertThat(search.getDomProperty("value")).isEqualTo("phu nu khoi nghiep");
        assertThat(browser.link("Về trang chủ").isDisplayed()).isTrue();
        browser.assertNoHorizontalScroll();
        browser.screenshot("not-found-360");
        browser.desktop();
        browser.screenshot("not-found-1366");

        // the staff application keeps its own error page
        browser.login("quantri").open("/admin/khong-co-trang-nay");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Không tìm thấy trang");
        assertThat(browser.driver().findElements(By.id("not-found-q"))).isEmpty();
        assertThat(browser.link("Về trang chủ").getDomAttribute("href")).isEqualTo("/admin");
    }

    @Test
    void theCounterScriptCountsTheReaderAndShowsTheFreshTotal() {
        String title = Stories.uniqueTitle("Đếm bằng trình duyệt");
        long story = new Stories(port, jdbc).storyIn("PUBLISHED", title);
        browser.open("/doc-nhieu");
        browser.screenshot("most-read-1366");
        // Headless Chrome is not counted (a robot, by its agent); this one says it is an ordinary Chrome.
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 " + story));
        try {
            // what the story page includes: portal/views :: count(id, total) and :: beacon(id)
            browser.script("""
                    const count = document.createElement('span');
                    count.setAttribute('data-view-count', arguments[0]);
                    count.textContent = '0';
                    document.querySelector('main').prepend(count);
                    const script = document.createElement('script');
                    script.src = '/js/portal-views.js';
                    script.setAttribute('data-view-story', arguments[0]);
                    document.body.append(script);
                    """, String.valueOf(story));
            browser.waitUntil(d -> "1".equals(browser.text(By.cssSelector("[data-view-count]"))));
            assertThat(jdbc.sql("select coalesce(sum(views), 0) from portal_view_day where story_id = :id").param("id", story)
                    .query(Long.class).single()).isEqualTo(1);

            browser.phone().open("/doc-nhieu?ky=ngay");
            assertThat(browser.text()).contains(title, "1 lượt xem hôm nay");
            browser.assertNoHorizontalScroll();
            browser.screenshot("most-read-360");
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", ""));
        }
    }

    private void upload(Path csv) {
        browser.field("Chọn tệp CSV (tối đa 5 MB)").sendKeys(csv.toAbsolutePath().toString());
        browser.button("Xem trước").click();
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
