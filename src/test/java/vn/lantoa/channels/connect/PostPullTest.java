package vn.lantoa.channels.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeGraphPosts;
import vn.lantoa.channels.fake.FakeHttpServer;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.support.IntegrationTest;

/**
 * The daily pull reads a connected Page's posts with their lifetime figures from the Graph API into the
 * channel's posts: counts from the posts edge, views, reach and clicks from each post's insights by the
 * current metric names; a second reading replaces the figures (never adds); a refused metric name is
 * marked for the admin and leaves only its figure empty; posts are read across pages of the answer; a
 * post sharing a published story's address is linked to it.
 */
@IntegrationTest
class PostPullTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectorSettings settings;
    @Autowired
    AudiencePuller puller;
    @Autowired
    Connections connections;
    @Autowired
    TokenCipher cipher;

    FakeGraphApi graph = FakeGraphApi.shared();
    FakeGraphPosts fbPosts;
    ChannelFixture fx;

    @BeforeEach
    void setUp() {
        Fakes.install(settings, false);
        fbPosts = FakeGraphPosts.shared();
        fx = new ChannelFixture(jdbc);
    }

    private long connectedPage(String pageId) {
        String token = "EAAposts" + pageId;
        graph.page(pageId, "Trang " + fx.tag, 900);
        graph.pageToken(token, pageId, "pages_show_list", "pages_read_engagement", "read_insights");
        long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage " + fx.tag, pageId);
        connections.connect(channel, Platform.FACEBOOK, pageId, "Trang " + fx.tag, cipher.seal(token), null, TokenCipher.hint(token),
                null, null, "pages_read_engagement,read_insights", null, Instant.now());
        return channel;
    }

    private Map<String, Object> post(long channel, String externalId) {
        return jdbc.sql("select views, reach, reactions, comments, shares, clicks, source, title, permalink, story_id from channel_post "
                + "where channel_id = :c and external_id = :e").param("c", channel).param("e", externalId).query().singleRow();
    }

    private long storyPublished(String title) {
        return jdbc.sql("""
                insert into story (kind, title, author_unit_id, author_unit_path, status, created_by, published_at)
                values ('NEWS', ?, ?, ?, 'PUBLISHED', (select id from account where username = 'bientap'), now()) returning id""")
                .params(title, fx.commune.id(), fx.commune.path()).query(Long.class).single();
    }

    @Test
    void postsAndTheirLifetimeFiguresAreReadAndASecondReadingReplacesThem() {
        String pageId = fx.platformId();
        long channel = connectedPage(pageId);
        long story = storyPublished("Phụ nữ Hạc Thành khởi nghiệp");
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        fbPosts.post(pageId, 1, yesterday, "Mời đọc: http://localhost:8080/tin/phu-nu-hac-thanh-khoi-nghiep-" + story, 4, 7, 31,
                Map.of("post_media_view", 1200, "post_total_media_view_unique", 800, "post_clicks", 55));
        fbPosts.post(pageId, 2, yesterday.minus(Duration.ofDays(2)), "Chúc mừng ngày 20/11", 0, 2, 9,
                Map.of("post_media_view", 300, "post_total_media_view_unique", 250, "post_clicks", 3));

        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();

        Map<String, Object> first = post(channel, pageId + "_1");
        assertThat(first).containsEntry("views", 1200L).containsEntry("reach", 800L).containsEntry("reactions", 31L)
                .containsEntry("comments", 7L).containsEntry("shares", 4L).containsEntry("clicks", 55L).containsEntry("source", "API")
                .containsEntry("story_id", story);
        assertThat((String) first.get("permalink")).endsWith("/posts/1");
        assertThat(post(channel, pageId + "_2")).containsEntry("views", 300L).containsEntry("story_id", null);

        fbPosts.post(pageId, 1, yesterday, "Mời đọc: http://localhost:8080/tin/phu-nu-hac-thanh-khoi-nghiep-" + story, 5, 9, 40,
                Map.of("post_media_view", 1500, "post_total_media_view_unique", 950, "post_clicks", 60));
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();

        assertThat(post(channel, pageId + "_1")).containsEntry("views", 1500L).containsEntry("reach", 950L).containsEntry("reactions", 40L)
                .containsEntry("shares", 5L).containsEntry("clicks", 60L);
        assertThat(jdbc.sql("select count(*) from channel_post where channel_id = :c").param("c", channel).query(Long.class).single())
                .isEqualTo(2L);
        List<FakeHttpServer.Received> insights = graph.received(r -> r.path().startsWith(FakeGraphApi.VERSION + "/" + pageId + "_")
                && r.path().endsWith("/insights"));
        assertThat(insights).extracting(r -> r.param("metric"))
                .contains("post_media_view", "post_total_media_view_unique", "post_clicks").doesNotContain("post_impressions");
        assertThat(insights).allSatisfy(r -> assertThat(r.param("period")).isEqualTo("lifetime"));
    }

    @Test
    void aRefusedMetricNameIsMarkedAndOnlyItsFigureStaysEmpty() {
        String pageId = fx.platformId();
        long channel = connectedPage(pageId);
        fbPosts.post(pageId, 1, Instant.now().minus(Duration.ofHours(5)), "Tập huấn chuyển đổi số", 1, 2, 3,
                Map.of("post_media_view", 100, "post_total_media_view_unique", 90, "post_clicks", 8));
        graph.unknownMetric("post_clicks", true);
        try {
            assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
            assertThat(post(channel, pageId + "_1")).containsEntry("views", 100L).containsEntry("reach", 90L).containsEntry("clicks", null)
                    .containsEntry("reactions", 3L);
            assertThat(jdbc.sql("select failing_since is not null from channel_metric where name = 'post_clicks'").query(Boolean.class).single())
                    .isTrue();
        } finally {
            graph.unknownMetric("post_clicks", false);
            jdbc.sql("update channel_metric set failing_since = null, failure_message = null where name = 'post_clicks'").update();
        }
    }

    @Test
    void postsAreReadAcrossPagesOfTheAnswer() {
        String pageId = fx.platformId();
        long channel = connectedPage(pageId);
        Instant start = Instant.now().minus(Duration.ofDays(20));
        for (int n = 1; n <= 103; n++) {
            fbPosts.post(pageId, n, start.plus(Duration.ofHours(n)), "Bài " + n, 0, 0, n, Map.of("post_media_view", n * 10));
        }

        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();

        assertThat(jdbc.sql("select count(*) from channel_post where channel_id = :c").param("c", channel).query(Long.class).single())
                .isEqualTo(103L);
        assertThat(graph.received(r -> r.path().equals(FakeGraphApi.VERSION + "/" + pageId + "/published_posts"))).hasSize(2);
        assertThat(post(channel, pageId + "_103")).containsEntry("views", 1030L).containsEntry("reactions", 103L);
    }
}
