package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

/** The JSON API: a subtree's series and growth, a channel's figure of a day read and written, with the pages' scope rules. */
@IntegrationTest
class AudienceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seriesFigureAndRecording() {
        AudienceFixture fx = new AudienceFixture(jdbc);
        UnitRef province = fx.province();
        UnitRef commune = fx.child(province, "Xã API");
        UnitRef other = fx.child(province, "Xã khác API");
        long group = fx.channel(commune, "FACEBOOK_GROUP", "Nhóm API", null);
        long page = fx.channel(other, "FACEBOOK_PAGE", "Fanpage API", null);
        fx.figure(group, LocalDate.of(2025, 12, 31), 299);
        fx.figure(group, LocalDate.of(2026, 6, 30), 1514);
        fx.figure(page, LocalDate.of(2026, 1, 10), 100);
        String editor = fx.holding("EDITOR", province);
        String officer = fx.holding("UNIT_OFFICER", commune);
        String otherOfficer = fx.holding("UNIT_OFFICER", other);

        ApiClient.Reply series = ApiClient.as(port, editor).get("/api/v1/channels/audience?don-vi=" + province.id() + "&tu=2026-01-01&den=2026-06-30");
        assertThat(series.status()).isEqualTo(200);
        assertThat(series.json().get("growth").get("start").asLong()).isEqualTo(299);
        assertThat(series.json().get("growth").get("end").asLong()).isEqualTo(1614);
        assertThat(series.json().get("series").get(0).get("day").asString()).isEqualTo("2026-01-01");
        assertThat(series.json().get("series").get(0).get("group").asLong()).isEqualTo(299);
        ApiClient.Reply fanpages = ApiClient.as(port, editor).get("/api/v1/channels/audience?don-vi=" + province.id()
                + "&tu=2026-01-01&den=2026-06-30&loai=fanpage");
        assertThat(fanpages.json().get("growth").get("end").asLong()).isEqualTo(100);
        assertThat(ApiClient.as(port, otherOfficer).get("/api/v1/channels/audience?don-vi=" + commune.id()).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get("/api/v1/channels/audience?don-vi=" + province.id()).status()).isEqualTo(401);

        ApiClient.Reply figure = ApiClient.as(port, officer).get("/api/v1/channels/" + group + "/audience?ngay=2026-03-01");
        assertThat(figure.status()).isEqualTo(200);
        assertThat(figure.json().get("audience").asInt()).isEqualTo(299);
        assertThat(figure.json().get("measuredOn").asString()).isEqualTo("2025-12-31");
        assertThat(ApiClient.as(port, officer).get("/api/v1/channels/" + group + "/audience?ngay=2025-01-01").status()).isEqualTo(404);
        assertThat(ApiClient.as(port, otherOfficer).get("/api/v1/channels/" + group + "/audience").status()).isEqualTo(404);

        ApiClient.Reply bad = ApiClient.as(port, officer).put("/api/v1/channels/" + group + "/audience",
                "{\"day\":\"2026-07-01\",\"audience\":100,\"nonMembers\":200}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Số người không phải hội viên (200) lớn hơn số thành viên (100).");
        ApiClient.Reply drop = ApiClient.as(port, officer).put("/api/v1/channels/" + group + "/audience", "{\"day\":\"2026-07-01\",\"audience\":150}");
        assertThat(drop.status()).isEqualTo(409);
        assertThat(drop.body()).contains("giảm hơn một nửa");
        ApiClient.Reply put = ApiClient.as(port, officer).put("/api/v1/channels/" + group + "/audience",
                "{\"day\":\"2026-07-01\",\"audience\":1530,\"nonMembers\":171,\"womenPercent\":92.5}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("audience").asInt()).isEqualTo(1530);
        assertThat(put.json().get("source").asString()).isEqualTo("MANUAL");
        assertThat(put.json().get("womenPercent").asDouble()).isEqualTo(92.5);
        assertThat(ApiClient.as(port, otherOfficer).put("/api/v1/channels/" + group + "/audience", "{\"audience\":5}").status()).isEqualTo(404);
        String leader = fx.holding("LEADERSHIP", province);
        assertThat(ApiClient.as(port, leader).put("/api/v1/channels/" + group + "/audience", "{\"audience\":1600}").status()).isEqualTo(403);
    }
}
