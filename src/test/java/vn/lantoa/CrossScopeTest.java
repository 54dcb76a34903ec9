package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Every page and API endpoint of the foundation, called by someone outside its scope: an officer of
 * commune A on commune B, an admin of commune A on commune B and its accounts, a department head on
 * another department. Each must answer 403 or 404, and commune B must be left as it was.
 */
@IntegrationTest
class CrossScopeTest {

    @LocalServerPort
    int port;

    private ApiClient provinceAdmin;
    private long communeA;
    private long communeB;
    private long branchOfB;
    private long otherCommuneOfA;
    private long province;
    private long departmentTg;
    private long accountOfB;
    private long grantOfB;

    @BeforeEach
    void findTheUnits() {
        provinceAdmin = ApiClient.as(port, "quantri");
        communeA = unitId("TH-001");
        communeB = unitId("TH-020");
        otherCommuneOfA = unitId("TH-002");
        province = unitId("TH");
        branchOfB = provinceAdmin.get("/api/v1/units/" + communeB + "/children").json().get(0).get("id").asLong();
        departmentTg = departmentId(province, "TG");
        var account = provinceAdmin.get("/api/v1/accounts?q=canbo.hoanghoa").json().get(0);
        accountOfB = account.get("id").asLong();
        grantOfB = provinceAdmin.get("/api/v1/accounts/" + accountOfB).json().get("grants").get(0).get("id").asLong();
    }

    @TestFactory
    List<DynamicTest> officerOfCommuneAOnCommuneB() {
        return scenario("canbo.hacthanh");
    }

    @TestFactory
    List<DynamicTest> adminOfCommuneAOnCommuneB() {
        return scenario("quantri.hacthanh");
    }

    @TestFactory
    List<DynamicTest> departmentHeadOnAnotherDepartment() {
        WebSession web = WebSession.login(port, "truongban.gdxh");
        ApiClient api = ApiClient.as(port, "truongban.gdxh");
        String dept = "/admin/departments/" + departmentTg;
        String apiDept = "/api/v1/departments/" + departmentTg;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(denied("web POST " + dept, () -> web.post(dept, Map.of("code", "TG", "name", "Ban bị đổi tên"))));
        tests.add(denied("web POST " + dept + "/deactivate", () -> web.post(dept + "/deactivate", Map.of())));
        tests.add(denied("web POST " + dept + "/activate", () -> web.post(dept + "/activate", Map.of())));
        tests.add(denied("api PUT " + apiDept, () -> api.put(apiDept, "{\"code\":\"TG\",\"name\":\"Ban bị đổi tên\"}")));
        tests.add(denied("web POST new department", () -> web.post("/admin/units/" + province + "/departments",
                Map.of("code", "X1", "name", "Ban lạ"))));
        tests.add(denied("api POST new department", () -> api.post("/api/v1/units/" + province + "/departments",
                "{\"code\":\"X1\",\"name\":\"Ban lạ\"}")));
        tests.add(denied("web edit province", () -> web.post("/admin/units/" + province,
                Map.of("code", "TH", "name", "Tỉnh bị đổi tên", "members", "1", "countedOn", "2026-01-01"))));
        tests.add(denied("web accounts", () -> web.get("/admin/accounts")));
        tests.add(denied("web audit", () -> web.get("/admin/audit")));
        tests.add(dynamicTest("department TG keeps its name", () ->
                assertThat(provinceAdmin.get(apiDept).json().get("name").asString()).isEqualTo("Ban Tuyên giáo")));
        return tests;
    }

