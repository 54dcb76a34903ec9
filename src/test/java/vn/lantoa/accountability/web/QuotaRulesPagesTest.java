package vn.lantoa.accountability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.support.ApiClient;
import vn.lantoa.accountability.StaffHtml;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class QuotaRulesPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, String> rule(String name, String minCount, String share, String from, String until) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("target", "LEVEL");
        form.put("level", "COMMUNE");
        form.put("measure", "ACCEPTED");
        form.put("sectionId", "");
        form.put("media", "VIDEO");
        form.put("minCount", minCount);
        form.put("period", "YEAR");
        form.put("countedBy", "SUBMISSION_DATE");
        form.put("sharePercent", share);
        form.put("validFrom", from);
        form.put("validUntil", until);
        form.put("version", "0");
        return form;
    }

    /** An ADMIN of a fixture province, with the demo password. */
    private String adminOf(Fixture.Province p) {
        String username = "qt." + p.province().code().toLowerCase();
        long account = jdbc.sql("""
                insert into account (username, full_name, email, search_text, password_hash, home_unit_id)
                values (:u, 'Quản trị ' || :u, :u || '@lantoa.local', :u, (select password_hash from account where username = 'bientap'), :unit)
                returning id""").param("u", username).param("unit", p.province().id()).query(Long.class).single();
        jdbc.sql("insert into role_grant (account_id, role, unit_id) values (:a, 'ADMIN', :unit)")
                .param("a", account).param("unit", p.province().id()).update();
        return username;
    }

    private long thRule(String name) {
        return jdbc.sql("select id from quota_rule where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aWrongFormComesBackWithEveryValueAndItsVietnameseMessages() {
        WebSession admin = WebSession.login(port, "quantri");
        WebSession.Page list = admin.get("/admin/accountability/rules");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Hội LHPN tỉnh Thanh Hóa", "Mỗi cơ sở gửi ít nhất 2 tin, bài mỗi quý, có ảnh hoặc video",
                "40% cơ sở đăng ít nhất 1 tin, bài mỗi tháng", "01/7/2025");
        assertThat(StaffHtml.errors(list.body())).isEmpty();
        long th = jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single();

        WebSession.Page refused = admin.post("/admin/accountability/rules?don-vi=" + th, rule("Định mức sai " + System.nanoTime(), "abc", "150",
                "2026-05-01", "2026-04-01"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Số tin, bài phải là một số nguyên, không phải “abc”",
                "Tỷ lệ đơn vị phải là số từ 1 đến 100, không phải “150”", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu",
                "value=\"abc\"", "value=\"150\"", "value=\"2026-05-01\"", "value=\"2026-04-01\"", "Định mức sai");
        assertThat(StaffHtml.errors(refused.body())).isEmpty();

        WebSession.Page zero = admin.post("/admin/accountability/rules?don-vi=" + th, rule("Định mức không", "0", "", "2026-01-01", ""));
        assertThat(zero.body()).contains("Số tin, bài phải lớn hơn 0 (đã nhập 0)");
        Map<String, String> none = rule("Định mức trống", "2", "", "2026-01-01", "");
        none.put("target", "UNITS");
        assertThat(admin.post("/admin/accountability/rules?don-vi=" + th, none).body()).contains("Hãy chọn một cấp đơn vị hoặc ít nhất một đơn vị");
        Map<String, String> outside = rule("Định mức ngoài tỉnh", "2", "", "2026-01-01", "");
        outside.put("target", "UNITS");
        Fixture.Province other = new Fixture(jdbc).province(1);
        outside.put("unitIds", Long.toString(other.communes().get(0).id()));
        assertThat(admin.post("/admin/accountability/rules?don-vi=" + th, outside).body()).contains("không thuộc Hội LHPN tỉnh Thanh Hóa");
        Map<String, String> section = rule("Định mức chuyên mục", "2", "", "2026-01-01", "");
        section.put("sectionId", "987654321");
        assertThat(admin.post("/admin/accountability/rules?don-vi=" + th, section).body()).contains("Chuyên mục này không có hoặc đã ẩn");
    }

    @Test
    void anOverlappingRuleIsRefusedNamingTheOtherAndTheEditKeepsTheVersion() {
        WebSession admin = WebSession.login(port, "quantri");
        long th = jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single();
        String first = "Định mức năm có video " + System.nanoTime();
        WebSession.Page created = admin.post("/admin/accountability/rules?don-vi=" + th, rule(first, "3", "", "2030-01-01", "2030-12-31"));
        assertThat(created.status()).isEqualTo(302);
        long id = thRule(first);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'quotaRule.created' and target_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);

        // a list holding a commune of TH against the level rule, validity touching on the last day
        Map<String, String> list = rule("Định mức trùng " + System.nanoTime(), "1", "", "2030-12-31", "");
        list.put("target", "UNITS");
        list.put("unitIds", jdbc.sql("select id::text from unit where code = 'TH-001'").query(String.class).single());
        WebSession.Page clash = admin.post("/admin/accountability/rules?don-vi=" + th, list);
        assertThat(clash.status()).isEqualTo(200);
        assertThat(clash.body()).contains("Trùng với định mức “" + first + "”");
        list.put("validFrom", "2031-01-01");
        assertThat(admin.post("/admin/accountability/rules?don-vi=" + th, list).status()).as("the day after it ends").isEqualTo(302);

        WebSession.Page edit = admin.get("/admin/accountability/rules/" + id);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(StaffHtml.errors(edit.body())).isEmpty();
        Map<String, String> changed = rule(first, "4", "", "2030-01-01", "2030-12-31");
        assertThat(admin.post("/admin/accountability/rules/" + id, changed).status()).isEqualTo(302);
        assertThat(admin.post("/admin/accountability/rules/" + id, changed).body()).as("the same version twice")
                .contains("Định mức vừa được người khác sửa");
        assertThat(jdbc.sql("select min_count from quota_rule where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(4);

        WebSession.Page preset = admin.get("/admin/accountability/rules/new?don-vi=" + th + "&preset=seed-003");
        assertThat(preset.body()).contains("value=\"40\"", "40% cơ sở đăng ít nhất 1 tin, bài mỗi tháng", "01/7/2025");
        assertThat(StaffHtml.errors(preset.body())).isEmpty();
        assertThat(admin.htmx("/admin/accountability/rules/unit-options?don-vi=" + th + "&unitQuery=hac+thanh").body()).contains("Hạc Thành");

        assertThat(admin.post("/admin/accountability/rules/" + id + "/deactivate", Map.of("version", "1")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select active from quota_rule where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        jdbc.sql("update quota_rule set active = false where name like 'Định mức trùng %'").update();
    }

    @Test
    void onlyAdminsOfTheUnionSeeItsRules() {
        long thRuleId = jdbc.sql("select id from quota_rule where preset = 'seed-000' and owner_unit_id = (select id from unit where code = 'TH')")
                .query(Long.class).single();
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/admin/accountability/rules").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "quantri.hacthanh").get("/admin/accountability/rules").status()).as("a commune admin").isEqualTo(403);
        Fixture.Province other = new Fixture(jdbc).province(1);
        WebSession otherAdmin = WebSession.login(port, adminOf(other));
        assertThat(otherAdmin.get("/admin/accountability/rules").status()).isEqualTo(200);
        assertThat(otherAdmin.get("/admin/accountability/rules/" + thRuleId).status()).isEqualTo(404);
        assertThat(otherAdmin.get("/admin/accountability/rules?don-vi=" + jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single())
                .status()).isEqualTo(404);
        assertThat(otherAdmin.get("/accountability?don-vi=" + jdbc.sql("select id from unit where code = 'TH-001'").query(Long.class).single())
                .status()).as("the dashboard of a unit outside scope").isEqualTo(404);
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/accountability?don-vi="
                + jdbc.sql("select id from unit where code = 'TH-020'").query(Long.class).single()).status()).isEqualTo(404);
        // the root admin chooses the union
        WebSession root = WebSession.login(port, "quantri.tw");
        assertThat(root.get("/admin/accountability/rules?don-vi=" + other.province().id()).body()).contains(other.province().name());
    }

    @Test
    void theApiKeepsTheSameRules() {
        Fixture.Province p = new Fixture(jdbc).province(2);
        ApiClient api = ApiClient.as(port, adminOf(p));
        String body = """
                {"name": "Định mức API", "level": "COMMUNE", "measure": "SUBMITTED", "minCount": 2, "period": "MONTH", "validFrom": "2026-01-01"}""";
        ApiClient.Reply created = api.post("/api/v1/accountability/rules", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        ApiClient.Reply clash = api.post("/api/v1/accountability/rules", body.replace("Định mức API", "Định mức API 2"));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.body()).contains("Trùng với định mức “Định mức API”");
        assertThat(api.post("/api/v1/accountability/rules", body.replace("\"minCount\": 2", "\"minCount\": -1")).body())
                .contains("Số tin, bài phải lớn hơn 0");
        assertThat(api.get("/api/v1/accountability/rules").json().toString()).contains("Định mức API");
        assertThat(api.put("/api/v1/accountability/rules/" + id, body.replace("\"minCount\": 2", "\"minCount\": 3, \"version\": 0")).status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/accountability/rules/" + id, body.replace("\"minCount\": 2", "\"minCount\": 5, \"version\": 0")).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/accountability/rules/" + id + "/deactivate", "").json().get("active").asBoolean()).isFalse();
        long thRuleId = jdbc.sql("select id from quota_rule where preset = 'seed-000' and owner_unit_id = (select id from unit where code = 'TH')")
                .query(Long.class).single();
        assertThat(api.get("/api/v1/accountability/rules/" + thRuleId).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "canbo.hacthanh").get("/api/v1/accountability/rules").status()).isEqualTo(403);
    }
}
