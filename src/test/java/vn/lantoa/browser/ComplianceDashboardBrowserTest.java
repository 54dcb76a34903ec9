package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.support.IntegrationTest;

/** The compliance dashboard as the province's leaders and a commune's officer use it, on an office screen and a phone. */
@IntegrationTest
class ComplianceDashboardBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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
    void theProvinceDrillsDownFromItsCommunesToTheStoriesCounted() {
        long hacThanh = jdbc.sql("select id from unit where code = 'TH-001'").query(Long.class).single();
        ReportingPeriod previous = ReportingPeriod.containing(vn.lantoa.accountability.period.PeriodKind.QUARTER,
                LocalDate.now(ReportingPeriod.ZONE)).previous();
        String label = "Quý " + new String[] {"I", "II", "III", "IV"}[previous.quarterNumber() - 1] + "/" + previous.year();

        browser.reset(port).login("thuongtruc");
        browser.open("/accountability");
        assertThat(browser.text()).contains("Định mức tin bài: Hội LHPN tỉnh Thanh Hóa", "Mỗi cơ sở gửi ít nhất 2 tin, bài mỗi quý");
        new Select(browser.field("Kỳ")).selectByVisibleText(label);
        browser.waitUntil(d -> browser.path().contains("ky=" + previous.code()));
        assertThat(browser.text()).contains("Các định mức, " + label);
        assertThat(browser.driver().findElements(By.cssSelector(".heat-tile"))).hasSizeGreaterThan(100);
        browser.screenshot("compliance-province-1366");
        browser.assertNoSeriousAccessibilityProblems();

        org.openqa.selenium.WebElement tile = browser.driver().findElement(By.cssSelector("a.heat-tile[href*='don-vi=" + hacThanh + "&']"));
        browser.scrollTo(tile);
        browser.script("arguments[0].click()", tile);
        browser.waitUntil(d -> browser.path().contains("don-vi=" + hacThanh));
        assertThat(browser.text()).contains("Định mức tin bài: Hội LHPN phường Hạc Thành", label);
        browser.screenshot("compliance-commune-1366");

        browser.script("arguments[0].click()", browser.driver().findElement(By.cssSelector(".ranking-row a")));
        browser.waitUntil(d -> browser.path().startsWith("/accountability/units/" + hacThanh));
        assertThat(browser.text()).contains("Tin, bài của Hội LHPN phường Hạc Thành", "Tin, bài trong " + label);
        assertThat(browser.driver().findElements(By.cssSelector(".counted-story"))).isNotEmpty();
        browser.screenshot("compliance-unit-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.phone().open("/accountability?ky=" + previous.code());
        browser.assertNoHorizontalScroll();
        browser.screenshot("compliance-province-360");
        browser.assertNoSeriousAccessibilityProblems();
        browser.scrollTo(browser.driver().findElement(By.id("ranking-heading")));
        browser.screenshot("compliance-ranking-360");
        browser.open("/accountability/units/" + hacThanh + "?ky=" + previous.code());
        browser.assertNoHorizontalScroll();
        browser.screenshot("compliance-unit-360");
        browser.assertNoSeriousAccessibilityProblems();
    }

    @Test
    void theRankingFiltersWithoutLeavingThePage() {
        browser.reset(port).login("bientap");
        browser.open("/accountability");
        browser.scrollTo(browser.field("Tên đơn vị chứa"));
        browser.field("Tên đơn vị chứa").sendKeys("hac thanh");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".ranking-row")).size() == 1);
        assertThat(browser.text(By.id("ranking-rows"))).contains("Hạc Thành");
        browser.waitUntil(d -> browser.path().contains("ten=hac"));
    }

    @Test
    void anOfficerSeesWhatRemainsThisPeriod() {
        String name = "Định mức trình duyệt " + System.nanoTime();
        long rule = jdbc.sql("""
                insert into quota_rule (owner_unit_id, name, target_level, measure, media_required, min_count, period, counted_by, valid_from)
                values ((select id from unit where code = 'TH'), :name, 'COMMUNE', 'ACCEPTED', 'PHOTO_OR_VIDEO', 400, 'YEAR', 'SUBMISSION_DATE',
                        date '2020-01-01') returning id""").param("name", name).query(Long.class).single();
        try {
            browser.reset(port).phone().login("canbo.hacthanh");
            browser.open("/accountability");
            assertThat(browser.text()).contains("Tình hình của Hội LHPN phường Hạc Thành kỳ này", name, "ngày đến hết kỳ");
            assertThat(browser.text()).containsPattern("Còn thiếu \\d+ tin, bài có ảnh hoặc video được duyệt");
            browser.assertNoHorizontalScroll();
            browser.screenshot("compliance-officer-360");
            browser.assertNoSeriousAccessibilityProblems();
        } finally {
            jdbc.sql("update quota_rule set active = false where id = :id").param("id", rule).update();
        }
    }
}
