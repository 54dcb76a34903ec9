package vn.lantoa.channels.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeGraphMessenger;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The Page inbox end to end: messages arriving as the webhook's events, routed by keyword (without
 * diacritics) or by default, stored once by mid, echoes; replies through the fake Send API inside the
 * window, refused outside it (nothing sent), the HUMAN_AGENT path, Graph errors keeping the typed text;
 * who sees what; re-routing; and response-time figures from known timings.
 */
@IntegrationTest
class InboxTest {

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
    @Autowired
    InboxSettings settings;

    FakeGraphMessenger messenger = FakeGraphMessenger.shared();
    FakeGraphApi graph = FakeGraphApi.shared();
    InboxFixture fx;
    String familyHead;
    String policyStaff;
    String moderator;
    String communeOfficer;

    @BeforeEach
    void setUp() {
        Fakes.install(connectors, false);
        fx = new InboxFixture(jdbc, cipher, events);
        familyHead = fx.account("DEPARTMENT_HEAD", fx.province, fx.family);
        policyStaff = fx.account("DEPARTMENT_STAFF", fx.province, fx.policy);
        moderator = fx.account("MODERATOR", fx.province, null);
        communeOfficer = fx.account("UNIT_OFFICER", fx.commune, null);
    }

    @AfterEach
    void humanAgentOff() {
        settings.humanAgent(false);
    }

    private Map<String, Object> conversationRow(long id) {
        return jdbc.sql("select * from inbox_conversation where id = :id").param("id", id).query().singleRow();
    }

    private List<Map<String, Object>> messages(long conversation) {
        return jdbc.sql("select * from inbox_message where conversation_id = :c order by sent_at, id").param("c", conversation).query().listOfRows();
    }

