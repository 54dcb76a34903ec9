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
import vn.lantoa.support.IntegrationTest;

/**
 * A commune officer on a phone declares that she follows the provincial page (a group address is refused
 * first, and what she typed stays); the province's table then shows her commune's share changed.
 */
@IntegrationTest
class ParticipationBrowserTest {

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

    /** The cells of the commune's line in the province's table: cadres, following, share. */
    private List<String> provinceLine(String code) {
        browser.reset(port).login("thuongtruc");
        browser.open("/channels/participation");
        WebElement row = browser.driver().findElement(By.cssSelector("#unit-shares tr[data-unit='" + code + "']"));
        return row.findElements(By.tagName("td")).stream().limit(3).map(WebElement::getText).toList();
    }

    /** On a phone the button may lie below the fold: brought to the middle of the screen first, as a thumb would scroll. */
    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    @Test
    void anOfficerDeclaresOnAPhoneAndTheProvinceSeesTheShareChange() {
        List<String> before = provinceLine("TH-020");
        int cadres = Integer.parseInt(before.get(0));
        int following = Integer.parseInt(before.get(1));
        assertThat(cadres).as("the commune's officers count as its cadres").isPositive();
        browser.screenshot("channel-participation-province-1366");
        browser.assertNoSeriousAccessibilityProblems();

        browser.reset(port).login("canbo.hoanghoa");
        browser.phone();
        browser.open("/channels/participation");
        assertThat(browser.text(By.id("my-standing"))).isEqualTo("Bạn chưa khai báo theo dõi trang của Hội LHPN tỉnh.");
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-participation-officer-360");
        click(browser.link("Tôi theo dõi trang tỉnh"));
        browser.waitUntil(d -> browser.path().startsWith("/channels/participation/khai-bao"));
        browser.field("Trang Facebook cá nhân (đường dẫn hoặc tên hiển thị)").sendKeys("https://www.facebook.com/groups/phunuhoanghoa");
        browser.field("Số lần tương tác trong tháng").sendKeys("7");
        click(browser.button("Lưu khai báo"));
        browser.waitForText("Chưa lưu được khai báo, vui lòng sửa:");
        assertThat(browser.text(By.id("declare-errors"))).contains("không phải là đường dẫn trang cá nhân Facebook");
        assertThat(browser.field("Số lần tương tác trong tháng").getDomProperty("value")).as("nothing typed is lost").isEqualTo("7");
        browser.assertNoHorizontalScroll();
        browser.assertNoSeriousAccessibilityProblems();
        browser.screenshot("channel-participation-declare-refused-360");

        WebElement profile = browser.field("Trang Facebook cá nhân (đường dẫn hoặc tên hiển thị)");
        profile.clear();
        profile.sendKeys("https://www.facebook.com/profile.php?id=100099912345");
        click(browser.button("Lưu khai báo"));
        browser.waitForText("Đã lưu khai báo của");
        assertThat(browser.text(By.id("my-standing"))).startsWith("Bạn đã khai báo theo dõi trang").endsWith(": 7 lượt tương tác.");
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-participation-declared-360");

        List<String> after = provinceLine("TH-020");
        assertThat(after.get(0)).isEqualTo(String.valueOf(cadres));
        assertThat(after.get(1)).isEqualTo(String.valueOf(following + 1));
        assertThat(after.get(2)).isEqualTo((following + 1) * 100 / cadres + " %");
        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-participation-province-360");
        browser.desktop();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_PARTICIPATION_DECLARED'").query(Long.class).single())
                .isPositive();
    }
}
