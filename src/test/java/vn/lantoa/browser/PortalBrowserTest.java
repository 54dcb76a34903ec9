package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.IntegrationTest;

/** The public site as a reader sees it on a cheap phone and an office screen, checked with axe-core for WCAG 2.1 AA. */
@IntegrationTest
class PortalBrowserTest {

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
    void aReaderOnAPhoneFindsAStoryReadsItAndSharesIt() {
        browser.reset(port).phone().open("/");
        browser.assertNoHorizontalScroll();
        assertThat(browser.text(By.cssSelector(".site-name"))).isEqualToIgnoringCase("Hội LHPN tỉnh Thanh Hóa");
        browser.screenshot("portal-home-360");
        browser.assertNoSeriousAccessibilityProblems();

        WebElement lead = browser.driver().findElement(By.cssSelector(".story-lead-title a"));
        String title = lead.getText();
        browser.scrollTo(lead);
        lead.click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("h1.story-title")).size() == 1);
        assertThat(browser.text(By.cssSelector("h1.story-title"))).isEqualTo(title);
        browser.assertNoHorizontalScroll();
        assertThat(browser.driver().findElement(By.partialLinkText("Chia sẻ lên Facebook")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.partialLinkText("In bài")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".story-photo figcaption"))).isNotEmpty();
        browser.screenshot("portal-story-360");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/co-cau-to-chuc");
        browser.assertNoHorizontalScroll();
        browser.screenshot("portal-structure-360");
    }

    @Test
    void everyKindOfPublicPageMeetsWcagAaOnADesktop() {
        browser.reset(port).desktop().open("/");
        browser.screenshot("portal-home-1366");
        List<String> pages = new ArrayList<>(List.of("/", "/gioi-thieu", "/lien-he", "/en/about", "/co-cau-to-chuc", "/doc-nhieu",
                "/tin-tuc/mot-dia-chi-cu.html"));
        pages.add(browser.driver().findElement(By.cssSelector(".story-lead-title a")).getAttribute("href"));
        pages.add(browser.driver().findElement(By.cssSelector(".block-title a")).getAttribute("href"));
        for (String page : pages) {
            browser.open(page.startsWith("http") ? page.substring(page.indexOf('/', 8)) : page);
            browser.assertNoSeriousAccessibilityProblems();
        }
        browser.screenshot("portal-section-1366");
    }

    @Test
    void aReaderSearchesWithoutDiacriticsAndGetsSuggestionsWhileTyping() {
        browser.reset(port).desktop().open("/");
        WebElement box = browser.driver().findElement(By.id("site-search-top"));
        box.sendKeys("tuyen truyen luat");
        WebElement suggestion = browser.waitUntil(d -> d.findElements(By.cssSelector(".site-search .suggestions a")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(suggestion.getText()).startsWith("Tuyên truyền Luật Phòng");
        browser.screenshot("portal-suggestions-1366");
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".search-hit")).isEmpty());
        assertThat(browser.text(By.cssSelector(".search-hit h2"))).startsWith("Tuyên truyền Luật Phòng");
        assertThat(browser.driver().findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        browser.assertNoSeriousAccessibilityProblems();

        browser.phone().open("/tim-kiem?q=phu+nu");
        browser.assertNoHorizontalScroll();
        browser.screenshot("portal-search-360");
        browser.assertNoSeriousAccessibilityProblems();
    }
}
