package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.IntegrationTest;

/** The login page in a real browser: Vietnamese form, wrong password, keyboard use, language switch, phone width. */
@IntegrationTest
class LoginBrowserTest {

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
    void freshWindow() {
        browser.reset(port);
    }

    @Test
    void adminLogsInThroughTheVietnameseForm() {
        browser.open("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Đăng nhập Lan Tỏa");
        assertThat(browser.field("Tên đăng nhập").getDomAttribute("autocomplete")).isEqualTo("username");
        assertThat(browser.field("Mật khẩu").getDomAttribute("type")).isEqualTo("password");
        browser.screenshot("login-1366");

        browser.submitLogin("quantri", "LanToa@2026");

        browser.waitUntil(d -> browser.path().equals("/admin"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Xin chào, Lê Thị Mai");
        assertThat(browser.text()).contains("Quản trị viên", "Hội LHPN tỉnh Thanh Hóa", "Đăng xuất");
    }

    @Test
    void wrongPasswordIsRefusedAndTheUsernameKept() {
        browser.submitLogin("quantri", "sai-mat-khau-1");

        browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.path()).startsWith("/login");
        WebElement alert = browser.driver().findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.field("Tên đăng nhập").getDomProperty("value")).isEqualTo("quantri");
        assertThat(browser.field("Mật khẩu").getDomProperty("value")).isEmpty();

        // and the right password still works afterwards (one failure does not lock the account)
        browser.field("Mật khẩu").sendKeys("LanToa@2026");
        browser.button("Đăng nhập").click();
        browser.waitUntil(d -> browser.path().equals("/admin"));
    }

    @Test
    void tabMovesFromTheSkipLinkToTheUsername() {
        browser.open("/login");
        WebElement skip = browser.driver().findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getDomProperty("textContent")).startsWith("Bỏ qua điều hướng");
        assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
        assertThat(skip.getRect().getWidth()).as("skip link hidden (1 px, clipped) until focused").isLessThanOrEqualTo(1);

        assertThat(browser.script("return document.querySelector("
                + "'a[href], button:not([disabled]), input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])')"))
                .as("the skip link is the first Tab stop of the page").isEqualTo(skip);

        // The username field has autofocus; going backwards with Shift+Tab over the navigation reaches the skip link.
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
        for (int stops = 0; stops < 6 && !skip.equals(browser.driver().switchTo().activeElement()); stops++) {
            browser.pressShiftTab();
        }
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused).as("Shift+Tab reaches the skip link").isEqualTo(skip);
        assertThat(skip.getRect().getWidth()).as("skip link visible when focused").isGreaterThan(100);
        assertThat(focused.getText()).isEqualTo("Bỏ qua điều hướng, đến nội dung chính");
        browser.screenshot("login-skip-link-focused");

        // Following the skip link jumps over the navigation; the next Tab lands in the username field.
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
        browser.pressTab();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        browser.open("/login");
        browser.link("English").click();

        browser.waitForText("Username");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Log in to Lan Tỏa");
        assertThat(browser.text()).contains("Username", "Password").doesNotContain("Tên đăng nhập");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

        // the choice is remembered on the next page
        browser.open("/login");
        assertThat(browser.text()).contains("Username");

        browser.link("Tiếng Việt").click();
        browser.waitForText("Tên đăng nhập");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Đăng nhập Lan Tỏa");
        assertThat(browser.text()).contains("Mật khẩu").doesNotContain("Username");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void loginPageFitsAPhone() {
        browser.phone().open("/login");
        browser.assertNoHorizontalScroll();
        WebElement submit = browser.button("Đăng nhập");
        assertThat(submit.isDisplayed()).isTrue();
        assertThat(submit.getRect().getX() + submit.getRect().getWidth()).isLessThanOrEqualTo(360);
        assertThat(submit.getRect().getHeight()).as("touch target height").isGreaterThanOrEqualTo(44);
        // the navigation is folded behind the hamburger button
        WebElement english = browser.link("English");
        assertThat(english.isDisplayed()).isFalse();
        browser.screenshot("login-360");

        browser.openMenu();
        assertThat(english.isDisplayed()).isTrue();
        browser.screenshot("login-360-menu-open");
        english.click();
        browser.waitForText("Username");
        browser.assertNoHorizontalScroll();
    }
}
