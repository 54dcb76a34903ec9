package vn.lantoa.channels.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.fake.FakeGraphComments;
import vn.lantoa.channels.fake.FakeHttpServer;
import vn.lantoa.channels.fake.Fakes;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Moderation against the fake Graph API, through the pages as a moderator uses them: the pull with
 * paging, once; hide, unhide and delete reaching Facebook and the audit log; Facebook's refusals shown
 * in Vietnamese with nothing changed; who may moderate which page; the rules editor's refusals; an
 * "assign" rule filling "Giao cho tôi"; the figures from known timings.
 */
@IntegrationTest
class FanpageModerationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

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
    CommentPuller puller;

    FakeGraphComments fake = FakeGraphComments.shared();
    ModerationFixture fx;

    @BeforeEach
    void setUp() {
        Fakes.install(settings, true);
        fake.pageSize(2);
        fx = new ModerationFixture(jdbc);
    }

    private long commentId(String externalId) {
        return jdbc.sql("select id from channel_comment where external_id = :e").param("e", externalId).query(Long.class).single();
    }

    private Map<String, Object> comment(String externalId) {
        return jdbc.sql("select status, handled_at, handled_by, flagged, assigned_to from channel_comment where external_id = :e")
                .param("e", externalId).query().singleRow();
    }

    private List<String> audit(long commentId) {
        return jdbc.sql("select action || ':' || actor_name from audit_event where target_type = 'channel_comment' and target_id = :id order by id")
                .param("id", commentId).query(String.class).list();
    }

    @Test
    void thePullReadsEveryPageOfCommentsOfTheRecentPostsOnce() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.province, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        String older = fake.post(pageId);
        String newer = fake.post(pageId);
        Instant t = Instant.parse("2026-12-01T01:00:00Z");
        String first = fake.comment(newer, "101", "Lê Thị B", "Bài viết hay quá", t);
        fake.comment(newer, "102", "Trần Văn C", "Cảm ơn Hội", t.plusSeconds(60));
        fake.reply(newer, first, "103", "Phạm Thị D", "Đồng ý với chị", t.plusSeconds(120));
        String hidden = fake.comment(newer, "104", "Người lạ", "Quảng cáo", t.plusSeconds(180));
        fake.hideOnFacebook(hidden, true);
        fake.comment(newer, "105", "Hoàng E", "👍", t.plusSeconds(240));
        fake.comment(older, "106", "Vũ F", "Tuyệt vời", t.minusSeconds(3600));

        CommentPuller.Outcome outcome = puller.pull(channel);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.added()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from channel_comment where channel_id = :c").param("c", channel).query(Long.class).single()).isEqualTo(6);
        assertThat(comment(hidden).get("status")).isEqualTo("HIDDEN");
        assertThat(jdbc.sql("select parent_id from channel_comment where author_name = 'Phạm Thị D' and channel_id = :c").param("c", channel)
                .query(String.class).single()).isEqualTo(first);
        List<FakeHttpServer.Received> reads = FakeGraphApi.shared().received(r -> r.path().equals(FakeGraphApi.VERSION + "/" + newer + "/comments"));
        assertThat(reads).hasSize(3);
        assertThat(reads.get(0).param("filter")).isEqualTo("stream");
        assertThat(reads.get(0).param("order")).isEqualTo("reverse_chronological");
        assertThat(reads.get(0).param("fields")).contains("is_hidden", "from", "created_time", "parent");
        assertThat(reads.get(1).param("after")).isNotBlank();

        assertThat(puller.pull(channel).added()).isZero();
        assertThat(jdbc.sql("select count(*) from channel_comment where channel_id = :c").param("c", channel).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aPullFacebookRefusesTellsTheUnitsAdminWhy() {
        String admin = fx.account("ADMIN", fx.commune);
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.commune, pageId, connections, cipher, "pages_show_list", "pages_read_engagement", "read_insights");
        fake.comment(fake.post(pageId), "150", "A", "Bình luận", Instant.now());

        CommentPuller.Outcome outcome = puller.pull(channel);

        assertThat(outcome.failure()).isEqualTo(FailureKind.MISSING_PERMISSION);
        Map<String, Object> k = jdbc.sql("select status, missing_permission, notified_at from channel_connection where channel_id = :c")
                .param("c", channel).query().singleRow();
        assertThat(k.get("status")).isEqualTo("MISSING_PERMISSION");
        assertThat(k.get("missing_permission")).isEqualTo("pages_read_user_content");
        assertThat(k.get("notified_at")).isNotNull();
        long adminId = fx.accountId(admin);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from notice where account_id = :a and kind = 'CHANNEL_FAILED'")
                .param("a", adminId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select excerpt from notice where account_id = :a and kind = 'CHANNEL_FAILED'").param("a", adminId)
                .query(String.class).single()).contains("Thiếu quyền pages_read_user_content");
        assertThat(jdbc.sql("select count(*) from channel_comment where channel_id = :c").param("c", channel).query(Long.class).single()).isZero();
    }

    @Test
    void rulesAreSwitchedOffAndReorderedAndApplyInTheirOrder() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.commune, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        long flagLinks = fx.rule(fx.province, "Có liên kết", "", true, "FLAG", null, 1);
        long scam = fx.rule(fx.province, "Lừa đảo", "lừa đảo", false, "FLAG", null, 2);
        long off = fx.rule(fx.province, "Tắt", "", true, "HIDE", null, 3);
        WebSession web = WebSession.login(port, fx.account("MODERATOR", fx.province));
        assertThat(web.post("/channels/comments/rules/" + scam + "/move", Map.of("by", "-1")).status()).isEqualTo(302);
        assertThat(web.post("/channels/comments/rules/" + off + "/switch", Map.of("active", "false")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select id from channel_moderation_rule where unit_id = :u order by position").param("u", fx.province.id())
                .query(Long.class).list()).containsExactly(scam, flagLinks, off);

        String post = fake.post(pageId);
        String both = fake.comment(post, "601", "A", "Lua dao o day: https://x.example", Instant.now());
        puller.pull(channel);

        Map<String, Object> row = jdbc.sql("select status, flagged, rule_hits from channel_comment where external_id = :e").param("e", both)
                .query().singleRow();
        assertThat(row.get("rule_hits")).isEqualTo("Lừa đảo\nCó liên kết");
        assertThat(row.get("flagged")).isEqualTo(true);
        assertThat(row.get("status")).as("the rule switched off did not hide it").isEqualTo("VISIBLE");
        assertThat(fake.get(both).hidden()).isFalse();
        assertThat(jdbc.sql("select action from audit_event where target_type = 'moderation_rule' and target_id in (:a, :b) order by id")
                .param("a", scam).param("b", off).query(String.class).list())
                .containsExactly("channels.moderation.rule.moved", "channels.moderation.rule.off");
    }

    @Test
    void hideUnhideAndDeleteReachFacebookAndTheAuditLog() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.commune, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        String post = fake.post(pageId);
        String external = fake.comment(post, "201", "Kẻ xấu", "Tin giả về Hội", Instant.now().minusSeconds(600));
        puller.pull(channel);
        long id = commentId(external);
        String moderator = fx.account("MODERATOR", fx.province);
        WebSession web = WebSession.login(port, moderator);

        web.post("/channels/comments/" + id + "/an", Map.of());
        assertThat(fake.get(external).hidden()).isTrue();
        assertThat(comment(external).get("status")).isEqualTo("HIDDEN");
        assertThat(comment(external).get("handled_at")).isNotNull();
        assertThat(comment(external).get("handled_by")).isEqualTo(fx.accountId(moderator));
        WebSession.Page hiddenView = web.get("/channels/comments?don-vi=" + fx.province.id() + "&o=da-an");
        assertThat(hiddenView.body()).contains("comment-" + id, "Tin giả về Hội");

        WebSession.Page row = web.post("/channels/comments/" + id + "/hien", Map.of());
        assertThat(row.status()).isEqualTo(302);
        assertThat(fake.get(external).hidden()).isFalse();
        assertThat(comment(external).get("status")).isEqualTo("VISIBLE");

        web.post("/channels/comments/" + id + "/xoa", Map.of());
        assertThat(fake.get(external).deleted()).isTrue();
        assertThat(comment(external).get("status")).isEqualTo("DELETED");
        assertThat(audit(id)).containsExactly("channel.comment.hide:" + moderator, "channel.comment.unhide:" + moderator,
                "channel.comment.delete:" + moderator);
        assertThat(jdbc.sql("select action from channel_comment_action where comment_id = :id order by id").param("id", id)
                .query(String.class).list()).containsExactly("HIDE", "UNHIDE", "DELETE");
    }

    @Test
    void facebooksRefusalIsToldInVietnameseAndChangesNothing() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.province, pageId, connections, cipher, "pages_read_engagement", "pages_read_user_content");
        String post = fake.post(pageId);
        String external = fake.comment(post, "301", "A", "Nội dung", Instant.now().minusSeconds(60));
        String gone = fake.comment(post, "302", "B", "Đã bị xóa trên Facebook", Instant.now().minusSeconds(30));
        puller.pull(channel);
        fake.removeOnFacebook(gone);
        WebSession web = WebSession.login(port, fx.account("EDITOR", fx.province));

        WebSession.Page refused = follow(web, web.post("/channels/comments/" + commentId(external) + "/an", Map.of()));
        assertThat(refused.body()).contains("thiếu quyền pages_manage_engagement", "Bình luận giữ nguyên");
        assertThat(fake.get(external).hidden()).isFalse();
        assertThat(comment(external).get("status")).isEqualTo("VISIBLE");
        assertThat(comment(external).get("handled_at")).isNull();

        FakeGraphApi.shared().pageToken("EAAmod" + pageId, pageId, ModerationFixture.ALL_PERMISSIONS);
        WebSession.Page goneAnswer = follow(web, web.post("/channels/comments/" + commentId(gone) + "/xoa", Map.of()));
        assertThat(goneAnswer.body()).contains("Facebook báo bình luận không còn tồn tại");
        assertThat(comment(gone).get("status")).isEqualTo("VISIBLE");
        assertThat(jdbc.sql("select count(*) from channel_comment_action where comment_id in (:a, :b)")
                .param("a", commentId(external)).param("b", commentId(gone)).query(Long.class).single()).isZero();
        assertThat(audit(commentId(external))).isEmpty();
    }

    @Test
    void onlyModeratorsOfThePagesUnitOrAboveModerateIt() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.province, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        String external = fake.comment(fake.post(pageId), "401", "A", "Bình luận", Instant.now());
        puller.pull(channel);
        long id = commentId(external);

        WebSession communeAdmin = WebSession.login(port, fx.account("ADMIN", fx.commune));
        assertThat(communeAdmin.post("/channels/comments/" + id + "/an", Map.of()).status()).isEqualTo(404);
        assertThat(communeAdmin.get("/channels/comments?don-vi=" + fx.province.id()).status()).isEqualTo(404);
        assertThat(communeAdmin.get("/channels/comments").body()).doesNotContain("comment-" + id);
        WebSession officer = WebSession.login(port, fx.account("UNIT_OFFICER", fx.province));
        assertThat(officer.post("/channels/comments/" + id + "/an", Map.of()).status()).isEqualTo(403);
        assertThat(officer.get("/channels/comments").status()).isEqualTo(403);
        assertThat(fake.get(external).hidden()).isFalse();
        assertThat(comment(external).get("status")).isEqualTo("VISIBLE");
    }

    @Test
    void theRulesEditorRefusesWhatCannotWorkAndKeepsWhatWasTyped() {
        WebSession web = WebSession.login(port, fx.account("ADMIN", fx.province));
        String path = "/channels/comments/rules?don-vi=" + fx.province.id();

        WebSession.Page empty = web.post(path, Map.of("name", "Chống lừa đảo", "useKeywords", "on", "keywords", " \n ", "action", "HIDE"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("danh sách từ khóa đang trống", "value=\"Chống lừa đảo\"");
        WebSession.Page none = web.post(path, Map.of("name", "Không điều kiện", "action", "FLAG"));
        assertThat(none.body()).contains("Hãy chọn ít nhất một điều kiện");
        WebSession.Page assign = web.post(path, Map.of("name", "Giao", "hasLink", "on", "action", "ASSIGN"));
        assertThat(assign.body()).contains("cần chọn người nhận");
        assertThat(jdbc.sql("select count(*) from channel_moderation_rule where unit_id = :u").param("u", fx.province.id())
                .query(Long.class).single()).isZero();

        WebSession.Page saved = follow(web, web.post(path, Map.of("name", "Chống lừa đảo", "useKeywords", "on", "keywords", "lừa đảo\nvay tiền", "action", "HIDE")));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Chống lừa đảo", "lừa đảo, vay tiền");
        assertThat(jdbc.sql("select keywords from channel_moderation_rule where unit_id = :u").param("u", fx.province.id())
                .query(String.class).single()).isEqualTo("lừa đảo\nvay tiền");
    }

    @Test
    void anAssignRuleFillsTheAssigneesQueue() {
        String pageId = fx.platformId();
        long channel = fx.connectedPage(fx.commune, pageId, connections, cipher, ModerationFixture.ALL_PERMISSIONS);
        String moderator = fx.account("MODERATOR", fx.commune);
        fx.rule(fx.commune, "Người mới có liên kết", "", true, "ASSIGN", fx.accountId(moderator), 1);
        String post = fake.post(pageId);
        String withLink = fake.comment(post, "501", "A", "Xem thêm tại www.tin-gia.example", Instant.now());
        String plain = fake.comment(post, "502", "B", "Cảm ơn", Instant.now());
        puller.pull(channel);

        assertThat(comment(withLink).get("assigned_to")).isEqualTo(fx.accountId(moderator));
        assertThat(comment(plain).get("assigned_to")).isNull();
        WebSession.Page mine = WebSession.login(port, moderator).get("/channels/comments?o=giao-cho-toi");
        assertThat(mine.body()).contains("comment-" + commentId(withLink)).doesNotContain("comment-" + commentId(plain));
        long to = fx.accountId(moderator);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from notice where account_id = :a and kind = 'COMMENT_ASSIGNED'")
                .param("a", to).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select excerpt from notice where account_id = :a and kind = 'COMMENT_ASSIGNED'").param("a", to).query(String.class)
                .single()).contains("www.tin-gia.example");
    }

    @Test
    void theFiguresComeFromTheTimesOfHandling() {
        String pageId = fx.platformId();
        long channel = fx.page(fx.commune, pageId);
        String moderator = fx.account("MODERATOR", fx.province);
        long by = fx.accountId(moderator);
        Instant base = LocalDate.now(ModerationFigures.VIETNAM).minusDays(3).atTime(9, 0).atZone(ModerationFigures.VIETNAM).toInstant();
        long[] minutes = {10, 20, 30, 2880};
        String[] actions = {"HIDE", "DELETE", "HANDLED", "HANDLED"};
        for (int i = 0; i < minutes.length; i++) {
            long id = insert(channel, "f" + i, base, base.plus(Duration.ofMinutes(minutes[i])), by);
            jdbc.sql("insert into channel_comment_action (comment_id, action, actor_id, at) values (:c, :a, :by, :at)").param("c", id)
                    .param("a", actions[i]).param("by", by).param("at", Timestamp.from(base.plus(Duration.ofMinutes(minutes[i])))).update();
        }
        long byRule = insert(channel, "f-rule", base, null, null);
        jdbc.sql("insert into channel_comment_action (comment_id, action, rule_id, at) values (:c, 'HIDE', 1, :at)").param("c", byRule)
                .param("at", Timestamp.from(base)).update();

        JsonNode figures = ApiClient.as(port, moderator).get("/api/v1/channels/comments/figures?don-vi=" + fx.commune.id()).json().get("figures");

        JsonNode r = figures.get("responses");
        assertThat(r.get("received").asLong()).isEqualTo(5);
        assertThat(r.get("handled").asLong()).isEqualTo(4);
        assertThat(r.get("medianMinutes").asDouble()).isEqualTo(25.0);
        assertThat(r.get("p90Minutes").asDouble()).isEqualTo(2025.0);
        assertThat(r.get("handledWithin").asLong()).isEqualTo(3);
        assertThat(r.get("withinPercent").asInt()).isEqualTo(60);
        JsonNode byAction = figures.get("byAction");
        assertThat(byAction.get("HIDE").asLong()).isEqualTo(1);
        assertThat(byAction.get("DELETE").asLong()).isEqualTo(1);
        assertThat(byAction.get("HANDLED").asLong()).isEqualTo(2);
        assertThat(byAction.get("RULES").asLong()).isEqualTo(1);
        assertThat(figures.get("pages").get(0).get("channelId").asLong()).isEqualTo(channel);

        WebSession.Page page = WebSession.login(port, moderator).get("/channels/comments?don-vi=" + fx.commune.id());
        assertThat(page.body()).contains(">25 phút<", ">2.025 phút<", ">60 %<");
    }

    /** The page a redirect after a form leads to (with its one-time message). */
    private WebSession.Page follow(WebSession web, WebSession.Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        String location = answer.location();
        return web.get(location.substring(location.indexOf("/channels")));
    }

    private long insert(long channel, String external, Instant created, Instant handled, Long by) {
        return jdbc.sql("""
                insert into channel_comment (channel_id, external_id, post_id, author_name, message, created_at, handled_at, handled_by)
                values (:c, :e, 'p_1', 'A', 'x', :created, :handled, :by) returning id""")
                .param("c", channel).param("e", fx.tag + external).param("created", Timestamp.from(created))
                .param("handled", handled == null ? null : Timestamp.from(handled)).param("by", by).query(Long.class).single();
    }
}
