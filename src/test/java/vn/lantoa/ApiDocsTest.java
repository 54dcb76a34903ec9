package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void openApiDescribesTheApiAndSwaggerUiIsServed() {
        var docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/units", "/api/v1/units/{id}", "/api/v1/accounts", "/api/v1/auth/token", "/api/v1/audit");
        var ui = WebSession.anonymous(port).get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
