package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** A commune's officer records the group's members on a phone; the province's editor sees the chart and drills into the channel. */
@IntegrationTest
class AudienceBrowserTest {

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
    void anOfficerEntersTodaysMembersAndTheProvinceSeesThem() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String name = "Nhóm Phụ nữ Hạc Thành " + System.nanoTime() % 100_000;
        long group = jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, launched_on)
                values ((select id from unit where code = 'TH-001'), 'FACEBOOK_GROUP', :name, :url, :key, :launched) returning id""")
                .param("name", name).param("url", "https://www.facebook.com/groups/browser-" + System.nanoTime())
                .param("key", "facebook.com/groups/browser-" + System.nanoTime()).param("launched", today.minusMonths(8))
                .query(Long.class).single();
        jdbc.sql("insert into channel_audience (channel_id, day, audience, non_members, women_percent, source) values (?, ?, 299, 20, 90, 'MANUAL')")
                .params(group, today.minusMonths(7)).update();
        jdbc.sql("insert into channel_audience (channel_id, day, audience, source) values (?, ?, 1480, 'MANUAL')")
                .params(group, today.minusDays(7)).update();

        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/channels/audience/nhap");
        assertThat(browser.text()).contains("Số liệu kênh của Hội LHPN phường Hạc Thành", name, "Lần trước: 1.480");
        browser.assertNoHorizontalScroll();
        browser.screenshot("audience-officer-entry-360");
        browser.assertNoSeriousAccessibilityProblems();
        WebElement members = browser.driver().findElement(By.id("a" + group));
        browser.scrollTo(members);
        members.sendKeys("1.514");
        browser.driver().findElement(By.id("n" + group)).sendKeys("170");
        browser.driver().findElement(By.id("w" + group)).sendKeys("92");
        WebElement save = browser.button("Ghi tất cả");
        browser.scrollTo(save);
        browser.script("arguments[0].click()", save);
        browser.waitForText("Đã ghi số liệu của 1 kênh.");
        assertThat(jdbc.sql("select audience from channel_audience where channel_id = ? and day = ?").params(group, today)
                .query(Integer.class).single()).isEqualTo(1514);
        browser.assertNoHorizontalScroll();
        browser.screenshot("audience-officer-saved-360");

        browser.open("/channels/audience/" + group);
        assertThat(browser.text()).contains("299 → 1.514 thành viên trong 6 tháng (+406 %)", "170 người không phải hội viên", "92 % là nữ");
        browser.assertNoHorizontalScroll();
        browser.screenshot("audience-channel-360");
        browser.assertNoSeriousAccessibilityProblems();

        browser.reset(port).desktop().login("bientap");
        browser.open("/channels/audience");
        assertThat(browser.text()).contains("Lượng theo dõi các kênh: Hội LHPN tỉnh Thanh Hóa", "Tăng trưởng", "Theo đơn vị", "Hội LHPN phường Hạc Thành");
        assertThat(browser.driver().findElements(By.cssSelector("svg.growth-chart polyline"))).isNotEmpty();
        browser.screenshot("audience-province-1366");
        browser.assertNoSeriousAccessibilityProblems();
        WebElement link = browser.driver().findElement(By.cssSelector(".channels-table a[href^='/channels/audience/" + group + "?']"));
        browser.scrollTo(link);
        browser.script("arguments[0].click()", link);
        browser.waitUntil(d -> browser.path().startsWith("/channels/audience/" + group));
        assertThat(browser.text()).contains("Lượng theo dõi: " + name, "1.514", "Nhập tay");
        assertThat(browser.driver().findElements(By.cssSelector("svg.growth-chart circle"))).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("audience-channel-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.phone().open("/channels/audience");
        browser.assertNoHorizontalScroll();
        browser.screenshot("audience-province-360");
    }
}
