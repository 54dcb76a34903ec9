package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

/** What an officer of one commune sees when she opens pages outside her scope. */
@IntegrationTest
class PermissionBrowserTest {

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

    @BeforeEach
    void loggedInAsOfficerOfHacThanh() {
        browser.reset(port).login("canbo.hacthanh");
    }

    @Test
    void anotherCommunesPageIsNotShown() {
        long hoangHoa = idOf("TH-020");

        browser.open("/admin/units/" + hoangHoa);

        assertThat(browser.text(By.tagName("h1"))).isIn("Không tìm thấy trang", "Không có quyền");
        assertThat(browser.text(By.cssSelector("main .lead")))
                .isIn("Không tìm thấy đơn vị, hoặc đơn vị nằm ngoài phạm vi của bạn.", "Không có quyền");
        assertThat(browser.text()).doesNotContain("Hội LHPN xã Hoằng Hóa", "Exception", "Whitelabel");
        assertThat(browser.link("Về trang chủ").isDisplayed()).isTrue();
        browser.screenshot("denied-unit-1366");

        // her own commune opens
        browser.link("Về trang chủ").click();
        browser.waitUntil(d -> browser.path().equals("/admin"));
        browser.open("/admin/units/" + idOf("TH-001"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hội LHPN phường Hạc Thành");
    }

    @Test
    void accountsPageIsForAdminsOnly() {
        assertThat(browser.driver().findElements(By.xpath("//nav//a[normalize-space()='Tài khoản']")))
                .as("no accounts entry in her menu").isEmpty();

        browser.open("/admin/accounts");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Không có quyền");
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("Chỉ quản trị viên mới quản lý tài khoản.");
        assertThat(browser.driver().getTitle()).startsWith("Đã có lỗi");
        browser.screenshot("denied-accounts-1366");

        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("denied-accounts-360");
    }

    /** A refusal page is still a page of her session: her name, her menu and "Đăng xuất". */
    @Test
    void refusalPageKeepsHerMenuAndLogout() {
        browser.open("/admin/accounts");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Không có quyền");
        assertThat(browser.text(By.cssSelector("header nav"))).contains("Lê Thị Hằng", "Trang chủ", "Tin bài", "Quản trị");
        assertThat(browser.buttons("Đăng xuất")).hasSize(1);
    }

    private long idOf(String code) {
        JsonNode hits = ApiClient.as(port, "quantri").get("/api/v1/units?q=" + code).json();
        for (JsonNode hit : hits) {
            if (hit.get("code").asString().equals(code)) {
                return hit.get("id").asLong();
            }
        }
        throw new AssertionError("no unit with code " + code + ": " + hits);
    }
}
