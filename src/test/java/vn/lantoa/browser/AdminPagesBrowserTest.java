package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

/** The pages an admin works in, on an office screen and on a 360-px phone. */
@IntegrationTest
class AdminPagesBrowserTest {

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
    void loggedInAsProvinceAdmin() {
        browser.reset(port).login("quantri");
    }

    private long idOf(String code) {
        return ApiClient.as(port, "quantri").get("/api/v1/units?q=" + code).json().get(0).get("id").asLong();
    }

    @Test
    void aCommunesPageShowsItsFiguresBranchesAndActions() {
        browser.open("/admin/units/" + idOf("TH-020"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hội LHPN xã Hoằng Hóa");
        assertThat(browser.text()).contains("Số hội viên", "Cơ cấu bên dưới", "Chi hội", "Thêm đơn vị trực thuộc",
                "Chuyển đơn vị", "Xuất Excel", "Ngừng hoạt động");
        browser.screenshot("unit-1366");
        browser.phone().assertNoHorizontalScroll();
        browser.screenshot("unit-360");
        browser.desktop();
    }

    @Test
    void theProvincePageListsItsDepartments() {
        browser.open("/admin/units/" + idOf("TH"));
        assertThat(browser.text()).contains("Ban Tuyên giáo", "Ban Gia đình – Xã hội", "Ban Chính sách – Luật pháp",
                "Ban Xây dựng tổ chức Hội – Văn phòng");
        browser.phone().assertNoHorizontalScroll();
        browser.screenshot("province-360");
        browser.desktop();
    }

    @Test
    void accountsAuditAndProfileFitAPhone() {
        browser.open("/admin/accounts");
        assertThat(browser.text()).contains("Lê Thị Hằng", "canbo.hacthanh");
        browser.phone().assertNoHorizontalScroll();
        browser.screenshot("accounts-360");
        browser.link("Lê Thị Hằng").click();
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Lê Thị Hằng"));
        assertThat(browser.text()).contains("Vai trò được cấp", "Cán bộ đơn vị", "Cấp vai trò");
        browser.assertNoHorizontalScroll();
        browser.screenshot("account-360");
        browser.open("/admin/audit");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nhật ký thao tác");
        browser.assertNoHorizontalScroll();
        browser.screenshot("audit-360");
        browser.open("/profile");
        assertThat(browser.text()).contains("Đổi mật khẩu", "Mã truy cập cá nhân (API)");
        browser.assertNoHorizontalScroll();
        browser.screenshot("profile-360");
        browser.desktop();
    }

    @Test
    void anAdminGrantsARoleByTypingTheUnitWithoutDiacritics() {
        browser.open("/admin/accounts?q=canbo.hoanghoa");
        browser.link("Nguyễn Thị Xuân").click();
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Nguyễn Thị Xuân"));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("role"))).selectByVisibleText("Kiểm duyệt viên");
        browser.driver().findElement(By.id("unitId-search")).sendKeys("xa hoang hoa");
        browser.waitUntil(d -> d.findElement(By.id("unitId")).getText().contains("Hội LHPN xã Hoằng Hóa"));
        browser.button("Cấp vai trò").click();
        browser.waitForText("Đã cấp vai trò.");
        assertThat(browser.text()).contains("Kiểm duyệt viên — Hội LHPN xã Hoằng Hóa");

        browser.driver().findElements(By.xpath("//li[contains(., 'Kiểm duyệt viên')]//button[normalize-space()='Thu hồi']")).get(0).click();
        browser.driver().switchTo().alert().accept();
        browser.waitForText("Đã thu hồi vai trò.");
        assertThat(browser.text()).doesNotContain("Kiểm duyệt viên — Hội LHPN xã Hoằng Hóa");
    }
}
