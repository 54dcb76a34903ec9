package vn.lantoa.channels.moderation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The demo's queue: the province's moderator sees comments to review, a scam flagged by the keyword rule, one given to her; a second run changes nothing. */
@IntegrationTest
class DemoModerationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoModeration demo;

    @Test
    void theProvincesModeratorFindsARealLookingQueue() {
        long before = jdbc.sql("select count(*) from channel_comment").query(Long.class).single();
        demo.run(null);
        assertThat(jdbc.sql("select count(*) from channel_comment").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from channel_moderation_rule where name = :n").param("n", DemoModeration.RULE)
                .query(Long.class).single()).isEqualTo(1);

        WebSession kiemduyet = WebSession.login(port, "kiemduyet");
        String queue = kiemduyet.get("/channels/comments").body();
        assertThat(queue).contains("Hội LHPN tỉnh Thanh Hóa", "Hội này toàn LUA DAO, mọi người cẩn thận", "Cần xem xét",
                "Quy tắc đã áp dụng: " + DemoModeration.RULE, "Cho em hỏi thủ tục vay vốn hộ nghèo");
        assertThat(queue).doesNotContain("Bình luận xúc phạm cán bộ Hội");
        assertThat(HtmlChecker.staffPageErrors(queue)).isEmpty();
        assertThat(kiemduyet.get("/channels/comments?o=giao-cho-toi").body()).contains("Cho em hỏi thủ tục vay vốn hộ nghèo")
                .doesNotContain("Hội này toàn LUA DAO");
        assertThat(kiemduyet.get("/channels/comments?o=tat-ca").body()).contains("Bình luận xúc phạm cán bộ Hội", "Đã xóa");
        String rules = kiemduyet.get("/channels/comments/rules").body();
        assertThat(rules).contains(DemoModeration.RULE, "lừa đảo, tin giả, hỗ trợ 5 triệu");
        assertThat(HtmlChecker.staffPageErrors(rules)).isEmpty();
    }
}
