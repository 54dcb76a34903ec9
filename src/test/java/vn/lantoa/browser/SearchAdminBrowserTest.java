package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.search.SearchDocument;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.support.IntegrationTest;

/**
 * /admin/search in Chromium: the rebuild button, its progress polled by htmx until it is done (under
 * the app's Content-Security-Policy), and the search box with marked, escaped results, at 1366 and
 * 360 px.
 */
@IntegrationTest
class SearchAdminBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SiteSearch search;

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
    void aRootAdministratorRebuildsTheIndexAndTriesASearch() {
        String key = "test:" + UUID.randomUUID();
        search.index(new SearchDocument(key, "Phụ nữ khởi nghiệp <b>bản</b> Khuyn", "Mô hình nuôi ong của chị em vùng cao.",
                "Chị em bản Khuyn học cách bán mật ong trực tuyến.", "/tin/" + key, null, "Sinh kế – giảm nghèo", null,
                "Hội LHPN xã Mường Lát", "/1/2/", Instant.now(), null));
        browser.reset(port).login("quantri.tw").open("/admin/search");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tìm kiếm");
        assertThat(browser.text()).contains("Tài liệu trong chỉ mục", "Tài liệu đã lưu");

        browser.button("Lập lại chỉ mục").click();
        browser.waitForText("Đã lập lại chỉ mục");
        assertThat(browser.text()).doesNotContain("Đang lập lại chỉ mục");

        browser.field("Từ khóa tìm kiếm").sendKeys("phu nu khoi nghiep khuyn\n");
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".search-hits li")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".search-hits mark")).stream().map(e -> e.getText()))
                .contains("Phụ", "nữ", "khởi", "nghiệp", "Khuyn");
        assertThat(browser.text(By.cssSelector(".search-hits a"))).isEqualTo("Phụ nữ khởi nghiệp <b>bản</b> Khuyn");
        assertThat(browser.driver().findElements(By.cssSelector(".search-hits b"))).as("markup stays text").isEmpty();
        browser.screenshot("search-admin-1366");
        browser.resize(Browser.PHONE);
        browser.screenshot("search-admin-360");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(Browser.PHONE.getWidth());
    }
}
