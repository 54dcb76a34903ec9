package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lantoa.support.WebSession;

/**
 * A headless Debian Chromium driven through the system's chromedriver, for tests that check what a
 * person sees. Nothing is ever downloaded: both paths are given explicitly, so Selenium Manager is
 * not consulted. Where Chromium is missing, the calling test is skipped.
 *
 * <p>One browser serves a whole test class ({@link #start()} in {@code @BeforeAll}, {@link #quit()} in
 * {@code @AfterAll}); {@link #reset(int)} gives each test a fresh, logged-out, desktop-sized window.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(360, 800);
    public static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private String base;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips the test when it is not installed. */
    public static Browser start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed: apt-get install chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("lantoa-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        // A Vietnamese reader; the app is Vietnamese by default anyway.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        // Leave window.confirm() open until the test answers it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    public void quit() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    /** Before each test: the application at this port, no cookies (logged out, default language), desktop size. */
    public Browser reset(int port) {
        base = "http://localhost:" + port;
        driver.get(base + "/login");
        driver.manage().deleteAllCookies();
        resize(DESKTOP);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    // --- logging in ---------------------------------------------------------------------------------

    /** Fills the Vietnamese login form as a person would: by the labels of its fields. */
    public Browser submitLogin(String username, String password) {
        open("/login");
        WebElement user = field("Tên đăng nhập");
        user.clear();
        user.sendKeys(username);
        field("Mật khẩu").sendKeys(password);
        button("Đăng nhập").click();
        return this;
    }

    /** Logs in with the demo password and waits for the staff home page. */
    public Browser login(String username) {
        submitLogin(username, WebSession.DEMO_PASSWORD);
        waitUntil(d -> path().startsWith("/admin"));
        return this;
    }

    // --- finding what a person sees -------------------------------------------------------------

    /** The input labelled with this text (the label's {@code for} names it). */
    public WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));
        String id = labelElement.getDomAttribute("for");
        assertThat(id).as("label \"%s\" names its field", label).isNotBlank();
        return driver.findElement(By.id(id));
    }

    public WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    public List<WebElement> buttons(String text) {
        return driver.findElements(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    public WebElement link(String text) {
        return driver.findElement(By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    /** The text of the page as rendered (hidden elements excluded). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    /** Presses a key wherever the focus is, as a keyboard user does. */
    public Browser press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    public Browser pressTab() {
        return press(Keys.TAB);
    }

    public Browser pressShiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return this;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        // The page may be replaced between finding an element and reading it (navigation, an htmx swap).
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    /** Waits until the rendered page shows this text. */
    public Browser waitForText(String text) {
        waitUntil(d -> text().contains(text));
        return this;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** On a narrow screen: opens the navigation with the hamburger button and waits for it to unfold. */
    public Browser openMenu() {
        WebElement toggler = driver.findElement(By.cssSelector("button.navbar-toggler"));
        assertThat(toggler.isDisplayed()).as("hamburger button shown").isTrue();
        assertThat(toggler.getDomAttribute("aria-label")).isNotBlank();
        toggler.click();
        waitUntil(d -> Boolean.TRUE.equals(script(
                "const m = document.getElementById('main-menu'); return m.classList.contains('show') && !m.classList.contains('collapsing');")));
        assertThat(toggler.getDomAttribute("aria-expanded")).isEqualTo("true");
        return this;
    }

    // --- sizes and screenshots -------------------------------------------------------------------

    /** Makes the viewport (not the window around it) this size. */
    public Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        waitUntil(d -> ((Number) script("return window.innerWidth")).intValue() == size.getWidth());
        int chrome = ((Number) script("return window.outerHeight - window.innerHeight")).intValue();
        if (chrome > 0) {
            driver.manage().window().setSize(new Dimension(size.getWidth(), size.getHeight() + chrome));
        }
        waitUntil(d -> ((Number) script("return window.innerWidth")).intValue() == size.getWidth()
                && ((Number) script("return window.innerHeight")).intValue() == size.getHeight());
        return this;
    }

    /** Scrolls the element to the top of the window at once (Bootstrap makes scrolling smooth otherwise). */
    public Browser scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element);
        return this;
    }

    public Browser scrollToTop() {
        script("window.scrollTo({top: 0, behavior: 'instant'})");
        return this;
    }

    public Browser phone() {
        return resize(PHONE);
    }

    public Browser desktop() {
        return resize(DESKTOP);
    }

    /** The page itself must not scroll sideways (wide tables scroll inside their own box). */
    public Browser assertNoHorizontalScroll() {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("page width on %s at %d px (widest: %s)", path(), innerWidth, widestElement())
                .isLessThanOrEqualTo(innerWidth + 1);
        return this;
    }

    private Object widestElement() {
        return script("""
                let worst = null, right = window.innerWidth;
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > right + 1) { right = r.right; worst = e; }
                }
                return worst ? worst.tagName + '.' + worst.className + ' → ' + Math.round(right) + 'px' : 'none';
                """);
    }

    /** Saves what the window shows to target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** axe-core's WCAG 2.1 A/AA rules on the page as it is now: no serious or critical finding. */
    public void assertNoSeriousAccessibilityProblems() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver());
        java.util.List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as("axe-core on " + path()).isEmpty();
    }
}
