package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** The connections tab as the province's editor reads it on a phone: a commune's fanpage whose token expired, and why. */
@IntegrationTest
class ConnectionsBrowserTest {

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
    void anEditorSeesWhyAFanpageStoppedAtPhoneWidth() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        String name = "Fanpage Hội LHPN phường Hạc Thành " + tag;
        long hacThanh = jdbc.sql("select id from unit where code = 'TH-001'").query(Long.class).single();
        long channel = jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id)
                values (:unit, 'FACEBOOK_PAGE', :name, :url, :key, :ext) returning id""")
                .param("unit", hacThanh).param("name", name).param("url", "https://www.facebook.com/hacthanh" + tag)
                .param("key", "facebook.com/hacthanh" + tag).param("ext", "77" + tag).query(Long.class).single();
        jdbc.sql("""
                insert into channel_connection (channel_id, platform, external_id, external_name, token_sealed, token_hint, status,
                        failure_kind, error_code, error_message, notified_at, last_success_at, last_attempt_at, connected_at)
                values (:c, 'FACEBOOK', :ext, :name, 'k0:AAAA', '…Q7xZ', 'EXPIRED', 'TOKEN_EXPIRED', '190/463',
                        'Error validating access token: Session has expired', now(), now() - interval '2 days', now(), now() - interval '60 days')""")
                .param("c", channel).param("ext", "77" + tag).param("name", name).update();

        browser.reset(port).phone().login("bientap");
        browser.open("/channels/connections");
        WebElement row = browser.driver().findElement(By.id("channel-" + channel));
        browser.scrollTo(row);
        String text = row.getText();
        assertThat(text).contains(name, "Hết hạn, cần kết nối lại", "Mã truy cập đã hết hạn.", "Quản trị viên trang hãy kết nối lại.", "…Q7xZ");
        assertThat(text).doesNotContain("k0:AAAA");
        browser.assertNoHorizontalScroll();
        browser.screenshot("channel-connections-360");
        browser.assertNoSeriousAccessibilityProblems();
        row.findElement(By.tagName("summary")).click();
        browser.assertNoHorizontalScroll();
        browser.assertNoSeriousAccessibilityProblems();
    }
}
