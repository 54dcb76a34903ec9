package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;

/** The bell and the notifications pages on a 360-px phone: visible without opening the menu, no sideways scroll. */
@IntegrationTest
class NotificationsBrowserTest {

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
    void aReturnedStoryRingsTheBellAndItsNoticeLeadsToTheStory() {
        Stories stories = new Stories(port, jdbc);
        String title = Stories.uniqueTitle("Hội LHPN phường Hạc Thành tổ chức tọa đàm kỷ niệm ngày Phụ nữ Việt Nam 20 tháng 10");
        long id = stories.storyIn("SUBMITTED", title);
        stories.moveOk(Stories.HEAD_TG, id, "RETURN", "RETURNED");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from notice n join account a on a.id = n.account_id
                 where a.username = :u and n.story_id = :id and n.kind = 'RETURNED'""")
                .param("u", Stories.OFFICER).param("id", id).query(Long.class).single() == 1);

        browser.reset(port).login(Stories.OFFICER).phone();
        WebElement bell = browser.driver().findElement(By.cssSelector(".notice-bell"));
        assertThat(bell.isDisplayed()).as("the bell shows with the menu closed").isTrue();
        assertThat(bell.getDomAttribute("aria-label")).matches("Thông báo: [1-9]\\d* chưa đọc");
        bell.click();
        browser.waitUntil(d -> browser.path().startsWith("/notifications"));
        assertThat(browser.text()).contains("Tin bài «" + title + "» bị trả lại: " + Stories.REASON, "Đánh dấu tất cả đã đọc");
        browser.assertNoHorizontalScroll();
        browser.screenshot("notifications-360");

        browser.driver().findElement(By.xpath("//a[contains(., " + Browser.xpathLiteral(title) + ")]")).click();
        browser.waitUntil(d -> browser.path().equals("/newsroom/stories/" + id));
        browser.open("/notifications/settings");
        assertThat(browser.text()).contains("Mỗi thông báo một email", "Một email tóm tắt mỗi sáng", "Không nhận email");
        browser.assertNoHorizontalScroll();
        browser.screenshot("notification-settings-360");
        browser.desktop().open("/notifications");
        assertThat(browser.driver().findElement(By.cssSelector(".notice-bell")).isDisplayed()).isTrue();
        browser.screenshot("notifications-1366");
    }
}
