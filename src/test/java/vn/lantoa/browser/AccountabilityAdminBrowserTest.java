package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.IntegrationTest;

/**
 * The province's accountability pages outside the daily dashboard — exports, quota rules, the
 * monthly report form and the official document settings — as its admin sees them on an office
 * screen and on a 360-px phone: the content is there, nothing scrolls sideways, axe-core finds no
 * serious or critical problem.
 */
@IntegrationTest
class AccountabilityAdminBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

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
    void theProvinceAdminsPagesReadOnADesktopAndAPhone() {
        record Page(String path, String name, String expected) {
        }
        List<Page> pages = List.of(
                new Page("/accountability/exports?period=2026-Q3", "exports", "Xếp hạng thi đua của các cơ sở thuộc Hội LHPN tỉnh Thanh Hóa"),
                new Page("/admin/accountability/rules", "quota-rules", "Mỗi cơ sở gửi ít nhất 2 tin, bài mỗi quý, có ảnh hoặc video"),
                new Page("/admin/accountability/report-form", "report-form", "Số báo cáo viên, tuyên truyền viên hiện có"),
                new Page("/admin/accountability/documents", "document-settings", "HỘI LHPN TỈNH THANH HÓA"));
        browser.reset(port).login("quantri");
        for (Page page : pages) {
            browser.desktop().open(page.path());
            assertThat(browser.text()).as(page.path()).contains(page.expected());
            browser.assertNoHorizontalScroll();
            browser.screenshot(page.name() + "-1366");
            browser.assertNoSeriousAccessibilityProblems();
            browser.phone().open(page.path());
            assertThat(browser.text()).as(page.path()).contains(page.expected());
            browser.assertNoHorizontalScroll();
            browser.screenshot(page.name() + "-360");
            browser.assertNoSeriousAccessibilityProblems();
        }
    }
}
