package vn.lantoa.channels.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeGraphPublishing;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Cross-posting to a Page against the fake Graph API, the poll called directly (its cron is off in
 * tests): deliveries made once per target when a story is published; a link post; a photo post (ten
 * at most, the cover first, uploaded unpublished then attached); retries with backoff after a 500 or a
 * rate limit without uploading a photo twice; an expired token stops at once and the unit is told.
 */
@IntegrationTest
class PagePostingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    Deliveries deliveries;
    @Autowired
    MediaLibrary media;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DeliveryPlanner planner;

    FakeGraphApi graph = FakeGraphApi.shared();
    FakeGraphPublishing fake = FakeGraphPublishing.shared();
    PublishingFixture fx;

    @BeforeEach
    void setUp() {
        Fakes.install(settings, false);
        fx = new PublishingFixture(jdbc);
    }

    private void publish(long storyId, String title) {
        StoryEvent.StoryRef ref = new StoryEvent.StoryRef(storyId, title, StoryKind.ARTICLE, fx.commune.id(), fx.commune.path(), null, 1L);
        transaction.executeWithoutResult(tx -> events.publishEvent(new StoryEvent.Published(ref, null, Instant.now())));
    }

    private List<Delivery> awaitDeliveries(long storyId, int count) {
        await().atMost(PATIENCE).until(() -> deliveries.ofStory(storyId).size() >= count);
        return deliveries.ofStory(storyId);
    }

    private Delivery only(long storyId) {
        return awaitDeliveries(storyId, 1).get(0);
    }

    private void dueNow(long deliveryId) {
        jdbc.sql("update channel_delivery set next_attempt_at = now() - interval '1 second' where id = :id").param("id", deliveryId).update();
    }

    @Test
    void deliveriesAreMadeOncePerTargetChannelOfTheUnionAndTheAuthorUnit() {
        String pageId = fx.platformId();
        long page = fx.connectedPage(connections, cipher, pageId, "EAApost" + pageId);
        long unconnectedPage = fx.channel(fx.province, "FACEBOOK_PAGE", "Trang chưa kết nối " + fx.tag, "https://www.facebook.com/u" + fx.platformId(), null);
        long provinceGroup = fx.channel(fx.province, "FACEBOOK_GROUP", "Nhóm tỉnh " + fx.tag, "https://www.facebook.com/groups/t" + fx.platformId(), null);
        long communeZalo = fx.channel(fx.commune, "ZALO_GROUP", "Nhóm Zalo xã " + fx.tag, "https://zalo.me/g/abc" + fx.platformId(), null);
        long otherGroup = fx.channel(fx.otherCommune, "FACEBOOK_GROUP", "Nhóm xã khác " + fx.tag, "https://www.facebook.com/groups/k" + fx.platformId(), null);

        long story = fx.publishedStory("Hội thi áo dài " + fx.tag, "Sapo", "<p>Thân bài</p>", true, true, List.of(), null);
        publish(story, "Hội thi áo dài");
        List<Delivery> made = awaitDeliveries(story, 3);
        assertThat(made).extracting(Delivery::channelId).containsExactlyInAnyOrder(page, provinceGroup, communeZalo)
                .doesNotContain(unconnectedPage, otherGroup);
        assertThat(made).filteredOn(d -> d.channelId() == page).singleElement()
                .satisfies(d -> assertThat(d.manual()).isFalse()).satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
        assertThat(made).filteredOn(Delivery::manual).hasSize(2);

        // posted, then unpublished and published again: nothing is made (nor posted) twice
        posting.runDue();
        assertThat(fake.posts(pageId)).hasSize(1);
        assertThat(planner.plan(story, fx.commune.id())).as("a re-publication makes no delivery").isZero();
        assertThat(deliveries.ofStory(story)).hasSize(3);
        posting.runDue();
        assertThat(fake.posts(pageId)).hasSize(1);

        long groupOnly = fx.publishedStory("Chỉ nhóm " + fx.tag, "", "<p>x</p>", false, true, List.of(), null);
        publish(groupOnly, "Chỉ nhóm");
        assertThat(awaitDeliveries(groupOnly, 2)).allSatisfy(d -> assertThat(d.manual()).isTrue());
    }

    @Test
    void aStoryWithoutPhotosIsALinkPostRecordedAmongThePagesPosts() {
        String pageId = fx.platformId();
        long page = fx.connectedPage(connections, cipher, pageId, "EAAlink" + pageId);
        String title = "Phụ nữ khởi nghiệp " + fx.tag;
        long story = fx.publishedStory(title, "", "<p>Ngày hội <b>khởi nghiệp</b> của phụ nữ xã.</p><script>x()</script>", true, false, List.of(), null);
        publish(story, title);
        Delivery delivery = only(story);

        assertThat(posting.runDue()).isGreaterThanOrEqualTo(1);
        FakeGraphPublishing.Post post = fake.posts(pageId).get(0);
        String link = "http://localhost:8080" + StoryAddress.path(story, title);
        assertThat(post.link()).isEqualTo(link);
        assertThat(post.message()).startsWith(title + "\n\nNgày hội khởi nghiệp của phụ nữ xã.").endsWith(link).doesNotContain("<b>", "<p>");
        assertThat(post.attachedPhotoIds()).isEmpty();
        assertThat(fake.photos(pageId)).isEmpty();

        Delivery done = deliveries.find(delivery.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.POSTED);
        assertThat(done.externalId()).isEqualTo(post.id());
        assertThat(done.permalink()).isEqualTo("https://www.facebook.com/" + post.id());
        Map<String, Object> row = jdbc.sql("select story_id, permalink, source from channel_post where channel_id = :c and external_id = :e")
                .param("c", page).param("e", post.id()).query().singleRow();
        assertThat(row).containsEntry("story_id", story).containsEntry("source", "API").containsEntry("permalink", done.permalink());
    }

    @Test
    void photosAreUploadedUnpublishedCoverFirstTenAtMostThenAttachedInOrder() {
        String pageId = fx.platformId();
        fx.connectedPage(connections, cipher, pageId, "EAAphoto" + pageId);
        List<MediaAsset> assets = new ArrayList<>();
        assets.add(PublishingFixture.photo(media, 1600, 1000, 1));
        for (int i = 2; i <= 11; i++) {
            assets.add(PublishingFixture.photo(media, 400, 300, i));
        }
        List<UUID> ids = assets.stream().map(MediaAsset::id).toList();
        UUID cover = ids.get(4);
        String title = "Mười một ảnh " + fx.tag;
        long story = fx.publishedStory(title, "Tổng kết hoạt động tháng", "<p>…</p>", true, false, ids, cover);
        publish(story, title);
        Delivery delivery = only(story);

        posting.runDue();
        List<FakeGraphPublishing.Photo> uploaded = fake.photos(pageId);
        assertThat(uploaded).hasSize(10).allSatisfy(p -> assertThat(p.published()).isFalse());
        assertThat(uploaded.get(0).caption()).as("the cover goes first, with its caption").isEqualTo("Ảnh 4");
        assertThat(uploaded.get(1).caption()).isEqualTo("Ảnh 0");
        // the 1600 px photo went as its 1280 px variant, smaller than what was uploaded to Lan Tỏa
        long bigSent = uploaded.get(1).bytes();
        assertThat(bigSent).isLessThan(assets.get(0).sizeBytes());
        FakeGraphPublishing.Post post = fake.posts(pageId).get(0);
        assertThat(post.link()).isNull();
        assertThat(post.message()).contains(title, "Tổng kết hoạt động tháng", StoryAddress.path(story, title));
        assertThat(post.attachedPhotoIds()).containsExactlyElementsOf(uploaded.stream().map(FakeGraphPublishing.Photo::id).toList());

        Map<String, String> kept = deliveries.find(delivery.id()).orElseThrow().uploaded();
        List<UUID> expectedOrder = new ArrayList<>(List.of(cover));
        ids.stream().filter(id -> !id.equals(cover)).limit(9).forEach(expectedOrder::add);
        assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(expectedOrder.stream().map(UUID::toString).toList())
                .doesNotContain(ids.get(10).toString());
        for (int i = 0; i < expectedOrder.size(); i++) {
            assertThat(kept.get(expectedOrder.get(i).toString())).as("photo %d in posting order", i).isEqualTo(post.attachedPhotoIds().get(i));
        }
    }

    @Test
    void transientFailuresAreRetriedWithBackoffWithoutUploadingPhotosTwice() {
        String editor = fx.account("EDITOR", fx.province);
        String pageId = fx.platformId();
        fx.connectedPage(connections, cipher, pageId, "EAAretry" + pageId);
        List<UUID> ids = List.of(PublishingFixture.photo(media, 400, 300, 21).id(), PublishingFixture.photo(media, 400, 300, 22).id(),
                PublishingFixture.photo(media, 400, 300, 23).id());
        String title = "Thử lại " + fx.tag;
        long story = fx.publishedStory(title, "Sapo", "", true, false, ids, null);
        publish(story, title);
        Delivery delivery = only(story);

        // the feed answers 500: the three uploads are kept, the next try in a minute
        fake.failNext(pageId, "feed", 1);
        Instant before = Instant.now();
        posting.runDue();
        Delivery first = deliveries.find(delivery.id()).orElseThrow();
        assertThat(first.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.errorCode()).isEqualTo("2");
        assertThat(first.nextAttemptAt()).isBetween(before.plusSeconds(55), Instant.now().plusSeconds(65));
        assertThat(first.uploaded()).hasSize(3);
        assertThat(fake.photos(pageId)).hasSize(3);

        // not due yet: nothing happens
        posting.runDue();
        assertThat(fake.posts(pageId)).isEmpty();

        // then a rate limit (32): the next wait is five minutes
        graph.pageById(pageId).rateLimited(true);
        dueNow(delivery.id());
        posting.runDue();
        Delivery second = deliveries.find(delivery.id()).orElseThrow();
        assertThat(second.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.failureKind()).isEqualTo("RATE_LIMITED");
        assertThat(Duration.between(Instant.now(), second.nextAttemptAt())).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        String state = WebSession.login(port, editor).get("/channels/publishing?don-vi=" + fx.province.id()).body();
        assertThat(state).contains("đang thử lại lần 3 lúc", "Nền tảng tạm giới hạn số lần gọi.");
        graph.pageById(pageId).rateLimited(false);

        // the next try posts with the photos uploaded the first time
        dueNow(delivery.id());
        posting.runDue();
        assertThat(fake.photos(pageId)).hasSize(3);
        assertThat(fake.posts(pageId)).singleElement().satisfies(p -> assertThat(p.attachedPhotoIds())
                .containsExactlyElementsOf(fake.photos(pageId).stream().map(FakeGraphPublishing.Photo::id).toList()));
        assertThat(deliveries.find(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.POSTED);
    }

    @Test
    void afterTheLastPlannedTryItIsGivenUpAndAnEditorCanRetryNow() {
        String editor = fx.account("EDITOR", fx.province);
        String pageId = fx.platformId();
        fx.connectedPage(connections, cipher, pageId, "EAAgive" + pageId);
        long story = fx.publishedStory("Bỏ cuộc " + fx.tag, "Sapo", "", true, false, List.of(), null);
        publish(story, "Bỏ cuộc");
        Delivery delivery = only(story);
        jdbc.sql("update channel_delivery set status = 'RETRYING', attempts = 5 where id = :id").param("id", delivery.id()).update();
        fake.failNext(pageId, "feed", 1);
        posting.runDue();
        Delivery gaveUp = deliveries.find(delivery.id()).orElseThrow();
        assertThat(gaveUp.status()).isEqualTo(DeliveryStatus.GAVE_UP);
        assertThat(gaveUp.attempts()).isEqualTo(6);
        assertThat(gaveUp.nextAttemptAt()).isNull();

        WebSession web = WebSession.login(port, editor);
        String page = web.get("/channels/publishing?don-vi=" + fx.province.id()).body();
        assertThat(page).contains("đã ngừng thử sau 6 lần", "Thử lại ngay");
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();
        assertThat(web.post("/channels/publishing/" + delivery.id() + "/retry", Map.of("don-vi", Long.toString(fx.province.id()))).status())
                .isEqualTo(302);
        assertThat(deliveries.find(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_DELIVERY_RETRY' and target_id = :id")
                .param("id", delivery.id()).query(Long.class).single()).isEqualTo(1);
        posting.runDue();
        assertThat(deliveries.find(delivery.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.POSTED);

        // an officer of another commune sees nothing of it; a department officer in scope may not retry
        String stranger = fx.account("UNIT_OFFICER", fx.otherCommune);
        assertThat(WebSession.login(port, stranger).post("/channels/publishing/" + delivery.id() + "/retry", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anExpiredTokenStopsAtOnceAndTheUnitIsToldAndTheStoryShowsWhy() {
        String admin = fx.account("ADMIN", fx.province);
        String editor = fx.account("EDITOR", fx.province);
        String pageId = fx.platformId();
        String token = "EAAexpired" + pageId;
        long page = fx.connectedPage(connections, cipher, pageId, token);
        graph.expire(token);
        long story = fx.publishedStory("Hết hạn " + fx.tag, "Sapo", "", true, false, List.of(), null);
        publish(story, "Hết hạn");
        Delivery delivery = only(story);

        posting.runDue();
        Delivery failed = deliveries.find(delivery.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("190/463");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(jdbc.sql("select status from channel_connection where channel_id = :c").param("c", page).query(String.class).single())
                .isEqualTo("EXPIRED");
        long adminId = fx.accountId(admin);
        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from notice where account_id = :a and kind = 'CHANNEL_FAILED'")
                .param("a", adminId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select excerpt from notice where account_id = :a and kind = 'CHANNEL_FAILED'").param("a", adminId)
                .query(String.class).single()).contains("Mã truy cập đã hết hạn.").doesNotContain(token);

        // no retry: the next runs call nothing
        int calls = graph.received(r -> r.path().startsWith(FakeGraphApi.VERSION + "/" + pageId)).size();
        posting.runDue();
        assertThat(graph.received(r -> r.path().startsWith(FakeGraphApi.VERSION + "/" + pageId))).hasSize(calls);

        // the story page and the API say why
        WebSession web = WebSession.login(port, editor);
        String shown = web.get("/newsroom/stories/" + story).body();
        assertThat(shown).contains("Đăng lên kênh", "Fanpage " + fx.tag, "lỗi: Mã truy cập đã hết hạn. (190/463) — cần kết nối lại trang",
                "Kết nối lại");
        assertThat(HtmlChecker.staffPageErrors(shown)).isEmpty();
        assertThat(ApiClient.as(port, editor).get("/api/v1/channels/publishing?storyId=" + story).body()).contains("\"status\":\"FAILED\"", "\"failing\":true");
    }

    @Test
    void withoutAConnectedPageTheStoryPageSaysWhereToConnectOne() {
        String editor = fx.account("EDITOR", fx.province);
        fx.channel(fx.province, "FACEBOOK_PAGE", "Trang chưa kết nối " + fx.tag, "https://www.facebook.com/n" + fx.platformId(), null);
        long story = fx.publishedStory("Không có trang " + fx.tag, "Sapo", "", true, false, List.of(), null);
        assertThat(planner.plan(story, fx.commune.id())).isZero();
        String shown = WebSession.login(port, editor).get("/newsroom/stories/" + story).body();
        assertThat(shown).contains("chưa đăng được: " + fx.province.name() + " chưa kết nối fanpage nào với Lan Tỏa", "Kết nối fanpage",
                "/channels/connections?don-vi=" + fx.province.id());
    }

    @Test
    void aTokenWithoutPagesManagePostsFailsWithTheMissingPermissionNamed() {
        String pageId = fx.platformId();
        long page = fx.connectedPage(connections, cipher, pageId, "EAAnoperm" + pageId, "pages_show_list", "pages_read_engagement");
        long story = fx.publishedStory("Thiếu quyền " + fx.tag, "Sapo", "", true, false, List.of(), null);
        publish(story, "Thiếu quyền");
        Delivery delivery = only(story);
        posting.runDue();
        Delivery failed = deliveries.find(delivery.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failureKind()).isEqualTo("MISSING_PERMISSION");
        assertThat(jdbc.sql("select missing_permission from channel_connection where channel_id = :c").param("c", page).query(String.class)
                .single()).isEqualTo("pages_manage_posts");
        assertThat(fake.posts(pageId)).isEmpty();
    }
}
