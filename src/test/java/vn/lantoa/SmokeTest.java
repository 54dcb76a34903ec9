package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class SmokeTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUp() {
        var reply = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void demoAdminSeesTheProvinceTree() {
        WebSession admin = WebSession.login(port, "quantri");
        var page = admin.get("/admin/units");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Hội LHPN tỉnh Thanh Hóa", "Hội LHPN phường Hạc Thành", "Cây tổ chức");
    }

    @Test
    void anonymousVisitorIsSentToTheVietnameseLoginForm() {
        WebSession visitor = WebSession.anonymous(port);
        assertThat(visitor.get("/admin/units").location()).endsWith("/login");
        assertThat(visitor.get("/login").body()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
    }
}
