package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.emulation.EmulationData;
import vn.lantoa.accountability.reports.ReportForms;
import vn.lantoa.support.IntegrationTest;

/**
 * The emulation ranking of a province as its admin sees it on an office screen and on a 360-px
 * phone: ranked rows, a breakdown opened, sorting by a criterion, no sideways scroll, and axe-core
 * without serious or critical problems; the criteria page likewise.
 */
@IntegrationTest
class EmulationBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportForms forms;

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
    void theProvinceAdminReadsTheRankingAndABreakdownOnADesktopAndAPhone() {
        EmulationData data = EmulationData.create(jdbc, forms);
        String admin = new Accounts(jdbc).holding("ADMIN", data.province());
        String page = "/accountability/emulation?nam=" + EmulationData.YEAR;

        browser.reset(port).login(admin).desktop().open(page);
        assertThat(browser.text()).contains("Thi đua năm 2025", "Chính thức", data.best().name(), data.middle().name(), data.idle().name());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#emulation-ranking tr.emulation-row"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getDomAttribute("id")).isEqualTo("unit-" + data.best().id());
        assertThat(rows.get(1).findElement(By.cssSelector(".emulation-score")).getText()).isEqualTo("25,0");
        WebElement details = browser.driver().findElements(By.cssSelector("#emulation-ranking tr.emulation-detail")).get(1);
        details.findElement(By.tagName("summary")).click();
        WebElement breakdown = details.findElement(By.cssSelector(".emulation-breakdown"));
        assertThat(breakdown.isDisplayed()).isTrue();
        assertThat(breakdown.getText()).contains("Đạt 2/4 kỳ (1 định mức)", "0/1 sự kiện đúng hạn", "0/12 báo cáo đúng hạn", "6/12 buổi",
                "Chưa có số người theo dõi của kênh nào ở đầu và cuối kỳ", "không tính");
        browser.assertNoHorizontalScroll();
        browser.screenshot("emulation-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.link("Đưa tin sự kiện lớn đúng hạn").click();
        browser.waitUntil(d -> browser.driver().getCurrentUrl().contains("sap-xep=TIMELINESS"));
        List<WebElement> sorted = browser.driver().findElements(By.cssSelector("#emulation-ranking tr.emulation-row"));
        assertThat(sorted.get(2).getDomAttribute("id")).as("no major event: last when sorted by it").isEqualTo("unit-" + data.idle().id());

        browser.phone().open(page);
        WebElement summary = browser.driver().findElements(By.cssSelector("#emulation-ranking tr.emulation-detail summary")).get(1);
        browser.scrollTo(summary);
        summary.click();
        browser.assertNoHorizontalScroll();
        browser.scrollTo(browser.driver().findElement(By.id("emulation-ranking")));
        browser.screenshot("emulation-360");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/admin/accountability/emulation");
        assertThat(browser.text()).contains("Tiêu chí thi đua của " + data.province().name(), "Định mức tin bài");
        browser.assertNoHorizontalScroll();
        browser.screenshot("emulation-criteria-360");
        browser.assertNoSeriousAccessibilityProblems();
    }
}
