package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphMessenger;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.channels.inbox.InboxFixture;
import vn.lantoa.support.IntegrationTest;

/**
 * A department head answers the page's inbox from a 360 px phone: the list (waiting first, how long, how
 * long the window stays open), a reply sent in place (htmx) that reaches the Send API, a refusal that keeps
 * what was typed, and a conversation whose window closed, with the time it closed.
 */
@IntegrationTest
class InboxBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectorSettings connectors;
    @Autowired
    TokenCipher cipher;
    @Autowired
    ApplicationEventPublisher events;

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
    void aDepartmentHeadAnswersFromAPhone() {
        Fakes.install(connectors, false);
        FakeGraphMessenger messenger = FakeGraphMessenger.shared();
        InboxFixture fx = new InboxFixture(jdbc, cipher, events);
        String head = fx.account("DEPARTMENT_HEAD", fx.province, fx.family);
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).minusSeconds(30);
        String waiting = fx.psid();
        messenger.person(waiting, "Trần Thị Bích").personWrote(fx.pageId, waiting, twoHoursAgo);
        fx.personWrites(waiting, "Chị ơi em bị bạo lực gia đình, cần tư vấn gấp", twoHoursAgo);
        String late = fx.psid();
        messenger.person(late, "Lê Thị Cúc").personWrote(fx.pageId, late, Instant.now().minus(Duration.ofHours(30)));
        fx.personWrites(late, "Cho em hỏi về hôn nhân có yếu tố nước ngoài", Instant.now().minus(Duration.ofHours(30)));
        String blocked = fx.psid();
        messenger.person(blocked, "Phạm Thị Dung").personWrote(fx.pageId, blocked, Instant.now()).unavailable(blocked);
        fx.personWrites(blocked, "Hỏi về bạo lực học đường", Instant.now().minus(Duration.ofHours(1)));

        browser.reset(port).phone().login(head);
        browser.open("/channels/inbox");
        String list = browser.text(By.id("conversations"));
        assertThat(list).contains("Trần Thị Bích", "Lê Thị Cúc", "Phạm Thị Dung", "Chưa trả lời", "Đã chờ 2 giờ", "còn 21 giờ", "đã hết hạn trả lời");
        assertThat(list.indexOf("Lê Thị Cúc")).as("the longest waiting first").isLessThan(list.indexOf("Trần Thị Bích"));
        browser.assertNoHorizontalScroll();
        browser.assertNoSeriousAccessibilityProblems();

        browser.link("Trần Thị Bích").click();
        browser.waitForText("Chị ơi em bị bạo lực gia đình");
        assertThat(browser.text(By.id("window"))).contains("Còn 21 giờ");
        browser.field("Trả lời").sendKeys("Chào em, Ban Gia đình – Xã hội sẽ gọi cho em ngay.");
        browser.button("Gửi trả lời").click();
        browser.waitForText("Đã gửi trả lời.");
        assertThat(browser.text(By.id("messages"))).contains("Chào em, Ban Gia đình – Xã hội sẽ gọi cho em ngay.", "(từ Lan Tỏa)");
        assertThat(messenger.sentTo(waiting)).hasSize(1);
        assertThat(messenger.sentTo(waiting).get(0).text()).isEqualTo("Chào em, Ban Gia đình – Xã hội sẽ gọi cho em ngay.");
        browser.assertNoHorizontalScroll();
        browser.screenshot("inbox-reply-360");
        browser.assertNoSeriousAccessibilityProblems();

        browser.open("/channels/inbox/" + fx.conversation(blocked));
        browser.field("Trả lời").sendKeys("Chị ơi, Ban đã nhận được câu hỏi.");
        browser.button("Gửi trả lời").click();
        browser.waitForText("người này hiện không nhận được tin nhắn");
        assertThat(browser.field("Trả lời").getDomProperty("value")).isEqualTo("Chị ơi, Ban đã nhận được câu hỏi.");
        browser.assertNoHorizontalScroll();

        browser.open("/channels/inbox/" + fx.conversation(late));
        assertThat(browser.text(By.id("window"))).contains("Đã hết thời hạn trả lời trên Facebook", "thời hạn đã hết lúc");
        assertThat(browser.driver().findElements(By.id("reply-form"))).isEmpty();
        browser.assertNoHorizontalScroll();
        browser.assertNoSeriousAccessibilityProblems();
    }
}