    private List<DynamicTest> scenario(String username) {
        WebSession web = WebSession.login(port, username);
        ApiClient api = ApiClient.as(port, username);
        String unit = "/admin/units/" + communeB;
        String apiUnit = "/api/v1/units/" + communeB;
        String account = "/admin/accounts/" + accountOfB;
        String apiAccount = "/api/v1/accounts/" + accountOfB;
        String unitJson = "{\"code\":\"TH-020\",\"name\":\"Bị đổi tên\",\"level\":\"COMMUNE\",\"members\":1,\"countedOn\":\"2026-01-01\"}";
        Map<String, String> unitForm = Map.of("code", "TH-020", "name", "Bị đổi tên", "level", "COMMUNE", "members", "1",
                "countedOn", "2026-01-01");
        List<DynamicTest> tests = new ArrayList<>();
        // pages of units
        tests.add(denied("web GET " + unit, () -> web.get(unit)));
        tests.add(denied("web GET children", () -> web.htmx(unit + "/children")));
        tests.add(denied("web GET edit form", () -> web.get(unit + "/edit")));
        tests.add(denied("web POST edit", () -> web.post(unit, unitForm)));
        tests.add(denied("web GET new child form", () -> web.get("/admin/units/new?parentId=" + communeB)));
        tests.add(denied("web POST new child", () -> web.post("/admin/units", Map.of("code", "X-" + username, "name", "Chi hội lạ",
                "level", "BRANCH", "parentId", String.valueOf(communeB)))));
        tests.add(denied("web GET move form", () -> web.get(unit + "/move")));
        tests.add(denied("web POST move B", () -> web.post("/admin/units/" + branchOfB + "/move",
                Map.of("newParentId", String.valueOf(communeA)))));
        tests.add(denied("web POST move own unit into B", () -> web.post("/admin/units/" + otherCommuneOfA + "/move",
                Map.of("newParentId", String.valueOf(communeB)))));
        tests.add(denied("web POST deactivate", () -> web.post(unit + "/deactivate", Map.of())));
        tests.add(denied("web POST activate", () -> web.post(unit + "/activate", Map.of())));
        tests.add(denied("web POST delete branch", () -> web.post("/admin/units/" + branchOfB + "/delete", Map.of())));
        tests.add(denied("web GET export", () -> web.get(unit + "/export.xlsx")));
        tests.add(denied("web POST department of B", () -> web.post(unit + "/departments", Map.of("code", "X", "name", "Ban lạ"))));
        tests.add(denied("web GET department options of B", () -> web.htmx("/admin/units/department-options?unitId=" + communeB)));
        tests.add(denied("web GET province department", () -> web.get("/admin/departments/" + departmentTg)));
        // pages of accounts and audit
        tests.add(denied("web GET account of B", () -> web.get(account)));
        tests.add(denied("web POST account of B", () -> web.post(account, Map.of("username", "canbo.hoanghoa", "fullName", "Đổi tên",
                "homeUnitId", String.valueOf(communeB)))));
        tests.add(denied("web POST disable account of B", () -> web.post(account + "/disable", Map.of())));
        tests.add(denied("web POST enable account of B", () -> web.post(account + "/enable", Map.of())));
        tests.add(denied("web POST unlock account of B", () -> web.post(account + "/unlock", Map.of())));
        tests.add(denied("web POST reset mail for account of B", () -> web.post(account + "/password-reset", Map.of())));
        tests.add(denied("web POST grant to account of B", () -> web.post(account + "/grants",
                Map.of("role", "ADMIN", "unitId", String.valueOf(communeB)))));
        tests.add(denied("web POST revoke of account of B", () -> web.post(account + "/grants/" + grantOfB + "/revoke", Map.of())));
        tests.add(denied("web POST account in B", () -> web.post("/admin/accounts", Map.of("username", "la." + username,
                "fullName", "Người lạ", "homeUnitId", String.valueOf(communeB), "password", "MatKhau123"))));
        // API
        tests.add(denied("api GET " + apiUnit, () -> api.get(apiUnit)));
        tests.add(denied("api GET children", () -> api.get(apiUnit + "/children")));
        tests.add(denied("api PUT unit", () -> api.put(apiUnit, unitJson)));
        tests.add(denied("api POST child", () -> api.post("/api/v1/units", "{\"code\":\"Y-" + username
                + "\",\"name\":\"Chi hội lạ\",\"level\":\"BRANCH\",\"parentId\":" + communeB + "}")));
        tests.add(denied("api POST move B", () -> api.post("/api/v1/units/" + branchOfB + "/move", "{\"newParentId\":" + communeA + "}")));
        tests.add(denied("api POST move into B", () -> api.post("/api/v1/units/" + otherCommuneOfA + "/move",
                "{\"newParentId\":" + communeB + "}")));
        tests.add(denied("api POST deactivate", () -> api.post(apiUnit + "/deactivate", "")));
        tests.add(denied("api POST activate", () -> api.post(apiUnit + "/activate", "")));
        tests.add(denied("api DELETE branch", () -> api.delete("/api/v1/units/" + branchOfB)));
        tests.add(denied("api GET departments", () -> api.get(apiUnit + "/departments")));
        tests.add(denied("api POST department", () -> api.post(apiUnit + "/departments", "{\"code\":\"X\",\"name\":\"Ban lạ\"}")));
        tests.add(denied("api PUT province department", () -> api.put("/api/v1/departments/" + departmentTg,
                "{\"code\":\"TG\",\"name\":\"Đổi\"}")));
        tests.add(denied("api GET account of B", () -> api.get(apiAccount)));
        tests.add(denied("api PUT account of B", () -> api.put(apiAccount, "{\"username\":\"canbo.hoanghoa\",\"fullName\":\"Đổi\",\"homeUnitId\":"
                + communeB + "}")));
        tests.add(denied("api POST disable account of B", () -> api.post(apiAccount + "/disable", "")));
        tests.add(denied("api POST unlock account of B", () -> api.post(apiAccount + "/unlock", "")));
        tests.add(denied("api POST grant", () -> api.post(apiAccount + "/grants", "{\"role\":\"ADMIN\",\"unitId\":" + communeB + "}")));
        tests.add(denied("api DELETE grant", () -> api.delete(apiAccount + "/grants/" + grantOfB)));
        tests.add(denied("api POST account in B", () -> api.post("/api/v1/accounts", "{\"username\":\"lb." + username
                + "\",\"fullName\":\"Người lạ\",\"homeUnitId\":" + communeB + ",\"password\":\"MatKhau123\"}")));
        // the working calendar holds for the whole installation: only admins of the root may change it
        tests.add(denied("web POST calendar day", () -> web.post("/admin/calendar/days", Map.of("year", "2026", "date", "2026-03-11",
                "kind", "DAY_OFF", "name", "Nghỉ lạ"))));
        tests.add(denied("web POST rename calendar day", () -> web.post("/admin/calendar/days/2026-04-30/rename", Map.of("name", "Đổi"))));
        tests.add(denied("web POST delete calendar day", () -> web.post("/admin/calendar/days/2026-04-30/delete", Map.of())));
        tests.add(denied("web POST regenerate calendar year", () -> web.post("/admin/calendar/years/2026/regenerate", Map.of())));
        tests.add(denied("web POST working week", () -> web.post("/admin/calendar/week", Map.of("year", "2026", "weekdays", "SATURDAY",
                "windows[0].start", "00:00", "windows[0].end", "23:00", "companion", "AFTER"))));
        if (username.startsWith("canbo")) {
            tests.add(denied("web GET accounts", () -> web.get("/admin/accounts")));
            tests.add(denied("web GET new account form", () -> web.get("/admin/accounts/new")));
            tests.add(denied("web GET audit", () -> web.get("/admin/audit")));
            tests.add(denied("web GET import", () -> web.get("/admin/units/import")));
            tests.add(denied("web POST import", () -> web.upload("/admin/units/import", "file", "t.csv",
                    "code,name,level,parent code\nZ1,Chi hội,BRANCH,TH-001\n".getBytes())));
            tests.add(denied("api GET accounts", () -> api.get("/api/v1/accounts")));
            tests.add(denied("api GET audit", () -> api.get("/api/v1/audit")));
        }
        tests.add(dynamicTest("commune B is unchanged", () -> {
            var b = provinceAdmin.get(apiUnit).json();
            assertThat(b.get("name").asString()).isEqualTo("Hội LHPN xã Hoằng Hóa");
            assertThat(b.get("active").asBoolean()).isTrue();
            assertThat(provinceAdmin.get(apiAccount).json().get("enabled").asBoolean()).isTrue();
            assertThat(provinceAdmin.get("/api/v1/units/" + branchOfB).json().get("parentId").asLong()).isEqualTo(communeB);
        }));
        tests.add(dynamicTest("the working calendar is unchanged", () -> {
            var year = provinceAdmin.get("/api/v1/calendar/2026").json();
            assertThat(year.get("windows").toString()).contains("07:30");
            assertThat(year.get("days").toString()).contains("2026-04-30", "Ngày Giải phóng miền Nam").doesNotContain("2026-03-11");
        }));
        return tests;
    }

