package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Changing the tree through the API and the pages, against the embedded PostgreSQL. */
@IntegrationTest
class OrgTreeTest {

    @LocalServerPort
    int port;

    private ApiClient admin;

    @BeforeEach
    void logIn() {
        admin = ApiClient.as(port, "quantri");
    }

    private long unitId(String code) {
        for (JsonNode hit : admin.get("/api/v1/units?q=" + code).json()) {
            if (hit.get("code").asString().equals(code)) {
                return hit.get("id").asLong();
            }
        }
        throw new IllegalStateException(code);
    }

    private JsonNode create(String code, String name, String level, long parentId) {
        var reply = admin.post("/api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level
                + "\",\"parentId\":" + parentId + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void searchFindsUnitsWithOrWithoutDiacritics() {
        var folded = admin.get("/api/v1/units?q=hoang%20hoa").json();
        var exact = admin.get("/api/v1/units?q=Ho%E1%BA%B1ng%20H%C3%B3a").json();
        assertThat(folded.get(0).get("name").asString()).isEqualTo("Hội LHPN xã Hoằng Hóa");
        assertThat(exact.get(0).get("name").asString()).isEqualTo("Hội LHPN xã Hoằng Hóa");
        assertThat(folded.get(0).get("ancestry").asString()).contains("Hội LHPN tỉnh Thanh Hóa");
    }

    @Test
    void movingABranchCarriesItsGroupsAlong() {
        long from = unitId("TH-010");
        long to = unitId("TH-011");
        JsonNode branch = create(code(), "Chi hội thôn Thử", "BRANCH", from);
        JsonNode group = create(code(), "Tổ phụ nữ số 9", "GROUP", branch.get("id").asLong());
        var moved = admin.post("/api/v1/units/" + branch.get("id").asLong() + "/move", "{\"newParentId\":" + to + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        String newPath = moved.json().get("path").asString();
        assertThat(newPath).startsWith(admin.get("/api/v1/units/" + to).json().get("path").asString());
        assertThat(admin.get("/api/v1/units/" + group.get("id").asLong()).json().get("path").asString()).startsWith(newPath);
    }

    @Test
    void aBranchCannotBeMovedUnderAProvinceNorAGroupCreatedUnderACommune() {
        JsonNode branch = create(code(), "Chi hội thôn Thử", "BRANCH", unitId("TH-012"));
        var move = admin.post("/api/v1/units/" + branch.get("id").asLong() + "/move", "{\"newParentId\":" + unitId("TH") + "}");
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.contentType()).startsWith("application/problem+json");
        assertThat(move.json().get("detail").asString()).contains("không thể trực thuộc");
        var group = admin.post("/api/v1/units", "{\"code\":\"" + code() + "\",\"name\":\"Tổ lạc\",\"level\":\"GROUP\",\"parentId\":"
                + unitId("TH-012") + "}");
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.json().get("detail").asString()).contains("Tổ phụ nữ", "Xã/phường");
    }

    @Test
    void deactivatingKeepsTheSubtreeAndItsHistoryAndALeafWithoutHistoryCanBeDeleted() {
        JsonNode branch = create(code(), "Chi hội sẽ ngừng", "BRANCH", unitId("TH-013"));
        JsonNode group = create(code(), "Tổ sẽ ngừng", "GROUP", branch.get("id").asLong());
        assertThat(admin.post("/api/v1/units/" + branch.get("id").asLong() + "/deactivate", "").json().get("active").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/units/" + group.get("id").asLong()).json().get("active").asBoolean()).isFalse();

        var deleteParent = admin.delete("/api/v1/units/" + branch.get("id").asLong());
        assertThat(deleteParent.status()).isEqualTo(409);
        assertThat(deleteParent.json().get("detail").asString()).contains("ngừng hoạt động");

        assertThat(admin.delete("/api/v1/units/" + group.get("id").asLong()).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/units/" + group.get("id").asLong()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/units/" + branch.get("id").asLong() + "/activate", "").json().get("active").asBoolean()).isTrue();
    }

    @Test
    void aUnitWithAnAccountHasHistoryAndIsNeverDeleted() {
        long hacThanh = unitId("TH-001");
        var delete = admin.delete("/api/v1/units/" + hacThanh);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/units/" + hacThanh).status()).isEqualTo(200);
    }

    @Test
    void badInputGetsVietnameseProblemDetailsPerField() {
        var reply = admin.post("/api/v1/units", "{\"code\":\"có dấu cách\",\"name\":\"\",\"level\":\"BRANCH\",\"parentId\":"
                + unitId("TH-014") + ",\"members\":-3}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.get("errors").toString()).contains("\"name\"", "Không được để trống.", "\"members\"", "Không được là số âm.",
                "\"code\"", "Mã chỉ gồm chữ");
        var duplicate = admin.post("/api/v1/units", "{\"code\":\"TH-001\",\"name\":\"Trùng\",\"level\":\"BRANCH\",\"parentId\":"
                + unitId("TH-014") + "}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).isEqualTo("Mã TH-001 đã được dùng cho \"Hội LHPN phường Hạc Thành\".");
        var unauthenticated = ApiClient.anonymous(port).get("/api/v1/units");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().get("detail").asString()).isEqualTo("Cần đăng nhập hoặc mã truy cập hợp lệ.");
    }

