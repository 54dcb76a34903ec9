package vn.lantoa.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeGraphComments;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.channels.moderation.ModerationFixture;
import vn.lantoa.support.IntegrationTest;

/**
 * The Page webhook over real HTTP, as Meta calls it: the subscription handshake; deliveries signed with
 * the app secret (good, bad, missing, body changed after signing); a re-sent delivery taken once; a
 * comment on a connected page stored with the page's rules applied in order (the hide reaching the fake
 * Graph API); a page not connected ignored; messages published as {@link PageMessageReceived}.
 */
@IntegrationTest
class WebhookTest {

    private static final String PATH = "/api/v1/channels/webhooks/facebook";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

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
    AbstractApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();
    final List<Object> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> p
                && (p.getPayload() instanceof PageMessageReceived || p.getPayload() instanceof FeedCommentChanged)) {
            published.add(p.getPayload());
        }
    };
    ModerationFixture fx;

    @BeforeEach
    void setUp() {
        Fakes.install(settings, true);
        fx = new ModerationFixture(jdbc);
        multicaster().addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        multicaster().removeApplicationListener(recorder);
    }

    private ApplicationEventMulticaster multicaster() {
        return context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
    }

    private HttpResponse<String> deliver(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signed(String body) {
        return WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), FakeGraphApi.APP_SECRET);
    }

    private long deliveries(String body) {
        return jdbc.sql("select count(*) from channel_webhook_delivery where digest = :d")
                .param("d", WebhookDeliveries.digest(body.getBytes(StandardCharsets.UTF_8))).query(Long.class).single();
    }

    private static String commentChange(String pageId, String postId, String commentId, String fromId, String message, long created) {
        return """
                {"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{"from":{"id":"%s","name":"Nguyễn Văn A"},
                "post":{"status_type":"added_photos","is_published":true,"updated_time":"2026-12-07T02:00:00+0000","permalink_url":"https://www.facebook.com/%s","promotion_status":"inactive","id":"%s"},
                "message":"%s","post_id":"%s","comment_id":"%s","created_time":%d,"item":"comment","parent_id":"%s","verb":"add"}}]}]}"""
                .formatted(pageId, created, fromId, postId, postId, message, postId, commentId, created, postId);
    }

    @Test
    void theHandshakeAnswersTheChallengeOnlyForTheConfiguredToken() throws Exception {
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH
                + "?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");

        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH
                + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("1158201444");
        HttpResponse<String> mode = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH
                + "?hub.mode=unsubscribe&hub.verify_token=test-verify-token&hub.challenge=42")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mode.statusCode()).isEqualTo(403);
    }

    @Test
    void onlyADeliverySignedWithTheAppSecretOverItsExactBodyIsTaken() throws Exception {
        String body = commentChange(fx.platformId(), "1_2", "2_3", "77", "Xin chào", Instant.now().getEpochSecond());

        assertThat(deliver(body, null).statusCode()).isEqualTo(403);
        assertThat(deliver(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-secret")).statusCode()).isEqualTo(403);
        assertThat(deliver(body, "sha256=").statusCode()).isEqualTo(403);
        String changed = body.replace("Xin chào", "Xin chao");
        assertThat(deliver(changed, signed(body)).statusCode()).isEqualTo(403);
        assertThat(deliveries(body) + deliveries(changed)).isZero();
        assertThat(published).isEmpty();

        assertThat(deliver(body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(deliveries(body)).isEqualTo(1);
    }

    @Test
    void aCommentOnAConnectedPageIsStoredOnceWithItsRulesAppliedInOrder() throws Exception {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.commune, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        fx.rule(fx.province, "Lừa đảo", "lừa đảo", false, "HIDE", null, 1);
        fx.rule(fx.commune, "Có liên kết", "", true, "FLAG", null, 1);
        FakeGraphComments fake = FakeGraphComments.shared();
        String post = fake.post(pageId);
        String comment = fake.comment(post, "5551", "Nguyễn Văn A", "LUA DAO day, xem https://vay.example", Instant.now());
        String otherPage = fx.platformId();
        String body = commentChange(pageId, post, comment, "5551", "LUA DAO day, xem https://vay.example", Instant.now().getEpochSecond())
                .replace("]}]}", "]},{\"id\":\"" + otherPage + "\",\"time\":1,\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\","
                        + "\"verb\":\"add\",\"comment_id\":\"" + otherPage + "_9\",\"post_id\":\"" + otherPage + "_1\",\"message\":\"x\"}}]}]}");

        assertThat(deliver(body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(deliver(body, signed(body)).statusCode()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> "HIDDEN".equals(jdbc.sql("select status from channel_comment where external_id = :id")
                .param("id", comment).query(String.class).optional().orElse(null)));
        Map<String, Object> row = jdbc.sql("select channel_id, post_id, author_name, message, flagged, rule_hits from channel_comment where external_id = :id")
                .param("id", comment).query().singleRow();
        assertThat(row.get("channel_id")).isEqualTo(channel);
        assertThat(row.get("post_id")).isEqualTo(post);
        assertThat(row.get("author_name")).isEqualTo("Nguyễn Văn A");
        assertThat(row.get("flagged")).isEqualTo(true);
        assertThat(row.get("rule_hits")).isEqualTo("Lừa đảo\nCó liên kết");
        assertThat(fake.get(comment).hidden()).isTrue();
        assertThat(jdbc.sql("select count(*) from channel_comment where external_id = :id").param("id", comment).query(Long.class).single()).isEqualTo(1);
        assertThat(deliveries(body)).isEqualTo(1);
        assertThat(published.stream().filter(FeedCommentChanged.class::isInstance)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from channel_comment where external_id = :id").param("id", otherPage + "_9").query(Long.class).single())
                .isZero();
    }

    @Test
    void messagesArePublishedForTheInboxEchoesMarked() throws Exception {
        String pageId = fx.platformId();
        String body = """
                {"object":"page","entry":[{"id":"%s","time":1765072800123,"messaging":[
                {"sender":{"id":"2410001"},"recipient":{"id":"%s"},"timestamp":1765072800123,
                 "message":{"mid":"m_AAA1","text":"Cho em hỏi thủ tục vay vốn","attachments":[{"type":"image","payload":{"url":"https://scontent.example/a.jpg"}}]}},
                {"sender":{"id":"%s"},"recipient":{"id":"2410001"},"timestamp":1765072900000,
                 "message":{"mid":"m_AAA2","is_echo":true,"app_id":1517,"text":"Chào chị, Hội xin trả lời ạ"}}]}]}"""
                .formatted(pageId, pageId, pageId);

        assertThat(deliver(body, signed(body)).statusCode()).isEqualTo(200);

        List<PageMessageReceived> messages = published.stream().filter(PageMessageReceived.class::isInstance).map(PageMessageReceived.class::cast).toList();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).isEqualTo(new PageMessageReceived(pageId, "2410001", "m_AAA1", "Cho em hỏi thủ tục vay vốn",
                List.of("https://scontent.example/a.jpg"), false, Instant.ofEpochMilli(1765072800123L)));
        assertThat(messages.get(1).echo()).isTrue();
        assertThat(messages.get(1).senderId()).isEqualTo("2410001");
        assertThat(messages.get(1).text()).isEqualTo("Chào chị, Hội xin trả lời ạ");

        assertThat(deliver(body, signed(body)).statusCode()).isEqualTo(200);
        assertThat(published.stream().filter(PageMessageReceived.class::isInstance)).hasSize(2);
    }
}
