package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.support.IntegrationTest;

/**
 * A commune officer on a 360-px phone writes her monthly report, mistypes a negative number, fixes
 * it and sends it; the province's standing committee finds it in the roll-up and returns it with a
 * comment; the officer reads the comment.
 */
@IntegrationTest
class MonthlyReportBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory org;

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
    void anOfficerSubmitsHerReportAndTheProvinceReturnsItWithAComment() {
        // a month a year back, which neither the demo data nor other tests use
        YearMonth month = YearMonth.now(ReportingPeriod.ZONE).minusMonths(12);
        long hacThanh = org.unitByCode("TH-001").orElseThrow().id();

        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/accountability/reports");
        new Select(browser.driver().findElement(By.id("month-" + hacThanh))).selectByValue(month.toString());
        click(browser.button("Mở"));
        browser.waitUntil(d -> browser.path().endsWith("/accountability/reports/units/" + hacThanh + "/" + month));
        type("f_digital_sessions", "-2");
        type("f_digital_participants", "45");
        type("f_trainings", "1");
        type("f_training_participants", "20");
        type("f_reporters", "6");
        type("f_difficulties", "Nhiều hội viên chưa có điện thoại thông minh");
        click(browser.button("Gửi báo cáo"));
        browser.waitForText("Không được nhập số âm");
        assertThat(browser.driver().findElement(By.id("f_digital_participants")).getDomProperty("value")).isEqualTo("45");
        assertThat(browser.driver().findElement(By.id("f_difficulties")).getDomProperty("value")).isEqualTo("Nhiều hội viên chưa có điện thoại thông minh");
        assertThat(browser.driver().findElement(By.id("f_digital_sessions")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.assertNoHorizontalScroll();
        browser.screenshot("report-error-360");
        browser.assertNoSeriousAccessibilityProblems();

        type("f_digital_sessions", "2");
        click(browser.button("Gửi báo cáo"));
        browser.waitForText("Đã gửi báo cáo lên cấp trên.");
        assertThat(browser.text(By.id("report-status"))).isEqualTo("Đã gửi, chờ xem xét");
        browser.assertNoHorizontalScroll();
        browser.screenshot("report-sent-360");

        // the province's standing committee, at her desk
        browser.reset(port).desktop().login("thuongtruc");
        browser.open("/accountability/reports?period=" + month);
        WebElement row = browser.waitUntil(d -> d.findElement(By.id("unit-TH-001")));
        // sent a year after its due day: received, but late
        assertThat(row.getText()).contains("Nộp muộn", "1/1");
        browser.screenshot("report-rollup-1366");
        click(row.findElement(By.tagName("a")));
        browser.field("Lý do trả lại, nội dung cần sửa").sendKeys("Số người tham gia chưa khớp danh sách, đề nghị kiểm tra lại.");
        click(browser.button("Trả lại"));
        browser.waitForText("Đã trả lại báo cáo cho đơn vị.");
        browser.assertNoSeriousAccessibilityProblems();

        // the officer reads the comment and may correct the report
        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/accountability/reports/units/" + hacThanh + "/" + month);
        assertThat(browser.text(By.id("report-returned"))).contains("Số người tham gia chưa khớp danh sách, đề nghị kiểm tra lại.");
        assertThat(browser.text(By.id("report-status"))).isEqualTo("Bị trả lại");
        assertThat(browser.driver().findElement(By.id("f_digital_participants")).getDomProperty("value")).isEqualTo("45");
        browser.assertNoHorizontalScroll();
        browser.screenshot("report-returned-360");
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", field);
        field.clear();
        field.sendKeys(text);
    }

    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