    @Test
    void aUnitOfficerUpdatesTheFiguresOfTheirUnitButNotItsName() {
        ApiClient officer = ApiClient.as(port, "canbo.hoanghoa");
        long hoangHoa = unitId("TH-020");
        var figures = officer.put("/api/v1/units/" + hoangHoa, "{\"code\":\"TH-020\",\"name\":\"Hội LHPN xã Hoằng Hóa\","
                + "\"level\":\"COMMUNE\",\"members\":2345,\"women\":3456,\"countedOn\":\"2026-10-01\"}");
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.json().get("members").asInt()).isEqualTo(2345);
        var rename = officer.put("/api/v1/units/" + hoangHoa, "{\"code\":\"TH-020\",\"name\":\"Tên khác\",\"level\":\"COMMUNE\"}");
        assertThat(rename.status()).isEqualTo(403);
        var future = officer.put("/api/v1/units/" + hoangHoa, "{\"code\":\"TH-020\",\"name\":\"Hội LHPN xã Hoằng Hóa\","
                + "\"level\":\"COMMUNE\",\"members\":1,\"countedOn\":\"2099-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).isEqualTo("Ngày thống kê không được ở tương lai.");
    }

    @Test
    void theTreePageShowsTheProvinceAndLoadsBranchesOnDemand() {
        WebSession web = WebSession.login(port, "quantri");
        var page = web.get("/admin/units");
        assertThat(page.body()).contains("Hội LHPN xã Hoằng Hóa", "hx-get=\"/admin/units/" + unitId("TH-020") + "/children");
        var children = web.htmx("/admin/units/" + unitId("TH-020") + "/children");
        assertThat(children.status()).isEqualTo(200);
        assertThat(children.body()).contains("Chi hội").doesNotContain("<html");
        var search = web.htmx("/admin/units/search?q=ham%20rong");
        assertThat(search.body()).contains("Hội LHPN phường Hàm Rồng");
    }

    @Test
    void theUnitFormKeepsWhatWasTypedAndExplainsTheError() {
        WebSession web = WebSession.login(port, "quantri");
        long parent = unitId("TH-015");
        var page = web.post("/admin/units", java.util.Map.of("parentId", String.valueOf(parent), "level", "BRANCH",
                "code", "TH-001", "name", "Chi hội mới tinh", "members", "abc"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"Chi hội mới tinh\"", "Phải là một số nguyên.");
        var duplicate = web.post("/admin/units", java.util.Map.of("parentId", String.valueOf(parent), "level", "BRANCH",
                "code", "TH-001", "name", "Chi hội mới tinh"));
        assertThat(duplicate.body()).contains("Mã TH-001 đã được dùng", "value=\"Chi hội mới tinh\"");
    }
}
