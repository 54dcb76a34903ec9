package vn.lantoa.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Logins, lockout, password change and reset by email (GreenMail), roles and tokens. */
@IntegrationTest
class AccountsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern RESET_LINK = Pattern.compile("http://localhost:8080(/password/reset\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient admin;
    private long hacThanh;

    @BeforeEach
    void setUp() {
        admin = ApiClient.as(port, "quantri");
        hacThanh = admin.get("/api/v1/units?q=TH-001").json().get(0).get("id").asLong();
    }

    private String newAccount(String password) {
        String username = "cb." + UUID.randomUUID().toString().substring(0, 8);
        var reply = admin.post("/api/v1/accounts", "{\"username\":\"" + username + "\",\"fullName\":\"Trần Thị Thử\",\"email\":\""
                + username + "@lantoa.local\",\"homeUnitId\":" + hacThanh + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").asLong();
        assertThat(admin.post("/api/v1/accounts/" + id + "/grants", "{\"role\":\"UNIT_OFFICER\",\"unitId\":" + hacThanh + "}").status())
                .isEqualTo(201);
        return username;
    }

    private long accountId(String username) {
        return admin.get("/api/v1/accounts?q=" + username).json().get(0).get("id").asLong();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        String username = newAccount("MatKhau2026");
        WebSession web = WebSession.anonymous(port);
        for (int i = 0; i < 5; i++) {
            var wrong = web.tryLogin(username, "sai-mat-khau-" + i);
            assertThat(wrong.location()).contains("/login?error=bad");
        }
        var locked = web.tryLogin(username, "MatKhau2026");
        assertThat(locked.location()).contains("/login?error=locked", "username=" + username);
        assertThat(web.get("/login?error=locked&username=" + username).body())
                .contains("Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần", "value=\"" + username + "\"");
        var api = ApiClient.anonymous(port).post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"MatKhau2026\"}");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().get("detail").asString()).startsWith("Tài khoản tạm khoá");

        assertThat(admin.post("/api/v1/accounts/" + accountId(username) + "/unlock", "").status()).isEqualTo(200);
        assertThat(web.tryLogin(username, "MatKhau2026").location()).endsWith("/admin");
        assertThat(WebSession.login(port, "quantri").get("/admin/audit?action=ACCOUNT_LOCKED").body()).contains(username);
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseEmailedLink() throws Exception {
        String username = newAccount("MatKhau2026");
        WebSession web = WebSession.anonymous(port);
        web.get("/password/forgot");
        var sent = web.post("/password/forgot", Map.of("usernameOrEmail", username + "@lantoa.local"));
        assertThat(sent.body()).contains("Nếu tài khoản tồn tại, một email có liên kết đặt lại mật khẩu đã được gửi.");
        MimeMessage message = mailTo(username + "@lantoa.local", 5000).orElseThrow();
        assertThat(message.getSubject()).isEqualTo("[Lan Tỏa] Đặt lại mật khẩu");
        String body = GreenMailUtil.getBody(message);
        Matcher link = RESET_LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as(body).isTrue();

        var form = web.get(link.group(1));
        assertThat(form.body()).contains("Đặt mật khẩu mới");
        String token = link.group(1).substring(link.group(1).indexOf('=') + 1);
        var mismatch = web.post("/password/reset", Map.of("token", token, "newPassword", "MoiMoi2026", "confirmation", "Khac2026"));
        assertThat(mismatch.body()).contains("Hai lần nhập mật khẩu mới không khớp.");
        var done = web.post("/password/reset", Map.of("token", token, "newPassword", "MoiMoi2026", "confirmation", "MoiMoi2026"));
        assertThat(done.location()).endsWith("/login?reset");
        assertThat(WebSession.anonymous(port).tryLogin(username, "MatKhau2026").location()).contains("error=bad");
        assertThat(WebSession.anonymous(port).tryLogin(username, "MoiMoi2026").location()).endsWith("/admin");
        assertThat(web.get(link.group(1)).body()).contains("Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn.");
    }

    @Test
    void unknownAddressesLearnNothingAndNoMailLeaves() throws Exception {
        WebSession web = WebSession.anonymous(port);
        web.get("/password/forgot");
        var page = web.post("/password/forgot", Map.of("usernameOrEmail", "khong-ai@lantoa.local"));
        assertThat(page.body()).contains("Nếu tài khoản tồn tại");
        assertThat(mailTo("khong-ai@lantoa.local", 500)).isEmpty();
    }

    @Test
    void anAccountCreatedWithoutPasswordGetsALinkByEmail() {
        String username = newAccount(null);
        assertThat(GreenMailUtil.getBody(mailTo(username + "@lantoa.local", 5000).orElseThrow())).contains("/password/reset?token=");
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndThePolicy() {
        String username = newAccount("MatKhau2026");
        WebSession web = WebSession.login(port, username, "MatKhau2026");
        assertThat(web.post("/profile/password", Map.of("currentPassword", "sai", "newPassword", "MoiMoi2026", "confirmation", "MoiMoi2026"))
                .body()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(web.post("/profile/password", Map.of("currentPassword", "MatKhau2026", "newPassword", "ngan1", "confirmation", "ngan1"))
                .body()).contains("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(web.post("/profile/password", Map.of("currentPassword", "MatKhau2026", "newPassword", "chikhongso", "confirmation", "chikhongso"))
                .body()).contains("Mật khẩu phải có cả chữ và số.");
        assertThat(web.post("/profile/password", Map.of("currentPassword", "MatKhau2026", "newPassword", "MoiMoi2026", "confirmation", "MoiMoi2026"))
                .location()).endsWith("/profile");
        assertThat(WebSession.anonymous(port).tryLogin(username, "MoiMoi2026").location()).endsWith("/admin");
        String hash = jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("MoiMoi2026");
    }

    @Test
    void apiTokensExpireAndCanBeRevoked() {
        var wrong = ApiClient.anonymous(port).post("/api/v1/auth/token", "{\"username\":\"quantri\",\"password\":\"sai\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        var missing = ApiClient.anonymous(port).post("/api/v1/auth/token", "{\"username\":\"\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").toString()).contains("Không được để trống.");

        var issued = ApiClient.anonymous(port).post("/api/v1/auth/token", "{\"username\":\"thuongtruc\",\"password\":\"LanToa@2026\"}");
        JsonNode token = issued.json();
        assertThat(token.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(java.time.Instant.parse(token.get("expiresAt").asString()))
                .isBetween(java.time.Instant.now().plusSeconds(7 * 3600), java.time.Instant.now().plusSeconds(9 * 3600));
        ApiClient client = ApiClient.withToken(port, token.get("token").asString());
        assertThat(client.get("/api/v1/me").json().get("username").asString()).isEqualTo("thuongtruc");
        assertThat(client.delete("/api/v1/auth/token").status()).isEqualTo(204);
        var after = client.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("detail").asString()).isEqualTo("Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where token_hash is not null and account_id = "
                + "(select id from account where username = 'kiemduyet')").update();
        ApiClient moderator = ApiClient.as(port, "kiemduyet");
        assertThat(moderator.get("/api/v1/me").status()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where account_id = (select id from account where username = 'kiemduyet')").update();
        assertThat(moderator.get("/api/v1/me").status()).as("an expired token is refused").isEqualTo(401);
    }

    @Test
    void personalAccessTokensAreCreatedAndRevokedOnTheProfilePage() {
        WebSession web = WebSession.login(port, "bientap");
        var empty = web.post("/profile/tokens", Map.of("name", ""));
        assertThat(empty.body()).contains("Hãy đặt tên gợi nhớ cho mã");
        var created = web.post("/profile/tokens", Map.of("name", "Ứng dụng điện thoại", "daysValid", "30"));
        Matcher matcher = Pattern.compile("id=\"new-token\">(lt_[A-Za-z0-9_-]+)<").matcher(created.body());
        assertThat(matcher.find()).as("the new token is shown once").isTrue();
        ApiClient app = ApiClient.withToken(port, matcher.group(1));
        assertThat(app.get("/api/v1/me").json().get("username").asString()).isEqualTo("bientap");
        assertThat(web.get("/profile").body()).contains("Ứng dụng điện thoại").doesNotContain(matcher.group(1));

        Matcher revoke = Pattern.compile("action=\"(/profile/tokens/\\d+/revoke)\"").matcher(web.get("/profile").body());
        assertThat(revoke.find()).isTrue();
        assertThat(web.post(revoke.group(1), Map.of()).status()).isEqualTo(302);
        assertThat(app.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(WebSession.login(port, "kiemduyet").post(revoke.group(1), Map.of()).status())
                .as("someone else's token cannot be revoked").isEqualTo(404);
    }

    @Test
    void aRevokedRoleOrADisabledAccountTakesEffectAtOnce() {
        String username = newAccount("MatKhau2026");
        WebSession web = WebSession.login(port, username, "MatKhau2026");
        assertThat(web.get("/admin/units/" + hacThanh).status()).isEqualTo(200);
        long id = accountId(username);
        long grant = admin.get("/api/v1/accounts/" + id).json().get("grants").get(0).get("id").asLong();
        assertThat(admin.delete("/api/v1/accounts/" + id + "/grants/" + grant).status()).isEqualTo(200);
        assertThat(web.get("/admin/units/" + hacThanh).status()).isEqualTo(404);

        assertThat(admin.post("/api/v1/accounts/" + id + "/disable", "").json().get("enabled").asBoolean()).isFalse();
        assertThat(web.get("/admin").location()).as("a disabled account is logged out").endsWith("/login");
        assertThat(WebSession.anonymous(port).tryLogin(username, "MatKhau2026").location()).contains("error=disabled");
    }

    @Test
    void sessionsLiveInPostgresAndTimeOutAfterThirtyMinutes() {
        WebSession.login(port, "thuongtruc");
        Integer timeout = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'thuongtruc' limit 1")
                .query(Integer.class).single();
        assertThat(timeout).isEqualTo(30 * 60);
    }

    @Test
    void aCommuneAdminManagesAccountsOfTheCommuneOnly() {
        ApiClient communeAdmin = ApiClient.as(port, "quantri.hacthanh");
        var list = communeAdmin.get("/api/v1/accounts").json();
        assertThat(list.findValuesAsString("username")).contains("canbo.hacthanh").doesNotContain("canbo.hoanghoa", "quantri");
        long branch = communeAdmin.get("/api/v1/units/" + hacThanh + "/children").json().get(0).get("id").asLong();
        var created = communeAdmin.post("/api/v1/accounts", "{\"username\":\"chihoi." + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"fullName\":\"Chi hội trưởng\",\"homeUnitId\":" + branch + ",\"password\":\"ChiHoi2026\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var grant = communeAdmin.post("/api/v1/accounts/" + id + "/grants", "{\"role\":\"UNIT_OFFICER\",\"unitId\":" + branch + "}");
        assertThat(grant.status()).isEqualTo(201);
        var province = communeAdmin.post("/api/v1/accounts/" + id + "/grants", "{\"role\":\"ADMIN\",\"unitId\":"
                + admin.get("/api/v1/units?q=TH").json().get(0).get("id").asLong() + "}");
        assertThat(province.status()).isIn(403, 404);
        var provinceAdminAccount = communeAdmin.get("/api/v1/accounts/" + accountId("quantri"));
        assertThat(provinceAdminAccount.status()).isEqualTo(404);
        var department = communeAdmin.post("/api/v1/accounts/" + id + "/grants", "{\"role\":\"DEPARTMENT_HEAD\",\"unitId\":" + branch + "}");
        assertThat(department.status()).isEqualTo(400);
        assertThat(department.json().get("detail").asString()).isEqualTo("Hãy chọn một ban của đơn vị đã chọn.");
    }

    /**
     * The mail sent to one address. Other tests' notification mails may still be on their way (they
     * are sent after commit, on another thread), so mails are picked by recipient, not by order.
     */
    private static java.util.Optional<MimeMessage> mailTo(String address, long waitMillis) {
        long until = System.currentTimeMillis() + waitMillis;
        do {
            for (MimeMessage message : mail.getReceivedMessages()) {
                try {
                    if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                        return java.util.Optional.of(message);
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return java.util.Optional.empty();
            }
        } while (System.currentTimeMillis() < until);
        return java.util.Optional.empty();
    }
}