    /**
     * The answer must be 403 or 404 and give the domain's reason (out of scope, no right), so that a
     * mistyped address, which also answers 404, cannot pass for a refusal.
     */
    private static DynamicTest denied(String name, Supplier<Object> call) {
        return dynamicTest(name, () -> {
            Object answer = call.get();
            int status = answer instanceof WebSession.Page page ? page.status() : ((ApiClient.Reply) answer).status();
            String body = answer instanceof WebSession.Page page ? page.body() : ((ApiClient.Reply) answer).body();
            assertThat(status).as(name + ": " + body).isIn(403, 404);
            assertThat(body).as(name).containsAnyOf("phạm vi", "không có quyền", "Chỉ quản trị viên", "phụ trách");
        });
    }

    private long unitId(String code) {
        var hits = provinceAdmin.get("/api/v1/units?q=" + code).json();
        for (var hit : hits) {
            if (hit.get("code").asString().equals(code)) {
                return hit.get("id").asLong();
            }
        }
        throw new IllegalStateException("No unit " + code);
    }

    private long departmentId(long unitId, String code) {
        for (var d : provinceAdmin.get("/api/v1/units/" + unitId + "/departments").json()) {
            if (d.get("code").asString().equals(code)) {
                return d.get("id").asLong();
            }
        }
        throw new IllegalStateException("No department " + code);
    }
}
