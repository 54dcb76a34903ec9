package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** The organization tree at /admin/units: the open province, expanding a commune (htmx), live search. */
@IntegrationTest
class OrgTreeBrowserTest {

    static final String PROVINCE = "Hội LHPN tỉnh Thanh Hóa";
    static final String HAC_THANH = "Hội LHPN phường Hạc Thành";
    static final String HOANG_HOA = "Hội LHPN xã Hoằng Hóa";

    static Browser browser;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void provinceIsOpenWithItsCommunesAndACommuneExpandsToItsBranches() {
        browser.open("/admin/units");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Cây tổ chức");

        WebElement province = unitDetails(PROVINCE);
        assertThat(province.getDomProperty("open")).as("province expanded").isEqualTo("true");
        // 166 in the demo, more once other tests have added units under the demo province
        long children = jdbc.sql("select count(*) from unit c join unit p on p.id = c.parent_id where p.name = :name")
                .param("name", PROVINCE).query(Long.class).single();
        assertThat(children).isGreaterThanOrEqualTo(166);
        assertThat(province.findElement(By.tagName("summary")).getText()).contains(PROVINCE, "Tỉnh/thành phố", children + " đơn vị trực thuộc");
        List<WebElement> communes = province.findElements(By.xpath("./ul/li"));
        assertThat(communes).as("the demo province has 166 wards and communes").hasSizeGreaterThan(150);
        assertThat(browser.link(HAC_THANH).isDisplayed()).isTrue();
        assertThat(browser.link(HOANG_HOA).isDisplayed()).isTrue();
        browser.screenshot("tree-1366");

        WebElement commune = unitDetails(HAC_THANH);
        assertThat(commune.getDomProperty("open")).isEqualTo("false");
        assertThat(commune.findElements(By.xpath("./ul/li"))).as("branches not loaded before expanding").isEmpty();
        assertThat(Integer.parseInt(commune.findElement(By.cssSelector("summary > span[title]")).getText()))
                .as("number of branches shown next to the name").isPositive();

        expand(commune);

        browser.waitUntil(d -> !commune.findElements(By.xpath("./ul/li")).isEmpty());
        int branchCount = commune.findElements(By.xpath("./ul/li")).size();
        assertThat(commune.getDomProperty("open")).isEqualTo("true");
        List<WebElement> branches = commune.findElements(By.xpath("./ul/li//span[@class='unit-name']/a"));
        assertThat(branches).isNotEmpty()
                .allSatisfy(branch -> {
                    assertThat(branch.getText()).startsWith("Chi hội ");
                    assertThat(branch.isDisplayed()).isTrue();
                });
        assertThat(browser.path()).as("expanding does not navigate").isEqualTo("/admin/units");
        browser.screenshot("tree-1366-commune-expanded");

        // collapsing and expanding again does not load the branches twice
        expand(commune);
        browser.waitUntil(d -> "false".equals(commune.getDomProperty("open")));
        expand(commune);
        browser.waitUntil(d -> "true".equals(commune.getDomProperty("open")));
        assertThat(commune.findElements(By.xpath("./ul/li"))).hasSize(branchCount);
    }

    @Test
    void searchWithoutDiacriticsFindsTheCommuneLive() {
        browser.open("/admin/units");
        WebElement search = browser.field("Tìm đơn vị theo tên hoặc mã (gõ có dấu hay không dấu đều được)");
        assertThat(search.getDomAttribute("id")).isEqualTo("unit-q");

        search.sendKeys("hoang hoa");

        WebElement results = browser.driver().findElement(By.id("unit-results"));
        browser.waitUntil(d -> results.getText().contains(HOANG_HOA));
        assertThat(results.getText()).contains("Kết quả tìm kiếm", "TH-020");
        assertThat(browser.path()).as("live search stays on the page").isEqualTo("/admin/units");
        WebElement hit = results.findElement(By.xpath(".//a[normalize-space()=" + Browser.xpathLiteral(HOANG_HOA) + "]"));
        browser.screenshot("tree-1366-search-hoang-hoa");

        hit.click();
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals(HOANG_HOA));
        assertThat(browser.text()).contains("Mã đơn vị: TH-020", "Xã/phường");
    }

    @Test
    void searchWithDiacriticsWorksToo() {
        browser.open("/admin/units");
        WebElement search = browser.driver().findElement(By.id("unit-q"));
        WebElement results = browser.driver().findElement(By.id("unit-results"));

        search.sendKeys("Hạc Thành");
        browser.waitUntil(d -> results.getText().contains(HAC_THANH));
        assertThat(results.getText()).contains("TH-001").doesNotContain(HOANG_HOA);

        // a new query replaces the results
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Hoằng Hóa");
        browser.waitUntil(d -> results.getText().contains(HOANG_HOA) && !results.getText().contains(HAC_THANH));

        // a query that matches nothing says so
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "khong co don vi nay");
        browser.waitForText("Không tìm thấy đơn vị nào khớp với \"khong co don vi nay\".");
    }

    @Test
    void treeFitsAPhoneAndTheMenuOpensWithTheHamburger() {
        browser.phone().open("/admin");
        browser.assertNoHorizontalScroll();
        WebElement units = browser.link("Đơn vị");
        assertThat(units.isDisplayed()).as("menu folded on a phone").isFalse();
        browser.openMenu();
        // the tree and accounts sit in the administration menu, unfolded on demand
        browser.link("Quản trị").click();
        browser.waitUntil(d -> units.isDisplayed());
        browser.screenshot("home-360-menu-open");
        assertThat(browser.link("Tài khoản").isDisplayed()).isTrue();
        assertThat(browser.button("Đăng xuất").isDisplayed()).isTrue();
        units.click();

        browser.waitUntil(d -> browser.path().equals("/admin/units"));
        browser.assertNoHorizontalScroll();
        browser.screenshot("tree-360");

        WebElement commune = unitDetails(HOANG_HOA);
        browser.scrollTo(commune);
        expand(commune);
        browser.waitUntil(d -> !commune.findElements(By.xpath("./ul/li")).isEmpty());
        browser.assertNoHorizontalScroll();
        browser.scrollTo(commune);
        browser.screenshot("tree-360-commune-expanded");
        for (WebElement row : commune.findElements(By.cssSelector("summary, .leaf"))) {
            assertThat(row.getRect().getHeight()).as("touch target of %s", row.getText()).isGreaterThanOrEqualTo(44);
            assertThat(row.getRect().getX() + row.getRect().getWidth()).as("%s fits", row.getText()).isLessThanOrEqualTo(360);
        }

        WebElement search = browser.driver().findElement(By.id("unit-q"));
        browser.scrollToTop();
        search.sendKeys("hoang hoa");
        browser.waitUntil(d -> browser.text(By.id("unit-results")).contains(HOANG_HOA));
        browser.assertNoHorizontalScroll();
        browser.screenshot("tree-360-search");
    }

    /** The {@code <details>} of the unit with this name. */
    private static WebElement unitDetails(String name) {
        return browser.driver().findElement(By.xpath(
                "//ul[contains(@class,'unit-tree')]//details[summary//a[normalize-space()=" + Browser.xpathLiteral(name) + "]]"));
    }

    /** Clicks the ▸ marker of the summary, as a person does (the name itself is a link to the unit's page). */
    private static void expand(WebElement details) {
        WebElement summary = details.findElement(By.tagName("summary"));
        new Actions(browser.driver())
                .moveToElement(summary, -summary.getRect().getWidth() / 2 + 8, 0)
                .click()
                .perform();
    }
}
