package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphPublishing;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.channels.publishing.PagePosting;
import vn.lantoa.channels.publishing.PublishingFixture;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

/**
 * A commune officer writes a story for the fanpage and the group, the province's editor publishes it:
 * the story page shows the fanpage post and the group item waiting; a moderator, on a 360 px phone,
 * copies the text, is told that a wrong address is another group's, and marks the item posted.
 */
@IntegrationTest
class PublishingBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectorSettings settings;
    @Autowired
    Connections connections;
    @Autowired
    TokenCipher cipher;
    @Autowired
    PagePosting posting;
    @Autowired
    MediaLibrary media;

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
    void theEditorSeesWhereTheStoryWentAndTheModeratorMarksTheGroupPostOnAPhone() {
        Fakes.install(settings, false);
        FakeGraphPublishing fake = FakeGraphPublishing.shared();
        PublishingFixture fx = new PublishingFixture(jdbc);
        String officer = fx.account("UNIT_OFFICER", fx.commune);
        String editor = fx.account("EDITOR", fx.province);
        String moderator = fx.account("MODERATOR", fx.province);
        String pageId = fx.platformId();
        fx.connectedPage(connections, cipher, pageId, "EAAbrowser" + pageId);
        String group = "phunu" + pageId;
        fx.channel(fx.province, "FACEBOOK_GROUP", "Nhóm Phụ nữ " + fx.tag, "https://www.facebook.com/groups/" + group, null);

        // written by the commune, published by the province's editor through the API, as the apps do
        String title = "Hội viên trồng rau sạch " + fx.tag;
        ApiClient author = ApiClient.as(port, officer);
        var created = author.post("/api/v1/stories", ApiClient.json(Map.of("kind", "ARTICLE", "title", title, "summary",
                "Mô hình rau sạch giúp hội viên tăng thu nhập", "body", "<p>Nội dung bài.</p>", "toFanpage", true, "toGroup", true)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long story = created.json().get("id").asLong();
        var photo = PublishingFixture.photo(media, 800, 600, 41);
        jdbc.sql("""
                insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
                values (:s, :m, 'IMAGE', 0, 'Vườn rau của hội viên', 'Hội viên chăm sóc vườn rau')""")
                .param("s", story).param("m", photo.id()).update();
        jdbc.sql("update story set cover_media_id = :m where id = :s").param("m", photo.id()).param("s", story).update();
        move(author, story, "SUBMIT");
        ApiClient editorApi = ApiClient.as(port, editor);
        move(editorApi, story, "TAKE");
        move(editorApi, story, "PUBLISH");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from channel_delivery where story_id = :s")
                .param("s", story).query(Long.class).single() == 2);
        posting.runDue();
        assertThat(fake.posts(pageId)).singleElement().satisfies(p -> assertThat(p.message()).contains(title));

        browser.reset(port).login(editor);
        browser.open("/newsroom/stories/" + story);
        WebElement deliveries = browser.driver().findElement(By.id("deliveries"));
        assertThat(deliveries.getText()).contains("Đăng lên kênh", "Fanpage Facebook «Fanpage " + fx.tag + "»: đã đăng lúc",
                "Nhóm Facebook «Nhóm Phụ nữ " + fx.tag + "»: chờ người kiểm duyệt đăng vào nhóm");
        assertThat(deliveries.findElement(By.linkText("Xem bài")).getDomAttribute("href")).startsWith("https://www.facebook.com/" + pageId + "_");

        browser.reset(port).phone();
        browser.login(moderator);
        browser.open("/channels/publishing");
        browser.assertNoHorizontalScroll();
        long item = jdbc.sql("select id from channel_delivery where story_id = :s and mode = 'MANUAL'").param("s", story).query(Long.class).single();
        WebElement card = browser.driver().findElement(By.id("delivery-" + item));
        assertThat(card.getText()).contains(title, "chờ người kiểm duyệt đăng vào nhóm", "Tải 1 ảnh (.zip)");
        assertThat(browser.field("Nội dung để chép").getDomProperty("value")).contains(title, "Mô hình rau sạch giúp hội viên tăng thu nhập",
                "/tin/");
        WebElement copy = browser.button("Chép nội dung");
        browser.scrollTo(copy);
        copy.click();
        browser.waitUntil(d -> browser.buttons("Đã chép").size() == 1);

        WebElement url = browser.field("Địa chỉ bài đã đăng trong nhóm");
        String wrong = "https://www.facebook.com/groups/nhomkhac/posts/111";
        url.sendKeys(wrong);
        browser.scrollTo(browser.button("Đã đăng")).button("Đã đăng").click();
        browser.waitForText("Bài này thuộc một nhóm khác.");
        assertThat(browser.field("Địa chỉ bài đã đăng trong nhóm").getDomProperty("value")).isEqualTo(wrong);
        browser.assertNoHorizontalScroll();

        WebElement again = browser.field("Địa chỉ bài đã đăng trong nhóm");
        again.clear();
        again.sendKeys("https://www.facebook.com/groups/" + group + "/posts/24681357");
        browser.scrollTo(browser.button("Đã đăng")).button("Đã đăng").click();
        browser.waitForText("Đã ghi nhận bài đã đăng vào nhóm.");
        assertThat(browser.text(By.id("delivery-" + item))).contains("đã đăng lúc", "Cán bộ " + moderator + " ghi nhận", "Xem bài đã đăng");
        browser.assertNoHorizontalScroll();
    }

    private static void move(ApiClient who, long story, String action) {
        var reply = who.post("/api/v1/stories/" + story + "/transitions", ApiClient.json(Map.of("action", action)));
        assertThat(reply.status()).as(action + ": " + reply.body()).isEqualTo(200);
    }
}
