package vn.lantoa.channels.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeHttpServer;
import vn.lantoa.channels.fake.FakeZaloApi;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The daily pull against the fake servers, called directly (its cron is off in tests): the follows
 * series and today's total, idempotent; an expired token told once to the unit's admin, in the app and
 * by email; a retired metric that does not stop the others; a rate limit tried again later; Zalo's
 * token refreshed before it expires.
 */
@IntegrationTest
class AudiencePullTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
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
    FakeZaloApi zalo = FakeZaloApi.shared();
    ChannelFixture fx;
    LocalDate today = LocalDate.now(AudiencePuller.VIETNAM);

    @BeforeEach
    void setUp() {
        Fakes.install(settings, false);
        fx = new ChannelFixture(jdbc);
    }

    /** A commune's Page, connected with a Page token that may read insights. */
    private long connectedPage(String pageId, String token) {
        long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage " + fx.tag, pageId);
        graph.pageToken(token, pageId, "pages_show_list", "pages_read_engagement", "read_insights");
        connections.connect(channel, Platform.FACEBOOK, pageId, "Trang " + fx.tag, cipher.seal(token), null, TokenCipher.hint(token),
                null, null, "pages_read_engagement,read_insights", null, Instant.now());
        return channel;
    }

    private Map<LocalDate, Integer> audience(long channel) {
        Map<LocalDate, Integer> map = new java.util.TreeMap<>();
        jdbc.sql("select day, audience from channel_audience where channel_id = :c and source = 'API'").param("c", channel)
                .query((rs, n) -> map.put(rs.getDate(1).toLocalDate(), rs.getInt(2))).list();
        return map;
    }

    private Map<String, Object> connection(long channel) {
        return jdbc.sql("select status, failure_kind, missing_permission, retry_after, notified_at, error_code from channel_connection where channel_id = :c")
                .param("c", channel).query().singleRow();
    }

    @Test
    void theFollowsSeriesAndTodaysTotalAreWrittenOnce() {
        String pageId = fx.platformId();
        String token = "EAApull" + pageId;
        graph.page(pageId, "Trang " + fx.tag, 1514);
        for (int i = 1; i <= 5; i++) {
            graph.pageFollows(pageId, today.minusDays(i), 1500 - i * 10L);
        }
        long channel = connectedPage(pageId, token);

        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        Map<LocalDate, Integer> first = audience(channel);
        assertThat(first).hasSize(6).containsEntry(today, 1514).containsEntry(today.minusDays(1), 1490).containsEntry(today.minusDays(5), 1450);
        List<FakeHttpServer.Received> insights = graph.received(r -> r.path().equals(FakeGraphApi.VERSION + "/" + pageId + "/insights"));
        assertThat(insights).extracting(r -> r.param("metric")).contains("page_follows", "page_media_view");
        assertThat(insights).allSatisfy(r -> assertThat(r.param("metric")).doesNotContain(","));
        assertThat(insights.get(0).param("period")).isEqualTo("day");
        assertThat(insights.get(0).param("since")).isEqualTo(today.minusDays(90).toString());

        long before = jdbc.sql("select count(*) from channel_audience where channel_id = :c").param("c", channel).query(Long.class).single();
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        assertThat(audience(channel)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = :c").param("c", channel).query(Long.class).single())
                .isEqualTo(before);
        assertThat(connection(channel).get("status")).isEqualTo("CONNECTED");
        assertThat(jdbc.sql("select last_success_at from channel_connection where channel_id = :c").param("c", channel)
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void anExpiredTokenIsToldToTheUnitAdminOnceInTheAppAndByEmail() throws Exception {
        String admin = fx.account("ADMIN", fx.commune);
        String editor = fx.account("EDITOR", fx.province);
        String pageId = fx.platformId();
        String token = "EAAexp" + pageId;
        graph.page(pageId, "Trang " + fx.tag, 300);
        long channel = connectedPage(pageId, token);
        graph.expire(token);

        assertThat(puller.pull(channel).orElseThrow().failure()).isEqualTo(FailureKind.TOKEN_EXPIRED);
        Map<String, Object> row = connection(channel);
        assertThat(row.get("status")).isEqualTo("EXPIRED");
        assertThat(row.get("error_code")).isEqualTo("190/463");
        assertThat(row.get("notified_at")).isNotNull();

        WebSession web = WebSession.login(port, editor);
        String page = web.get("/channels/connections?don-vi=" + fx.province.id()).body();
        assertThat(page).contains("Hết hạn, cần kết nối lại", "Mã truy cập đã hết hạn.", "Quản trị viên trang hãy kết nối lại.")
                .doesNotContain(token);
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();

        long adminId = jdbc.sql("select id from account where username = :u").param("u", admin).query(Long.class).single();
        await().atMost(PATIENCE).until(() -> notices(adminId) == 1);
        String text = jdbc.sql("select excerpt from notice where account_id = :a and kind = 'CHANNEL_FAILED'").param("a", adminId)
                .query(String.class).single();
        assertThat(text).contains("Mã truy cập đã hết hạn.").doesNotContain(token);
        String address = admin + "@lantoa.local";
        await().atMost(PATIENCE).until(() -> mailsTo(address).size() == 1);

        // the same failure again, and again: nobody is told twice
        puller.pull(channel);
        puller.pullAll();
        Thread.sleep(1500);
        assertThat(notices(adminId)).isEqualTo(1);
        assertThat(mailsTo(address)).hasSize(1);
        MimeMessage sent = mailsTo(address).get(0);
        assertThat(sent.getSubject()).contains("Kênh mất kết nối", "Fanpage " + fx.tag);
        assertThat(jdbc.sql("select count(*) from notice where kind = 'CHANNEL_FAILED' and account_id = (select id from account where username = :u)")
                .param("u", editor).query(Long.class).single()).as("the editor above is not an admin of the unit").isZero();

        // reconnected: a success clears the episode; the next failure is told again
        String fresh = "EAAfresh" + pageId;
        graph.pageToken(fresh, pageId, "pages_read_engagement", "read_insights");
        connections.connect(channel, Platform.FACEBOOK, pageId, "Trang", cipher.seal(fresh), null, TokenCipher.hint(fresh), null, null, "", null,
                Instant.now());
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        assertThat(connection(channel).get("notified_at")).isNull();
        graph.expire(fresh);
        puller.pull(channel);
        await().atMost(PATIENCE).until(() -> notices(adminId) == 2);
    }

    @Test
    void aRetiredMetricDoesNotStopTheOthers() {
        String pageId = fx.platformId();
        String token = "EAAmetric" + pageId;
        graph.page(pageId, "Trang " + fx.tag, 800);
        graph.pageFollows(pageId, today.minusDays(1), 790);
        graph.pageDaily(pageId, "page_media_view", today.minusDays(1), 5000);
        long channel = connectedPage(pageId, token);
        graph.unknownMetric("page_media_view", true);
        try {
            assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
            assertThat(audience(channel)).containsEntry(today.minusDays(1), 790).containsEntry(today, 800);
            assertThat(connection(channel).get("status")).isEqualTo("CONNECTED");
            assertThat(jdbc.sql("select failing_since from channel_metric where name = 'page_media_view'").query(java.sql.Timestamp.class)
                    .single()).isNotNull();
            WebSession.Page page = WebSession.login(port, "quantri.tw").get("/channels/connections/metrics");
            assertThat(page.body()).contains("Nền tảng từ chối tên này", "The value must be a valid insights metric");
        } finally {
            graph.unknownMetric("page_media_view", false);
        }
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        assertThat(jdbc.sql("select failing_since from channel_metric where name = 'page_media_view'").query(java.sql.Timestamp.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("select value from channel_page_day where channel_id = :c and purpose = 'PAGE_MEDIA_VIEWS_DAILY'")
                .param("c", channel).query(Long.class).list()).containsExactly(5000L);
    }

    @Test
    void aRateLimitKeepsTheStatusAndIsTriedAgainLater() {
        String admin = fx.account("ADMIN", fx.commune);
        String pageId = fx.platformId();
        String token = "EAArate" + pageId;
        FakeGraphApi.Page page = graph.page(pageId, "Trang " + fx.tag, 10);
        long channel = connectedPage(pageId, token);
        page.rateLimited(true);
        try {
            assertThat(puller.pull(channel).orElseThrow().failure()).isEqualTo(FailureKind.RATE_LIMITED);
            Map<String, Object> row = connection(channel);
            assertThat(row.get("status")).isEqualTo("CONNECTED");
            assertThat(row.get("failure_kind")).isEqualTo("RATE_LIMITED");
            Instant retry = ((java.sql.Timestamp) row.get("retry_after")).toInstant();
            assertThat(retry).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
            assertThat(connections.due(Instant.now())).extracting(Connection::channelId).doesNotContain(channel);
            assertThat(connections.due(retry.plusSeconds(1))).extracting(Connection::channelId).contains(channel);
            String html = WebSession.login(port, admin).get("/channels/connections").body();
            assertThat(html).contains("Nền tảng tạm giới hạn số lần gọi.", "Lan Tỏa sẽ tự thử lại sau");
            assertThat(HtmlChecker.staffPageErrors(html)).isEmpty();
            puller.pull(channel);
            assertThat(((java.sql.Timestamp) connection(channel).get("retry_after")).toInstant()).as("waits longer each time").isAfter(retry);
        } finally {
            page.rateLimited(false);
        }
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        assertThat(connection(channel).get("failure_kind")).isNull();
        long adminId = jdbc.sql("select id from account where username = :u").param("u", admin).query(Long.class).single();
        assertThat(notices(adminId)).isZero();
    }

    @Test
    void zalosTokenIsRefreshedBeforeItExpires() {
        Fakes.install(settings, true);
        try {
            String oaId = fx.platformId();
            zalo.oa(oaId, "OA " + fx.tag, 460_000);
            String access = "zat-old-" + oaId;
            String refresh = "zrt-old-" + oaId;
            zalo.accessToken(access, oaId);
            zalo.refreshToken(refresh, oaId);
            long channel = fx.channel(fx.commune, "ZALO_OA", "Zalo OA " + fx.tag, oaId);
            connections.connect(channel, Platform.ZALO, oaId, "OA", cipher.seal(access), cipher.seal(refresh), TokenCipher.hint(access),
                    Instant.now().plus(Duration.ofMinutes(30)), null, "", null, Instant.now());

            assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
            assertThat(audience(channel)).containsEntry(today, 460_000);
            List<FakeHttpServer.Received> refreshes = zalo.received(r -> r.path().equals("/v4/oa/access_token") && refresh.equals(r.param("refresh_token")));
            assertThat(refreshes).hasSize(1);
            assertThat(refreshes.get(0).param("grant_type")).isEqualTo("refresh_token");
            assertThat(refreshes.get(0).headers().get("secret_key")).isEqualTo(FakeZaloApi.APP_SECRET);
            Map<String, Object> row = jdbc.sql("select token_sealed, refresh_sealed, expires_at from channel_connection where channel_id = :c")
                    .param("c", channel).query().singleRow();
            String newAccess = cipher.open((String) row.get("token_sealed"));
            assertThat(newAccess).startsWith("zat-" + oaId).isNotEqualTo(access);
            assertThat(cipher.open((String) row.get("refresh_sealed"))).startsWith("zrt-" + oaId).isNotEqualTo(refresh);
            assertThat(((java.sql.Timestamp) row.get("expires_at")).toInstant()).isAfter(Instant.now().plus(Duration.ofHours(24)));
            assertThat(zalo.received(r -> r.path().equals("/v2.0/oa/getoa") && newAccess.equals(r.headers().get("access_token")))).hasSize(1);

            // far from expiry: no refresh; an expired token (-124) is EXPIRED
            zalo.oa(oaId, "OA " + fx.tag, 460_100);
            assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
            assertThat(zalo.received(r -> r.path().equals("/v4/oa/access_token") && r.param("refresh_token") != null
                    && r.param("refresh_token").contains(oaId))).hasSize(1);
            assertThat(audience(channel)).containsEntry(today, 460_100);
            zalo.expire(newAccess);
            assertThat(puller.pull(channel).orElseThrow().failure()).isEqualTo(FailureKind.TOKEN_EXPIRED);
            assertThat(connection(channel).get("status")).isEqualTo("EXPIRED");
        } finally {
            Fakes.install(settings, false);
        }
    }

    @Test
    void anUnreachablePlatformIsAFailureWithItsReason() {
        String pageId = fx.platformId();
        String token = "EAAunreach" + pageId;
        graph.page(pageId, "Trang " + fx.tag, 10);
        long channel = connectedPage(pageId, token);
        settings.pointAt("http://127.0.0.1:9", graph.dialogUrl(), zalo.openapiUrl(), zalo.oauthUrl());
        try {
            assertThat(puller.pull(channel).orElseThrow().failure()).isEqualTo(FailureKind.UNREACHABLE);
        } finally {
            Fakes.install(settings, false);
        }
        assertThat(connection(channel).get("status")).isEqualTo("FAILED");
        String admin = fx.account("ADMIN", fx.commune);
        assertThat(WebSession.login(port, admin).get("/channels/connections").body())
                .contains("Đang lỗi", "Không kết nối được tới nền tảng");
        assertThat(connections.due(Instant.now())).extracting(Connection::channelId).as("tried again at the next pull").contains(channel);
        assertThat(puller.pull(channel).orElseThrow().ok()).isTrue();
        assertThat(connection(channel).get("status")).isEqualTo("CONNECTED");
        assertThat(connection(channel).get("failure_kind")).isNull();
    }

    private long notices(long accountId) {
        return jdbc.sql("select count(*) from notice where account_id = :a and kind = 'CHANNEL_FAILED'").param("a", accountId)
                .query(Long.class).single();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
