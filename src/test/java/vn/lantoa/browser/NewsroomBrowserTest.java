package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.IntegrationTest;

/**
 * The newsroom's whole path as people walk it: a commune officer on a 360-px phone writes a story,
 * uploads three photos, captions them and sends it; the department head approves it; an editor
 * edits and publishes it; the officer sees it published.
 */
@IntegrationTest
class NewsroomBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @TempDir
    Path photos;

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
    void aStoryGoesFromACommuneOfficersPhoneToThePortal() throws IOException {
        String title = "Hội LHPN phường Hạc Thành ra mắt mô hình “Phụ nữ với chuyển đổi số”";

        // The commune officer, on her phone.
        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/newsroom");
        browser.link("Viết tin bài").click();
        browser.field("Tiêu đề").sendKeys(title);
        browser.field("Sapo (tóm tắt)").sendKeys("Sáng 23/11, Hội LHPN phường Hạc Thành ra mắt mô hình hỗ trợ hội viên dùng điện thoại thông minh.");
        WebElement editor = browser.waitUntil(d -> d.findElement(By.cssSelector(".ql-editor")));
        editor.click();
        editor.sendKeys("Hơn 80 hội viên đã được hướng dẫn cài đặt VNeID và thanh toán không dùng tiền mặt.");
        new org.openqa.selenium.support.ui.Select(browser.field("Chuyên mục")).selectByVisibleText("Chuyển đổi số");
        browser.assertNoHorizontalScroll();
        browser.screenshot("newsroom-write-360");
        click(browser.button("Lưu nháp và thêm ảnh"));
        browser.waitForText("Đã lưu bản nháp");

        WebElement files = browser.driver().findElement(By.id("media-files"));
        files.sendKeys(String.join("\n", photo("le-ra-mat.jpg", Color.ORANGE), photo("huong-dan.jpg", Color.BLUE),
                photo("hoi-vien.jpg", Color.GREEN)));
        // Each photo is processed into its sizes on the server; a busy 2-CPU build machine needs a while.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                .until(d -> d.findElements(By.cssSelector(".media-edit")).size() == 3);
        assertThat(browser.driver().findElement(By.id("upload-progress")).getText()).contains("le-ra-mat.jpg", "Đã tải lên.");
        for (int i = 0; i < 3; i++) {
            int index = i;
            browser.waitUntil(d -> d.findElement(By.id("caption-" + index))).sendKeys("Chị em hội viên tại buổi ra mắt, ảnh " + (i + 1));
            browser.driver().findElement(By.id("alt-" + i)).sendKeys("Nhiều phụ nữ cầm điện thoại trong hội trường, ảnh " + (i + 1));
            WebElement save = browser.driver().findElements(By.cssSelector(".media-describe button")).get(i);
            click(save);
            // the list is swapped in from the server once the caption is saved; then that photo no longer has a gap
            browser.waitUntil(d -> !d.findElement(By.id("media-list")).getText().contains("Ảnh " + (index + 1) + " chưa có chú thích"));
        }
        browser.waitUntil(d -> d.findElements(By.cssSelector("#media-gaps li")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".media-edit img"))).hasSize(3);
        browser.assertNoHorizontalScroll();
        browser.screenshot("newsroom-photos-360");
        WebElement send = browser.button("Lưu và gửi lên");
        click(send);
        browser.waitForText("Đã gửi tin bài lên Hội cấp trên.");
        assertThat(browser.text(By.id("story-status"))).isEqualTo("Đã gửi");
        browser.assertNoHorizontalScroll();
        browser.screenshot("newsroom-sent-360");

        // The head of Ban Tuyên giáo, at her desk.
        browser.reset(port).login("truongban.tg");
        browser.open("/newsroom/approvals");
        browser.link(title).click();
        click(browser.button("Duyệt, chuyển Ban Tuyên giáo"));
        browser.waitForText("Đã duyệt và chuyển Ban Tuyên giáo.");
        assertThat(browser.text(By.id("story-status"))).isEqualTo("Trưởng ban đã duyệt");

        // The editor.
        browser.reset(port).login("bientap");
        browser.open("/newsroom/queue");
        // the queue may hold many stories; she finds this one by a word of its title
        browser.field("Tìm theo tiêu đề").sendKeys("Phụ nữ với chuyển đổi số");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#queue-results .story-row")).size() == 1);
        browser.link(title).click();
        click(browser.button("Nhận biên tập"));
        browser.waitForText("Bạn đã nhận biên tập tin bài này.");
        browser.link("Sửa tin bài").click();
        WebElement titleField = browser.field("Tiêu đề");
        titleField.clear();
        titleField.sendKeys("Phường Hạc Thành: phụ nữ với chuyển đổi số");
        click(browser.button("Lưu"));
        browser.waitForText("Đã lưu thay đổi.");
        browser.open(browser.path().replace("/edit", ""));
        click(browser.button("Xuất bản ngay"));
        browser.waitForText("Đã xuất bản tin bài.");
        assertThat(browser.text(By.id("story-status"))).isEqualTo("Đã đăng");
        assertThat(browser.driver().findElements(By.cssSelector(".media-grid img"))).hasSize(3);
        browser.screenshot("newsroom-published-1366");

        // The officer sees it published.
        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/newsroom");
        WebElement row = browser.waitUntil(d -> d.findElement(By.xpath("//li[contains(@class,'story-row')][.//a[normalize-space()='Phường Hạc Thành: phụ nữ với chuyển đổi số']]")));
        assertThat(row.getText()).contains("Đã đăng", "3 ảnh");
        browser.assertNoHorizontalScroll();
        browser.screenshot("newsroom-mine-360");
    }

    /** Clicks as a person does: the element is first scrolled into view, clear of the sticky parts. */
    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private String photo(String name, Color tint) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, tint, 1600, 1200, Color.WHITE));
        g.fillRect(0, 0, 1600, 1200);
        g.dispose();
        Path file = photos.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file.toAbsolutePath().toString();
    }
}
