package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
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
 * A reader comments from a phone (with htmx, as the story page will carry the form), a moderator
 * approves one comment and edits another in the queue, on an office screen and on a phone.
 */
@IntegrationTest
class CommentsBrowserTest {

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
    void aReaderCommentsOnAPhoneAndAModeratorApprovesOneAndEditsAnother() {
        long story = jdbc.sql("""
                select s.id from story s join unit u on u.id = s.author_unit_id
                where s.status = 'PUBLISHED' and u.code = 'TH' order by s.id limit 1""").query(Long.class).single();
        String first = "Câu chuyện rất cảm động, chúc hai cháu học giỏi " + UUID.randomUUID().toString().substring(0, 6);
        String second = "Mong Hội có thêm nhiều mô hinh hay như vậy " + UUID.randomUUID().toString().substring(0, 6);

        browser.reset(port).phone().open("/binh-luan/" + story);
        assertThat(browser.text()).contains("Bình luận", "Gửi bình luận", "Email của bạn không được công bố");
        browser.assertNoHorizontalScroll();
        assertTouchTargets("#binh-luan-form input.form-control, #binh-luan-form textarea, #binh-luan-form button");
        browser.screenshot("comments-form-360");

        // Too short: htmx swaps the form back with the fault under the field and the values kept.
        fill("Trần Thị Hồng", "hong.tran@example.vn", "Hay");
        click(browser.button("Gửi bình luận"));
        browser.waitForText("Nội dung dài từ 5 đến");
        assertThat(browser.field("Họ và tên").getDomProperty("value")).isEqualTo("Trần Thị Hồng");
        assertThat(browser.field("Nội dung bình luận").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.path()).as("answered in place, no page load").isEqualTo("/binh-luan/" + story);
        browser.assertNoHorizontalScroll();
        browser.screenshot("comments-form-error-360");

        // The honeypot is out of reach of the keyboard: from the file chooser, Tab goes to the button.
        browser.script("document.getElementById('comment-attachment').focus()");
        browser.pressTab();
        assertThat(browser.script("return document.activeElement.textContent.trim()")).isEqualTo("Gửi bình luận");

        browser.field("Nội dung bình luận").clear();
        browser.field("Nội dung bình luận").sendKeys(first);
        click(browser.button("Gửi bình luận"));
        browser.waitForText("Cảm ơn bạn đã gửi bình luận!");
        assertThat(browser.text()).doesNotContain(first);
        browser.screenshot("comments-thanks-360");

        browser.open("/binh-luan/" + story);
        fill("Lê Văn Bình", "binh.le@example.vn", second);
        click(browser.button("Gửi bình luận"));
        browser.waitForText("Cảm ơn bạn đã gửi bình luận!");
        long firstId = commentId(first);
        long secondId = commentId(second);

        browser.reset(port).login("kiemduyet");
        browser.open("/admin/portal/comments?storyId=" + story);
        assertThat(browser.text()).contains(first, second, "hong.tran@example.vn");
        String pendingBefore = browser.text(By.id("pending-count"));
        browser.screenshot("comment-queue-1366");

        WebElement firstRow = browser.driver().findElement(By.id("comment-" + firstId));
        click(firstRow.findElement(By.xpath(".//button[normalize-space()='Duyệt']")));
        browser.waitUntil(d -> d.findElement(By.id("comment-" + firstId)).getText().contains("Đã duyệt bởi Bùi Thị Quỳnh"));
        assertThat(browser.text(By.id("pending-count"))).isNotEqualTo(pendingBefore);
        assertThat(browser.path()).startsWith("/admin/portal/comments");

        WebElement secondRow = browser.driver().findElement(By.id("comment-" + secondId));
        click(secondRow.findElement(By.xpath(".//summary[normalize-space()='Sửa rồi duyệt']")));
        WebElement text = browser.driver().findElement(By.id("text-" + secondId));
        text.clear();
        text.sendKeys(second.replace("mô hinh", "mô hình"));
        click(secondRow.findElement(By.xpath(".//button[normalize-space()='Lưu và duyệt']")));
        browser.waitUntil(d -> d.findElement(By.id("comment-" + secondId)).getText().contains("Đã sửa và duyệt bình luận."));
        assertThat(browser.text(By.id("comment-" + secondId))).contains("mô hình hay", "Lời gốc của bạn đọc");
        browser.screenshot("comment-queue-decided-1366");

        browser.phone().open("/admin/portal/comments?status=ALL&storyId=" + story);
        browser.assertNoHorizontalScroll();
        assertTouchTargets(".queue-row button, .queue-row summary");
        browser.screenshot("comment-queue-360");
        browser.open("/admin/portal/comments/rules");
        browser.assertNoHorizontalScroll();
        browser.screenshot("comment-rules-360");
        browser.desktop().open("/admin/portal/comments/rules");
        browser.screenshot("comment-rules-1366");

        browser.reset(port).phone().open("/binh-luan/" + story);
        assertThat(browser.text()).contains(first, second.replace("mô hinh", "mô hình"), "Trần Thị Hồng", "Lê Văn Bình")
                .doesNotContain("hong.tran@example.vn");
        browser.assertNoHorizontalScroll();
        browser.screenshot("comments-approved-360");
    }

    /** Bootstrap scrolls smoothly; a click must wait until the element is really in view. */
    private static void click(WebElement element) {
        browser.scrollTo(element);
        element.click();
    }

    private void fill(String name, String email, String text) {
        browser.field("Họ và tên").clear();
        browser.field("Họ và tên").sendKeys(name);
        browser.field("Email").clear();
        browser.field("Email").sendKeys(email);
        browser.field("Nội dung bình luận").clear();
        browser.field("Nội dung bình luận").sendKeys(text);
    }

    /** Every visible control at least 44 px high, so a finger hits it. */
    private void assertTouchTargets(String css) {
        List<WebElement> controls = browser.driver().findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
        assertThat(controls).isNotEmpty();
        for (WebElement control : controls) {
            assertThat(control.getRect().getHeight()).as("height of %s \"%s\"", control.getTagName(), control.getText())
                    .isGreaterThanOrEqualTo(44);
        }
    }

    private long commentId(String text) {
        return jdbc.sql("select id from portal_comment where submitted_text = :t").param("t", text).query(Long.class).single();
    }
}
