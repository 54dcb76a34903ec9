package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;

/**
 * The province's editor registers a fanpage for a commune that had none: she finds the commune by
 * typing part of its name, pastes the page's address, sees the channel in the registry, and the
 * commune leaves coverage's "no fanpage" list. On an office screen and a 360-px phone, nothing
 * scrolls sideways and axe-core finds no serious or critical problem.
 */
@IntegrationTest
class ChannelRegistryBrowserTest {

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

    private static void save() {
        WebElement save = browser.button("Lưu");
        browser.scrollTo(save);
        save.click();
    }

    @Test
    void anEditorRegistersACommunesFanpageAndCoverageShowsIt() {
        Fixture fixture = new Fixture(jdbc);
        UnitRef th = fixture.unit(jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single());
        UnitRef commune = fixture.child(th, UnitLevel.COMMUNE);
        String slug = commune.code().toLowerCase().replaceAll("[^a-z0-9]", "");

        browser.reset(port).login("bientap");
        browser.desktop().open("/channels/coverage");
        assertThat(browser.text()).contains("Độ phủ kênh", "chưa có Fanpage");
        assertThat(browser.driver().findElements(By.id("gap-" + commune.id()))).as("the new commune has no fanpage yet").hasSize(1);
        browser.assertNoHorizontalScroll();
        browser.screenshot("channels-coverage-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/channels/new");
        browser.field("Tìm đơn vị").sendKeys(commune.code());
        browser.waitUntil(d -> new Select(d.findElement(By.id("unitId"))).getFirstSelectedOption().getText()
                .equals(commune.name() + " (" + commune.code() + ")"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("#admin-accounts input[type=checkbox]")).size() > 0);
        new Select(browser.field("Loại kênh")).selectByVisibleText("Fanpage Facebook");
        browser.field("Tên kênh").sendKeys("Hội LHPN " + commune.name());
        WebElement url = browser.field("Địa chỉ (URL)");
        url.sendKeys("https://www.facebook.com/hoilhpn." + slug + "/posts/123");
        browser.field("Ngày lập").sendKeys("01052024");
        browser.field("Người quản trị không có tài khoản").sendKeys("Lê Thị Thử (0912 000 222)");
        browser.assertNoHorizontalScroll();
        browser.screenshot("channels-form-1366");
        browser.assertNoSeriousAccessibilityProblems();
        save();
        browser.waitForText("Địa chỉ này là một bài viết, không phải một Fanpage.");
        browser.screenshot("channels-form-refused-1366");
        browser.assertNoSeriousAccessibilityProblems();
        url = browser.field("Địa chỉ (URL)");
        url.clear();
        url.sendKeys("https://www.facebook.com/hoilhpn." + slug);
        save();
        browser.waitForText("Đã đăng ký kênh.");
        assertThat(browser.text()).contains("Lê Thị Thử", commune.name());
        browser.screenshot("channels-detail-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/channels");
        browser.field("Tên kênh").sendKeys("Hội LHPN " + commune.name());
        browser.waitUntil(d -> d.findElements(By.cssSelector("#channel-results tbody tr")).size() == 1);
        assertThat(browser.text(By.id("channel-results"))).contains("Hội LHPN " + commune.name(), "Fanpage Facebook");
        WebElement link = browser.driver().findElement(By.cssSelector("#channel-results .channel-name a[target=_blank]"));
        assertThat(link.getDomAttribute("rel")).isEqualTo("noopener");
        assertThat(link.getDomAttribute("href")).isEqualTo("https://www.facebook.com/hoilhpn." + slug);
        browser.assertNoHorizontalScroll();
        browser.screenshot("channels-registry-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/channels/coverage");
        assertThat(browser.driver().findElements(By.id("gap-" + commune.id()))).as("registered: no longer without a fanpage").isEmpty();
        assertThat(browser.text(By.id("child-" + commune.id()))).contains("✓ Có");

        for (String path : new String[] {"/channels", "/channels/coverage", "/channels/new", "/channels/import"}) {
            browser.phone().open(path);
            browser.assertNoHorizontalScroll();
            browser.screenshot("channels" + path.replace("/channels", "").replace('/', '-') + "-360");
            browser.assertNoSeriousAccessibilityProblems();
        }
        browser.desktop();
    }
}