    private long notices(String username, long conversation) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        long count = 0;
        while (System.currentTimeMillis() < deadline) {
            count = jdbc.sql("select count(*) from notice n join account a on a.id = n.account_id where a.username = :u and n.kind = 'INBOX_ROUTED'"
                    + " and n.link = :link").param("u", username).param("link", "/channels/inbox/" + conversation).query(Long.class).single();
            if (count > 0) {
                return count;
            }
            Thread.sleep(100);
        }
        return count;
    }

    @Test
    void aNewConversationIsRoutedByKeywordWithoutDiacriticsNamedOnceAndTheDepartmentTold() throws Exception {
        String psid = fx.psid();
        messenger.person(psid, "Nguyễn Thị Hoa");
        fx.personWrites(psid, "Chào Hội, tôi bị BAO LUC gia đình, cần giúp đỡ", Instant.now().minusSeconds(600));
        long id = fx.conversation(psid);
        Map<String, Object> c = conversationRow(id);
        assertThat(c.get("department_id")).isEqualTo(fx.family);
        assertThat(c.get("routed_by")).isEqualTo("RULE");
        assertThat(c.get("matched_keyword")).isEqualTo("bao luc");
        assertThat(c.get("person_name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(c.get("waiting_since")).isNotNull();

        fx.personWrites(psid, "Chị có đó không?", Instant.now().minusSeconds(300));
        assertThat(messages(id)).hasSize(2);
        assertThat(graph.received(r -> r.method().equals("GET") && r.path().equals(FakeGraphApi.VERSION + "/" + psid)))
                .as("the name is asked once").hasSize(1);
        assertThat(notices(familyHead, id)).isEqualTo(1);
        assertThat(notices(policyStaff, id)).isZero();

        String other = fx.psid();
        fx.personWrites(other, "Cho hỏi lịch sinh hoạt chi hội tháng này", Instant.now().minusSeconds(60));
        Map<String, Object> byDefault = conversationRow(fx.conversation(other));
        assertThat(byDefault.get("department_id")).isEqualTo(fx.policy);
        assertThat(byDefault.get("routed_by")).isEqualTo("DEFAULT");
        assertThat(byDefault.get("person_name")).as("no name from the Graph API").isNull();
        WebSession web = WebSession.login(port, policyStaff);
        WebSession.Page page = web.get("/channels/inbox/" + fx.conversation(other));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Người dùng Facebook", "Cho hỏi lịch sinh hoạt chi hội tháng này", "ban mặc định của trang");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();
    }

    @Test
    void aMessageSignedAndDeliveredByTheWebhookOpensARoutedConversation() throws Exception {
        Fakes.install(connectors, true); // the webhook checks signatures with the Facebook app's secret
        String psid = fx.psid();
        long sent = Instant.now().minusSeconds(30).toEpochMilli();
        String body = """
                {"object":"page","entry":[{"id":"%s","time":%d,"messaging":[{"sender":{"id":"%s"},"recipient":{"id":"%s"},"timestamp":%d,
                 "message":{"mid":"m_webhook_%s","text":"Tôi bị bạo lực gia đình, xin Hội giúp"}}]}]}"""
                .formatted(fx.pageId, sent, psid, fx.pageId, sent, psid);
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/channels/webhooks/facebook"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", vn.lantoa.channels.webhook.WebhookSignature.sign(
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8), FakeGraphApi.APP_SECRET))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(conversationRow(fx.conversation(psid)).get("department_id")).isEqualTo(fx.family));
    }

    @Test
    void aMessageIsStoredOnceByMidAndEchoesAreTold() {
        String psid = fx.psid();
        Instant asked = Instant.now().minusSeconds(3600);
        String mid = fx.personWrites(psid, "Hỏi về vay vốn", asked);
        events.publishEvent(new vn.lantoa.channels.webhook.PageMessageReceived(fx.pageId, psid, mid, "Hỏi về vay vốn", List.of(), false, asked));
        long id = fx.conversation(psid);
        assertThat(messages(id)).hasSize(1);

        fx.echo(psid, fx.mid(), "Chào chị, Hội đã nhận câu hỏi.", asked.plusSeconds(120));
        List<Map<String, Object>> all = messages(id);
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("direction")).isEqualTo("OUT");
        assertThat(all.get(1).get("source")).isEqualTo("BUSINESS_SUITE");
        assertThat(conversationRow(id).get("waiting_since")).as("answered from Business Suite").isNull();

        messenger.personWrote(fx.pageId, psid, Instant.now().minusSeconds(60));
        fx.personWrites(psid, "Cần giấy tờ gì ạ?", Instant.now().minusSeconds(60));
        WebSession web = WebSession.login(port, policyStaff);
        assertThat(web.post("/channels/inbox/" + id + "/reply", Map.of("text", "Chị mang căn cước nhé.")).status()).isEqualTo(302);
        String sentMid = messenger.sentTo(psid).get(0).messageId();
        fx.echo(psid, sentMid, "Chị mang căn cước nhé.", Instant.now());
        List<Map<String, Object>> after = messages(id);
        assertThat(after).hasSize(4);
        assertThat(after.stream().filter(m -> sentMid.equals(m.get("mid"))).map(m -> m.get("source")).toList()).containsExactly("LANTOA");
        assertThat(web.get("/channels/inbox/" + id).body()).contains("từ Business Suite", "(từ Lan Tỏa)");
    }

    @Test
    void aReplyInsideTheWindowReachesTheSendApiAsDocumented() {
        String psid = fx.psid();
        Instant asked = Instant.now().minusSeconds(3600);
        messenger.personWrote(fx.pageId, psid, asked);
        fx.personWrites(psid, "Tôi muốn hỏi về hôn nhân", asked);
        long id = fx.conversation(psid);

        WebSession web = WebSession.login(port, familyHead);
        WebSession.Page thread = web.post("/channels/inbox/" + id + "/reply", Map.of("text", "  Chào chị, Ban sẽ gọi lại cho chị.  "));
        assertThat(thread.status()).isEqualTo(302);
        List<FakeGraphMessenger.Sent> sent = messenger.sentTo(psid);
        assertThat(sent).hasSize(1);
        JsonNode body = sent.get(0).body();
        assertThat(body.path("recipient").path("id").asString()).isEqualTo(psid);
        assertThat(body.path("messaging_type").asString()).isEqualTo("RESPONSE");
        assertThat(body.has("tag")).isFalse();
        assertThat(body.path("message").path("text").asString()).isEqualTo("Chào chị, Ban sẽ gọi lại cho chị.");
        assertThat(graph.received(r -> r.method().equals("POST") && r.path().equals(FakeGraphApi.VERSION + "/" + fx.pageId + "/messages"))
                .get(0).param("access_token")).isEqualTo(fx.token);
        Map<String, Object> out = messages(id).get(1);
        assertThat(out.get("source")).isEqualTo("LANTOA");
        assertThat(out.get("sent_by")).isEqualTo(fx.accountId(familyHead));
        assertThat(conversationRow(id).get("waiting_since")).isNull();
        assertThat(thread.location()).endsWith("/channels/inbox/" + id + "?da-gui");
        assertThat(web.get("/channels/inbox/" + id + "?da-gui").body()).contains("Chào chị, Ban sẽ gọi lại cho chị.", "Đã gửi trả lời.");
    }

    @Test
    void outsideTheWindowTheReplyIsRefusedInVietnameseKeptAndNothingSent() {
        String psid = fx.psid();
        Instant asked = Instant.now().minus(Duration.ofHours(30));
        messenger.personWrote(fx.pageId, psid, asked);
        fx.personWrites(psid, "Cho hỏi về bạo lực học đường", asked);
        long id = fx.conversation(psid);

        WebSession web = WebSession.login(port, familyHead);
        String page = web.get("/channels/inbox/" + id).body();
        assertThat(page).contains("Đã hết thời hạn trả lời trên Facebook", "thời hạn đã hết lúc").doesNotContain("id=\"reply-form\"");
        WebSession.Page refused = web.post("/channels/inbox/" + id + "/reply", Map.of("text", "Trả lời muộn của Ban"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Không gửi được: đã hết thời hạn trả lời lúc", "Trả lời muộn của Ban");
        assertThat(messenger.sentTo(psid)).isEmpty();
        assertThat(messages(id)).hasSize(1);

        String tooLong = "a".repeat(2001);
        String inside = fx.psid();
        messenger.personWrote(fx.pageId, inside, Instant.now());
        fx.personWrites(inside, "bạo lực", Instant.now());
        WebSession.Page longReply = web.post("/channels/inbox/" + fx.conversation(inside) + "/reply", Map.of("text", tooLong));
        assertThat(longReply.body()).contains("dài 2.001 ký tự", "giới hạn 2.000 ký tự").contains(tooLong);
        assertThat(messenger.sentTo(inside)).isEmpty();
    }

    @Test
    void withHumanAgentOnAReplyAfter24HoursIsTaggedUpToSevenDays() {
        settings.humanAgent(true);
        String psid = fx.psid();
        Instant asked = Instant.now().minus(Duration.ofHours(50));
        messenger.personWrote(fx.pageId, psid, asked);
        fx.personWrites(psid, "Hỏi về vay vốn cho hộ nghèo", asked);
        long id = fx.conversation(psid);
        WebSession web = WebSession.login(port, policyStaff);
        assertThat(web.get("/channels/inbox/" + id).body()).contains("HUMAN_AGENT", "id=\"reply-form\"");
        assertThat(web.post("/channels/inbox/" + id + "/reply", Map.of("text", "Chào anh, Ban trả lời muộn.")).status()).isEqualTo(302);
        JsonNode body = messenger.sentTo(psid).get(0).body();
        assertThat(body.path("messaging_type").asString()).isEqualTo("MESSAGE_TAG");
        assertThat(body.path("tag").asString()).isEqualTo("HUMAN_AGENT");
        assertThat(messages(id).get(1).get("tag")).isEqualTo("HUMAN_AGENT");

        String late = fx.psid();
        messenger.personWrote(fx.pageId, late, Instant.now().minus(Duration.ofDays(8)));
        fx.personWrites(late, "vay vốn", Instant.now().minus(Duration.ofDays(8)));
        assertThat(web.post("/channels/inbox/" + fx.conversation(late) + "/reply", Map.of("text", "Quá muộn")).body())
                .contains("Không gửi được: đã hết thời hạn trả lời lúc");
        assertThat(messenger.sentTo(late)).isEmpty();
    }

    @Test
    void graphErrorsBecomeVietnameseAndTheTypedTextIsKept() {
        String psid = fx.psid();
        // Lan Tỏa thinks the person wrote an hour ago; Facebook knows of nothing since two days
        messenger.personWrote(fx.pageId, psid, Instant.now().minus(Duration.ofDays(2)));
        fx.personWrites(psid, "vay vốn", Instant.now().minusSeconds(3600));
        long id = fx.conversation(psid);
        WebSession web = WebSession.login(port, policyStaff);
        WebSession.Page page = web.post("/channels/inbox/" + id + "/reply", Map.of("text", "Nội dung em đã gõ cẩn thận"));
        assertThat(page.body()).contains("ngoài thời hạn cho phép", "Nội dung em đã gõ cẩn thận");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();

        String gone = fx.psid();
        messenger.personWrote(fx.pageId, gone, Instant.now()).unavailable(gone);
        fx.personWrites(gone, "vay vốn", Instant.now());
        WebSession.Page unavailable = web.post("/channels/inbox/" + fx.conversation(gone) + "/reply", Map.of("text", "Xin chào chị"));
        assertThat(unavailable.body()).contains("người này hiện không nhận được tin nhắn", "Xin chào chị");

        String expired = fx.psid();
        messenger.personWrote(fx.pageId, expired, Instant.now());
        fx.personWrites(expired, "vay vốn", Instant.now());
        graph.expire(fx.token);
        WebSession.Page token = web.post("/channels/inbox/" + fx.conversation(expired) + "/reply", Map.of("text", "Trả lời khi mã hết hạn"));
        assertThat(token.body()).contains("Mã truy cập của trang đã hết hạn hoặc bị thu hồi", "Trả lời khi mã hết hạn");
        assertThat(jdbc.sql("select status from channel_connection where channel_id = :c").param("c", fx.pageChannel).query(String.class)
                .single()).as("the dead token is recorded on the page's connection").isEqualTo("EXPIRED");
        assertThat(messenger.sentTo(expired)).isEmpty();

        InboxFixture weak = new InboxFixture(jdbc, cipher, events, "pages_read_engagement", "read_insights");
        String staff = weak.account("DEPARTMENT_STAFF", weak.province, weak.policy);
        String asker = weak.psid();
        messenger.personWrote(weak.pageId, asker, Instant.now());
        weak.personWrites(asker, "vay vốn", Instant.now());
        WebSession.Page denied = WebSession.login(port, staff).post("/channels/inbox/" + weak.conversation(asker) + "/reply",
                Map.of("text", "Câu trả lời"));
        assertThat(denied.body()).contains("Trang chưa cấp quyền pages_messaging", "Câu trả lời");
        assertThat(messenger.sentTo(asker)).isEmpty();
    }

    private static String row(long conversation) {
        return "id=\"conversation-" + conversation + "\"";
    }

    @Test
    void eachDepartmentSeesItsOwnAndACommuneOfficerNothingOfTheProvincePage() throws Exception {
        String a = fx.psid();
        String b = fx.psid();
        fx.personWrites(a, "bạo lực", Instant.now().minusSeconds(100));
        fx.personWrites(b, "vay vốn", Instant.now().minusSeconds(50));
        long familyConversation = fx.conversation(a);
        long policyConversation = fx.conversation(b);

        WebSession policy = WebSession.login(port, policyStaff);
        String list = policy.get("/channels/inbox").body();
        assertThat(list).contains(row(policyConversation)).doesNotContain(row(familyConversation));
        assertThat(HtmlChecker.staffPageErrors(list)).isEmpty();
        assertThat(policy.get("/channels/inbox/" + familyConversation).status()).isEqualTo(403);
        assertThat(policy.post("/channels/inbox/" + familyConversation + "/reply", Map.of("text", "x")).status()).isEqualTo(403);

        WebSession officer = WebSession.login(port, communeOfficer);
        assertThat(officer.get("/channels/inbox").body()).doesNotContain(row(policyConversation));
        assertThat(officer.get("/channels/inbox/" + policyConversation).status()).isEqualTo(404);

        WebSession mod = WebSession.login(port, moderator);
        assertThat(mod.get("/channels/inbox").body()).contains(row(policyConversation), row(familyConversation));

        assertThat(mod.post("/channels/inbox/" + familyConversation + "/route", Map.of("departmentId", Long.toString(fx.policy))).status())
                .isEqualTo(302);
        assertThat(conversationRow(familyConversation).get("department_id")).isEqualTo(fx.policy);
        assertThat(conversationRow(familyConversation).get("routed_by")).isEqualTo("STAFF");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'channel.inbox.rerouted' and target_id = :id")
                .param("id", familyConversation).query(Long.class).single()).isEqualTo(1);
        assertThat(policy.get("/channels/inbox/" + familyConversation).status()).isEqualTo(200);
        assertThat(notices(policyStaff, familyConversation)).as("the department it was passed to is told").isEqualTo(1);
        assertThat(mod.post("/channels/inbox/" + policyConversation + "/done", Map.of()).status()).isEqualTo(302);
        assertThat(conversationRow(policyConversation).get("status")).isEqualTo("DONE");
        assertThat(policy.get("/channels/inbox").body()).doesNotContain(row(policyConversation));
        assertThat(policy.get("/channels/inbox?trang-thai=xong").body()).contains(row(policyConversation));
    }

    @Test
    void figuresComeFromKnownTimings() {
        Instant t0 = Instant.now().minus(Duration.ofDays(3));
        int[] replyMinutes = {30, 120, 1800};
        for (int minutes : replyMinutes) {
            String psid = fx.psid();
            fx.personWrites(psid, "vay vốn", t0);
            fx.personWrites(psid, "vay vốn nữa", t0.plusSeconds(60));
            fx.echo(psid, fx.mid(), "Trả lời", t0.plus(Duration.ofMinutes(minutes)));
        }
        fx.personWrites(fx.psid(), "vay vốn", t0);

        JsonNode lines = ApiClient.as(port, moderator).get("/api/v1/channels/inbox/figures").json().path("lines");
        assertThat(lines.size()).isEqualTo(2);
        JsonNode line = lines.get(0);
        assertThat(line.path("channelId").asLong()).isEqualTo(fx.pageChannel);
        assertThat(line.path("departmentId").asLong()).isEqualTo(fx.policy);
        assertThat(line.path("conversations").asLong()).isEqualTo(4);
        assertThat(line.path("requests").asLong()).as("two messages in a row are one request").isEqualTo(4);
        assertThat(line.path("answered").asLong()).isEqualTo(3);
        assertThat(line.path("medianMinutes").asDouble()).isEqualTo(120.0);
        assertThat(line.path("p90Minutes").asDouble()).isCloseTo(120 + 0.8 * (1800 - 120), org.assertj.core.data.Offset.offset(0.01));
        assertThat(line.path("within24h").asLong()).isEqualTo(2);
        assertThat(line.path("unanswered").asLong()).isEqualTo(1);
        assertThat(lines.get(1).path("channelId").isNull()).as("the total line").isTrue();

        String html = WebSession.login(port, moderator).get("/channels/inbox/so-lieu").body();
        assertThat(html).contains(fx.pageName, "2 giờ 0 phút", "1 ngày 0 giờ", "50,0 %");
        assertThat(HtmlChecker.staffPageErrors(html)).isEmpty();
        assertThat(ApiClient.as(port, communeOfficer).get("/api/v1/channels/inbox/figures").json().path("lines").isEmpty())
                .as("the commune officer sees nothing of the province page").isTrue();
    }
}
