package vn.lantoa.channels.publishing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The demo province's publishing tab is not empty on a fresh start, and the demo writes it once. */
@IntegrationTest
class DemoPublishingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPublishing demo;

    @Test
    void theModeratorFindsGroupItemsAndTheUnconnectedFanpageSaysSo() {
        long before = jdbc.sql("select count(*) from channel_delivery").query(Long.class).single();
        demo.run(null);
        assertThat(jdbc.sql("select count(*) from channel_delivery").query(Long.class).single()).isEqualTo(before);

        String page = WebSession.login(port, "kiemduyet").get("/channels/publishing").body();
        assertThat(page).contains("Hàng chờ đăng vào nhóm", "Phụ nữ xứ Thanh", "Phụ nữ Hạc Thành", "chờ người kiểm duyệt đăng vào nhóm",
                "Chép nội dung", "đã bỏ qua: Nhóm đã có bài cùng chủ đề trong tuần",
                "lỗi: Trang chưa được kết nối hoặc đã ngắt kết nối. — cần kết nối lại trang");
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();
        String other = WebSession.login(port, "canbo.hoanghoa").get("/channels/publishing").body();
        assertThat(other).doesNotContain("Phụ nữ xứ Thanh", "Phụ nữ Hạc Thành");
    }
}
