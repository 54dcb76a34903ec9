package vn.lantoa.channels.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Connecting Pages and OAs through the connections page, against the fake Graph and Zalo servers:
 * pasted tokens (good, another page's, a missing permission), the Facebook and Zalo logins (state,
 * PKCE), who may, and the token never shown nor logged.
 */
@IntegrationTest
class ConnectionsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConnectorSettings settings;
    @Autowired
    TokenCipher cipher;

    FakeGraphApi graph = FakeGraphApi.shared();
    FakeZaloApi zalo = FakeZaloApi.shared();
    ChannelFixture fx;
    String editor;
    String communeAdmin;

    @BeforeEach
    void setUp() {
        Fakes.install(settings, false);
        fx = new ChannelFixture(jdbc);
        editor = fx.account("EDITOR", fx.province);
        communeAdmin = fx.account("ADMIN", fx.commune);
    }

    private String status(long channelId) {
        return jdbc.sql("select status from channel_connection where channel_id = :c").param("c", channelId).query(String.class)
                .optional().orElse("NONE");
    }

    @Test
    void aPastedPageTokenIsCheckedStoredSealedAndNeverShown() {
        String pageId = fx.platformId();
        long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage Hội xã " + fx.tag, pageId);
        graph.page(pageId, "Hội LHPN xã " + fx.tag, 1514);
        String token = "EAAPageToken" + pageId + "Secret9876";
        graph.pageToken(token, pageId, "pages_show_list", "pages_read_engagement", "read_insights");

        WebSession web = WebSession.login(port, editor);
        WebSession.Page page = web.get("/channels/connections?don-vi=" + fx.province.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Fanpage Hội xã " + fx.tag, "Chưa kết nối", "LANTOA_FACEBOOK_APP_ID");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();

        WebSession.Page posted = web.post("/channels/connections/" + channel + "/token", Map.of("token", token));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(status(channel)).isEqualTo("CONNECTED");
        String sealed = jdbc.sql("select token_sealed from channel_connection where channel_id = :c").param("c", channel)
                .query(String.class).single();
        assertThat(sealed).doesNotContain(token).doesNotContain("Secret");
        assertThat(cipher.open(sealed)).isEqualTo(token);
        assertThat(jdbc.sql("select permissions from channel_connection where channel_id = :c").param("c", channel).query(String.class)
                .single()).contains("read_insights");
        List<FakeHttpServer.Received> me = graph.received(r -> r.path().equals(FakeGraphApi.VERSION + "/me") && token.equals(r.param("access_token")));
        assertThat(me).hasSize(1);
        assertThat(me.get(0).param("fields")).isEqualTo("id,name");
        assertThat(graph.received(r -> r.path().equals(FakeGraphApi.VERSION + "/debug_token") && token.equals(r.param("input_token"))))
                .as("the permissions are read from debug_token").hasSize(1);

        WebSession.Page after = web.get("/channels/connections?don-vi=" + fx.province.id());
        assertThat(after.body()).contains("Đã kết nối", "…9876").doesNotContain(token).doesNotContain("Secret9876");
        assertThat(HtmlChecker.staffPageErrors(after.body())).isEmpty();
        List<String> audit = jdbc.sql("select coalesce(details, '') || ' ' || coalesce(target_label, '') from audit_event where target_type = 'channel' and target_id = :c")
                .param("c", channel).query(String.class).list();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).contains(pageId).doesNotContain(token).doesNotContain("9876");

        assertThat(web.post("/channels/connections/" + channel + "/test", Map.of("don-vi", Long.toString(fx.province.id()))).status()).isEqualTo(302);
        assertThat(web.get("/channels/connections?don-vi=" + fx.province.id()).body()).contains("Đã đọc được số liệu của trang.");
        assertThat(jdbc.sql("select audience from channel_audience where channel_id = :c and source = 'API'").param("c", channel)
                .query(Integer.class).list()).contains(1514);
        assertThat(logFile()).doesNotContain(token);

        assertThat(web.post("/channels/connections/" + channel + "/disconnect", Map.of()).status()).isEqualTo(302);
        assertThat(status(channel)).isEqualTo("DISCONNECTED");
        assertThat(jdbc.sql("select token_sealed from channel_connection where channel_id = :c").param("c", channel).query(String.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'channel.disconnected' and target_id = :c").param("c", channel)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherPagesTokenOrAMissingPermissionIsRefusedInVietnamese() {
        String pageId = fx.platformId();
        String otherId = fx.platformId();
        long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage " + fx.tag, pageId);
        graph.page(pageId, "Trang đúng " + fx.tag, 10);
        graph.page(otherId, "Trang khác " + fx.tag, 10);
        String other = "EAAOther" + otherId;
        graph.pageToken(other, otherId, "pages_read_engagement", "read_insights");
        String weak = "EAAWeak" + pageId;
        graph.pageToken(weak, pageId, "pages_show_list", "pages_read_engagement");

        WebSession web = WebSession.login(port, communeAdmin);
        web.post("/channels/connections/" + channel + "/token", Map.of("token", other));
        assertThat(status(channel)).isEqualTo("NONE");
        String page = web.get("/channels/connections?don-vi=" + fx.commune.id()).body();
        assertThat(page).contains("Mã này là của trang «Trang khác " + fx.tag + "»").doesNotContain(other);

        web.post("/channels/connections/" + channel + "/token", Map.of("token", weak));
        assertThat(status(channel)).isEqualTo("NONE");
        page = web.get("/channels/connections?don-vi=" + fx.commune.id()).body();
        assertThat(page).contains("Mã truy cập thiếu quyền read_insights").doesNotContain(weak);
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();

        web.post("/channels/connections/" + channel + "/token", Map.of("token", "not-a-token-" + fx.tag));
        page = web.get("/channels/connections?don-vi=" + fx.commune.id()).body();
        assertThat(page).contains("Mã truy cập không dùng được: Mã truy cập không còn hiệu lực");
    }

    @Test
    void onlyAdminsAndEditorsOfTheUnitOrAboveMayConnect() {
        String pageId = fx.platformId();
        long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage quyền " + fx.tag, pageId);
        String officer = fx.account("UNIT_OFFICER", fx.commune);
        ChannelFixture elsewhere = new ChannelFixture(jdbc);
        String outsider = elsewhere.account("ADMIN", elsewhere.province);

        assertThat(WebSession.login(port, officer).get("/channels/connections").status()).isEqualTo(403);
        WebSession out = WebSession.login(port, outsider);
        assertThat(out.get("/channels/connections?don-vi=" + fx.province.id()).status()).isEqualTo(404);
        assertThat(out.post("/channels/connections/" + channel + "/token", Map.of("token", "x")).status()).isEqualTo(404);
        assertThat(out.get("/channels/connections").body()).doesNotContain("Fanpage quyền " + fx.tag);
        assertThat(WebSession.login(port, communeAdmin).get("/channels/connections").body()).contains("Fanpage quyền " + fx.tag);
        assertThat(WebSession.anonymous(port).get("/channels/connections").status()).isEqualTo(302);
        long group = fx.channel(fx.commune, "FACEBOOK_GROUP", "Nhóm " + fx.tag, null);
        assertThat(WebSession.login(port, editor).post("/channels/connections/" + group + "/token", Map.of("token", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void theFacebookLoginChecksItsStateAndKeepsThePagesOwnToken() throws Exception {
        Fakes.install(settings, true);
        try {
            String pageId = fx.platformId();
            long channel = fx.channel(fx.commune, "FACEBOOK_PAGE", "Fanpage đăng nhập " + fx.tag, pageId);
            String a = fx.platformId();
            String b = fx.platformId();
            graph.page(a, "Trang A " + fx.tag, 1);
            graph.page(b, "Trang B " + fx.tag, 1);
            graph.page(pageId, "Trang của xã " + fx.tag, 1);
            String userToken = "EAAUser" + fx.tag;
            String userId = "u" + fx.platformId();
            graph.userToken(userToken, userId, List.of(a, b, pageId), "pages_show_list", "pages_manage_posts", "pages_read_engagement",
                    "pages_manage_engagement", "read_insights", "pages_messaging");
            String code = "code-" + fx.tag;
            graph.consent(code, userToken);

            WebSession web = WebSession.login(port, editor);
            assertThat(web.get("/channels/connections?don-vi=" + fx.commune.id()).body()).contains("Kết nối bằng tài khoản Facebook");
            WebSession.Page start = web.get("/channels/connections/" + channel + "/login");
            assertThat(start.status()).isEqualTo(302);
            URI dialog = URI.create(start.location());
            assertThat(start.location()).startsWith(graph.dialogUrl());
            Map<String, String> query = query(dialog.getRawQuery());
            assertThat(query.get("scope")).isEqualTo("pages_show_list,pages_manage_posts,pages_read_engagement,pages_manage_engagement,read_insights,pages_messaging");
            assertThat(query.get("state")).hasSizeGreaterThan(20);
            assertThat(query.get("redirect_uri")).endsWith("/channels/connections/facebook/callback");

            // a forged state is refused and connects nothing
            WebSession.Page forged = web.get("/channels/connections/facebook/callback?code=" + code + "&state=forged");
            assertThat(forged.status()).isEqualTo(302);
            assertThat(web.get("/channels/connections").body()).contains("Phiên đăng nhập không hợp lệ");
            assertThat(status(channel)).isEqualTo("NONE");

            HttpResponse<String> consent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(dialog).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
            WebSession.Page done = web.get(back.getPath() + "?" + back.getRawQuery());
            assertThat(done.status()).isEqualTo(302);
            assertThat(status(channel)).isEqualTo("CONNECTED");
            String sealed = jdbc.sql("select token_sealed from channel_connection where channel_id = :c").param("c", channel)
                    .query(String.class).single();
            assertThat(cipher.open(sealed)).isEqualTo("PT-" + pageId + "-" + userId);
            assertThat(graph.received(r -> r.path().endsWith("/me/accounts") && ("LL-" + userToken).equals(r.param("access_token"))))
                    .as("the Pages are read across the pages of /me/accounts").hasSize(2);
            List<FakeHttpServer.Received> exchange = graph.received(r -> r.path().endsWith("/oauth/access_token") && code.equals(r.param("code")));
            assertThat(exchange).hasSize(1);
            assertThat(exchange.get(0).param("client_secret")).isEqualTo(FakeGraphApi.APP_SECRET);

            // the state is used once
            assertThat(web.get(back.getPath() + "?" + back.getRawQuery()).status()).isEqualTo(302);
            assertThat(web.get("/channels/connections").body()).contains("Phiên đăng nhập không hợp lệ");
        } finally {
            Fakes.install(settings, false);
        }
    }

    @Test
    void theZaloLoginUsesPkceAndTheSecretKeyHeader() throws Exception {
        Fakes.install(settings, true);
        try {
            String oaId = fx.platformId();
            long channel = fx.channel(fx.commune, "ZALO_OA", "Zalo OA " + fx.tag, oaId);
            zalo.oa(oaId, "OA Hội xã " + fx.tag, 460);
            zalo.consent(oaId);
            WebSession web = WebSession.login(port, communeAdmin);
            WebSession.Page start = web.get("/channels/connections/" + channel + "/login");
            URI permission = URI.create(start.location());
            assertThat(start.location()).startsWith(zalo.oauthUrl() + "/permission");
            HttpResponse<String> consent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(permission).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
            assertThat(web.get(back.getPath() + "?" + back.getRawQuery()).status()).isEqualTo(302);
            assertThat(status(channel)).isEqualTo("CONNECTED");
            FakeHttpServer.Received exchange = zalo.received("POST", "/v4/oa/access_token").stream()
                    .filter(r -> "authorization_code".equals(r.param("grant_type"))).reduce((x, y) -> y).orElseThrow();
            assertThat(exchange.headers().get("secret_key")).isEqualTo(FakeZaloApi.APP_SECRET);
            assertThat(exchange.param("code_verifier")).isNotBlank();
            assertThat(ConnectionDesk.challenge(exchange.param("code_verifier"))).isEqualTo(query(permission.getRawQuery()).get("code_challenge"));
            Map<String, Object> row = jdbc.sql("select refresh_sealed, expires_at from channel_connection where channel_id = :c")
                    .param("c", channel).query().singleRow();
            assertThat(cipher.open((String) row.get("refresh_sealed"))).startsWith("zrt-" + oaId);
            assertThat(row.get("expires_at")).isNotNull();
        } finally {
            Fakes.install(settings, false);
        }
    }

    @Test
    void aPastedZaloTokenIsVerifiedWithGetoa() {
        String oaId = fx.platformId();
        long channel = fx.channel(fx.commune, "ZALO_OA", "Zalo dán " + fx.tag, oaId);
        zalo.oa(oaId, "OA dán " + fx.tag, 12);
        String token = "zalo-token-" + fx.tag + "-WXYZ";
        zalo.accessToken(token, oaId);
        WebSession web = WebSession.login(port, editor);
        web.post("/channels/connections/" + channel + "/token", Map.of("token", "wrong-" + fx.tag));
        assertThat(status(channel)).isEqualTo("NONE");
        assertThat(web.get("/channels/connections?don-vi=" + fx.commune.id()).body()).contains("Mã truy cập không dùng được");
        web.post("/channels/connections/" + channel + "/token", Map.of("token", token));
        assertThat(status(channel)).isEqualTo("CONNECTED");
        assertThat(zalo.received(r -> r.path().equals("/v2.0/oa/getoa") && token.equals(r.headers().get("access_token")))).hasSize(1);
        assertThat(web.get("/channels/connections?don-vi=" + fx.commune.id()).body()).contains("…WXYZ").doesNotContain(token);
    }

    @Test
    void theMetricNamesAreTheRootAdminsOnly() {
        WebSession root = WebSession.login(port, "quantri.tw");
        WebSession.Page page = root.get("/channels/connections/metrics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("page_follows", "page_media_view", "post_media_view");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();
        WebSession.Page bad = root.post("/channels/connections/metrics", Map.of("platform", "FACEBOOK", "purpose", "POST_CLICKS",
                "name", "Bad Name!", "validFrom", ""));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Tên chỉ số gồm chữ thường", "value=\"Bad Name!\"");
        assertThat(HtmlChecker.staffPageErrors(bad.body())).isEmpty();
        assertThat(root.get("/channels/connections").body()).contains("id=\"metrics-link\"");
        assertThat(WebSession.login(port, "bientap").get("/channels/connections").body()).doesNotContain("metrics-link");
        assertThat(WebSession.login(port, "quantri").get("/channels/connections/metrics").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "bientap").get("/channels/connections/metrics").status()).isEqualTo(403);
    }

    @Test
    void theGeneratedKeyIsReadableByItsOwnerOnly() throws Exception {
        java.nio.file.Path key = java.nio.file.Path.of("target/test-data/secrets/channel-token.key");
        assertThat(key).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(key).trim())).hasSize(32);
        assertThat(cipher.currentKeyId()).isEqualTo(TokenKeys.id(java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(key).trim())));
        assertThat(logFile()).doesNotContain(java.nio.file.Files.readString(key).trim());
    }

    static String logFile() {
        try {
            java.nio.file.Path log = java.nio.file.Path.of("target/test-logs/lantoa.log");
            return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            map.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return map;
    }
}
