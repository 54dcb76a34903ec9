package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.IntegrationTest;

/** Each newsroom page, with the demo stories, as its users see it on a phone and on an office screen. */
@IntegrationTest
class NewsroomPagesBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void theEditorsQueuePutsTheLateMajorEventFirst() {
        browser.reset(port).login("bientap");
        browser.open("/newsroom/queue");
        String first = browser.driver().findElements(By.cssSelector(".story-row")).get(0).getText();
        assertThat(first).contains("Đại hội đại biểu phụ nữ phường Hạc Thành", "Quá hạn");
        browser.screenshot("queue-1366");
        browser.phone().open("/newsroom/queue");
        browser.assertNoHorizontalScroll();
        browser.screenshot("queue-360");

        new org.openqa.selenium.support.ui.Select(browser.field("Trạng thái")).selectByVisibleText("Trưởng ban đã duyệt");
        browser.waitUntil(d -> !browser.text(By.id("queue-results")).contains("Đại hội đại biểu"));
        assertThat(browser.text(By.id("queue-results"))).contains("Hội thi “Duyên dáng áo dài” thu hút 18 đội");
        assertThat(browser.driver().getCurrentUrl()).contains("status=DEPARTMENT_APPROVED");
    }

    @Test
    void theCalendarShowsPublishedAndScheduledStories() {
        browser.reset(port).login("bientap");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        // the demo schedules one story for tomorrow and published one two days ago
        browser.open("/newsroom/calendar?view=week&date=" + today.plusDays(1));
        assertThat(browser.text()).contains("Ra mắt câu lạc bộ “Phụ nữ khởi nghiệp” xã Hoằng Hóa");
        browser.screenshot("calendar-week-1366");
        browser.open("/newsroom/calendar?date=" + today.minusDays(2));
        assertThat(browser.text()).contains("Tuyên truyền Luật Phòng, chống bạo lực gia đình tại khu phố");
        browser.screenshot("calendar-month-1366");
        browser.phone().open("/newsroom/calendar");
        browser.assertNoHorizontalScroll();
        browser.screenshot("calendar-month-360");
    }

    @Test
    void theAuthorSeesWhyHerStoryCameBack() {
        browser.reset(port).phone().login("canbo.hacthanh");
        browser.open("/newsroom");
        browser.assertNoHorizontalScroll();
        browser.screenshot("mine-360");
        // other tests write many stories for her too, so the demo one is opened by its address
        long returned = jdbc.sql("select id from story where title = 'Phụ nữ Hạc Thành chung tay vì an toàn giao thông'").query(Long.class).single();
        browser.open("/newsroom/stories/" + returned);
        assertThat(browser.text(By.id("status-reason"))).contains("Đề nghị bổ sung tên, chức vụ người phát biểu");
        assertThat(browser.buttons("Gửi lên Hội cấp trên")).hasSize(1);
        browser.assertNoHorizontalScroll();
        browser.screenshot("returned-story-360");
    }

    @Test
    void settingsAndApprovalsFitAPhone() {
        browser.reset(port).phone().login("truongban.tg");
        browser.open("/newsroom/approvals");
        assertThat(browser.text()).contains("Hướng dẫn hội viên cài đặt và sử dụng VNeID");
        browser.assertNoHorizontalScroll();
        browser.screenshot("approvals-360");
        browser.reset(port).phone().login("bientap");
        browser.open("/newsroom/settings");
        assertThat(browser.text()).contains("Quy trình duyệt", "Chuyên mục");
        browser.assertNoHorizontalScroll();
        browser.screenshot("newsroom-settings-360");
    }
}
