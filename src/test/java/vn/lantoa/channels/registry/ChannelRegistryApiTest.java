package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

@IntegrationTest
class ChannelRegistryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiKeepsTheRegistrysRules() {
        Fixture.Province p = new Fixture(jdbc).province(2);
        String t = p.province().code().toLowerCase().replaceAll("[^a-z0-9]", "");
        ApiClient api = ApiClient.as(port, new Accounts(jdbc).holding("EDITOR", p.province()));
        long commune = p.communes().get(0).id();
        String body = """
                {"unitId": %d, "kind": "FACEBOOK_PAGE", "name": "Fanpage API", "url": "https://m.facebook.com/api.%s/?ref=x",
                 "purpose": "Thử", "launchedOn": "2023-05-01", "otherAdmins": ["Lê Thị API (0900 000 000)"]}""".formatted(commune, t);
        ApiClient.Reply created = api.post("/api/v1/channels", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("urlKey").asText()).isEqualTo("facebook.com/api." + t);
        assertThat(created.json().get("admins").get(0).get("contact").asText()).isEqualTo("0900 000 000");

        ApiClient.Reply twice = api.post("/api/v1/channels", body.replace("Fanpage API", "Lần hai"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("Kênh này đã được đăng ký cho " + p.communes().get(0).name());
        ApiClient.Reply post = api.post("/api/v1/channels", body.replace("/?ref=x", "/posts/123"));
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.body()).contains("Địa chỉ này là một bài viết, không phải một Fanpage.");

        ApiClient.Reply list = api.get("/api/v1/channels?kind=FACEBOOK_PAGE&q=api");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("name").asText()).isEqualTo("Fanpage API");
        assertThat(api.get("/api/v1/channels/" + id).json().get("version").asLong()).isZero();

        String update = body.replace("Fanpage API", "Fanpage API đổi").replace("\"otherAdmins\"", "\"version\": 0, \"otherAdmins\"");
        assertThat(api.put("/api/v1/channels/" + id, update).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/channels/" + id, update).status()).as("a stale version").isEqualTo(409);
        ApiClient.Reply off = api.post("/api/v1/channels/" + id + "/deactivate", "");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();

        long thGroup = jdbc.sql("select id from channel where url_key = 'facebook.com/groups/phunuhacthanh'").query(Long.class).single();
        assertThat(api.get("/api/v1/channels/" + thGroup).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "canbo.hoanghoa").get("/api/v1/channels/" + thGroup).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "thuongtruc").post("/api/v1/channels/" + thGroup + "/deactivate", "").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/channels").status()).isEqualTo(401);
    }
}
