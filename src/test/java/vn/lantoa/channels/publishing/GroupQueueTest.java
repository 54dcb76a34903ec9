package vn.lantoa.channels.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The group "ready to post" queue over real HTTP: the text to copy and the photos (one by one and as a
 * zip); marking posted with a good address, and refusing the address of another group or of no post
 * with a clear error that keeps what was typed; skipping with a reason; who may see and mark.
 */
@IntegrationTest
class GroupQueueTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeliveryPlanner planner;
    @Autowired
    Deliveries deliveries;
    @Autowired
    MediaLibrary media;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    PublishingFixture fx;
    String group;
    long groupChannel;
    long story;
    String title;

    @BeforeEach
    void setUp() {
        fx = new PublishingFixture(jdbc);
        group = "phunu" + fx.platformId();
        groupChannel = fx.channel(fx.province, "FACEBOOK_GROUP", "Nhóm Phụ nữ " + fx.tag, "https://www.facebook.com/groups/" + group, null);
        List<UUID> photos = List.of(PublishingFixture.photo(media, 500, 400, 31).id(), PublishingFixture.photo(media, 500, 400, 32).id());
        title = "Chợ phiên phụ nữ " + fx.tag;
        story = fx.publishedStory(title, "Phiên chợ của hội viên", "<p>…</p>", false, true, photos, null);
        assertThat(planner.plan(story, fx.commune.id())).isEqualTo(1);
    }

    private long item() {
        return deliveries.ofStory(story).stream().filter(d -> d.channelId() == groupChannel).findFirst().orElseThrow().id();
    }

    @Test
    void theModeratorCopiesDownloadsAndMarksPostedAWrongAddressIsRefusedAndKept() throws IOException {
        String moderator = fx.account("MODERATOR", fx.province);
        WebSession web = WebSession.login(port, moderator);
        long id = item();
        String page = web.get("/channels/publishing").body();
        assertThat(page).contains(title, "Chép nội dung", "Tải 2 ảnh (.zip)", "anh-01.jpg", "anh-02.jpg", "Phiên chợ của hội viên",
                StoryAddress.path(story, title), "chờ người kiểm duyệt đăng vào nhóm");
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();

        HttpResponse<byte[]> zip = web.download("/channels/publishing/" + id + "/photos.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zipEntries(zip.body())).containsExactly("anh-01.jpg", "anh-02.jpg");

        String otherGroup = "https://www.facebook.com/groups/nhomkhac" + fx.tag.replace("-", "") + "/posts/123456789";
        WebSession.Page refused = web.post("/channels/publishing/" + id + "/posted", Map.of("url", otherGroup));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Bài này thuộc một nhóm khác", otherGroup);
        WebSession.Page notAPost = web.post("/channels/publishing/" + id + "/posted", Map.of("url", "https://www.facebook.com/groups/" + group));
        assertThat(notAPost.body()).contains("Địa chỉ này không phải một bài trong nhóm Facebook");
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);

        String good = "https://m.facebook.com/groups/" + group + "/posts/987654321/?mibextid=abc";
        assertThat(web.post("/channels/publishing/" + id + "/posted", Map.of("url", good)).status()).isEqualTo(302);
        Delivery posted = deliveries.find(id).orElseThrow();
        assertThat(posted.status()).isEqualTo(DeliveryStatus.POSTED);
        assertThat(posted.permalink()).isEqualTo("https://www.facebook.com/groups/" + group + "/posts/987654321");
        assertThat(posted.markedByName()).isEqualTo("Cán bộ " + moderator);
        assertThat(jdbc.sql("select story_id from channel_post where channel_id = :c and source = 'MANUAL'").param("c", groupChannel)
                .query(Long.class).single()).isEqualTo(story);
        assertThat(jdbc.sql("select actor_name from audit_event where action = 'CHANNEL_DELIVERY_POSTED' and target_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(moderator);
        assertThat(web.get("/channels/publishing").body()).contains(", Cán bộ " + moderator + " ghi nhận");
        // marked once: a second mark is refused
        assertThat(web.post("/channels/publishing/" + id + "/posted", Map.of("url", good)).body()).contains("Mục này đã được đánh dấu rồi.");
    }

    @Test
    void skippingNeedsAReason() {
        String editor = fx.account("EDITOR", fx.province);
        WebSession web = WebSession.login(port, editor);
        long id = item();
        WebSession.Page empty = web.post("/channels/publishing/" + id + "/skipped", Map.of("reason", "  "));
        assertThat(empty.body()).contains("Hãy ghi lý do không đăng.");
        assertThat(web.post("/channels/publishing/" + id + "/skipped", Map.of("reason", "Trùng bài đã đăng tuần trước")).status()).isEqualTo(302);
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(web.get("/channels/publishing").body()).contains("đã bỏ qua: Trùng bài đã đăng tuần trước");
    }

    @Test
    void anotherCommunesOfficerNeitherSeesNorMarksLeadershipSeesButMayNotMarkTheUnitsOwnOfficerMay() {
        long id = item();
        String stranger = fx.account("UNIT_OFFICER", fx.otherCommune);
        WebSession strangerWeb = WebSession.login(port, stranger);
        assertThat(strangerWeb.get("/channels/publishing").body()).doesNotContain(title);
        assertThat(strangerWeb.post("/channels/publishing/" + id + "/posted", Map.of("url", "https://www.facebook.com/groups/" + group + "/posts/1"))
                .status()).isEqualTo(404);
        assertThat(strangerWeb.download("/channels/publishing/" + id + "/photos.zip").statusCode()).isEqualTo(404);
        assertThat(strangerWeb.get("/channels/publishing?don-vi=" + fx.province.id()).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, stranger).get("/api/v1/channels/publishing?storyId=" + story).status()).isEqualTo(404);

        String leader = fx.account("LEADERSHIP", fx.province);
        WebSession leaderWeb = WebSession.login(port, leader);
        assertThat(leaderWeb.get("/channels/publishing").body()).contains(title).doesNotContain("Địa chỉ bài đã đăng trong nhóm");
        assertThat(leaderWeb.post("/channels/publishing/" + id + "/posted", Map.of("url", "https://www.facebook.com/groups/" + group + "/posts/1"))
                .status()).isEqualTo(403);
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);

        // the commune's own Zalo group: its officer marks it posted, without an address (Zalo groups have none per message)
        long zalo = fx.channel(fx.commune, "ZALO_GROUP", "Zalo xã " + fx.tag, "https://zalo.me/g/abcd" + fx.platformId(), null);
        long other = fx.publishedStory("Bài cho Zalo " + fx.tag, "Sapo", "", false, true, List.of(), null);
        planner.plan(other, fx.commune.id());
        long zaloItem = deliveries.ofStory(other).stream().filter(d -> d.channelId() == zalo).findFirst().orElseThrow().id();
        WebSession officer = WebSession.login(port, fx.account("UNIT_OFFICER", fx.commune));
        assertThat(officer.post("/channels/publishing/" + id + "/posted", Map.of("url", "https://www.facebook.com/groups/" + group + "/posts/1"))
                .status()).as("the province's group is outside the commune officer's scope").isEqualTo(404);
        assertThat(officer.post("/channels/publishing/" + zaloItem + "/posted", Map.of("url", "")).status()).isEqualTo(302);
        assertThat(deliveries.find(zaloItem).orElseThrow().status()).isEqualTo(DeliveryStatus.POSTED);
        assertThat(ApiClient.as(port, leader).get("/api/v1/channels/publishing?storyId=" + other).body()).contains("\"status\":\"POSTED\"");
    }

    @Test
    void unpublishingWithdrawsWhatWasNotPostedAndPublishingAgainPutsItBack() {
        String moderator = fx.account("MODERATOR", fx.province);
        long id = item();
        StoryEvent.StoryRef ref = new StoryEvent.StoryRef(story, title, StoryKind.ARTICLE, fx.commune.id(), fx.commune.path(), null, 1L);
        jdbc.sql("update story set status = 'UNPUBLISHED' where id = :id").param("id", story).update();
        transaction.executeWithoutResult(tx -> events.publishEvent(new StoryEvent.Unpublished(ref, null, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.find(id).orElseThrow().status() == DeliveryStatus.SKIPPED);
        WebSession web = WebSession.login(port, moderator);
        assertThat(web.get("/channels/publishing").body()).contains("không đăng: tin, bài đã được gỡ khỏi cổng trước khi đăng");
        assertThat(web.post("/channels/publishing/" + id + "/posted", Map.of("url", "https://www.facebook.com/groups/" + group + "/posts/5")).body())
                .contains("Mục này đã được đánh dấu rồi.");

        jdbc.sql("update story set status = 'PUBLISHED' where id = :id").param("id", story).update();
        assertThat(planner.plan(story, fx.commune.id())).isZero();
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    private static List<String> zipEntries(byte[] bytes) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(zip.readAllBytes().length).isGreaterThan(1000);
                names.add(e.getName());
            }
        }
        return names;
    }
}
