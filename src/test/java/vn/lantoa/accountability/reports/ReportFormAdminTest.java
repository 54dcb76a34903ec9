package vn.lantoa.accountability.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The province's admin sets up the monthly report form without code; nobody else may. */
@IntegrationTest
class ReportFormAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    ReportForms forms;

    @Test
    void theProvinceAdminAddsRelabelsAndSwitchesOffAFieldWhoseKeyNeverChanges() {
        WebSession admin = WebSession.login(port, "quantri");
        WebSession.Page page = admin.get("/admin/accountability/report-form");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ReportFieldKeys.DIGITAL_SESSIONS, ReportFieldKeys.PROPOSALS, "Số người tham gia");
        assertThat(MonthlyReportsTest.htmlErrors(page.body())).isEmpty();
        long formId = forms.ownedBy(org.unitByCode("TH").orElseThrow().id()).orElseThrow().id();

        WebSession.Page empty = admin.post("/admin/accountability/report-form/" + formId + "/fields",
                Map.of("label", "  ", "help", "Gợi ý còn giữ", "kind", "INTEGER"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Không được để trống.", "Gợi ý còn giữ");

        String tag = UUID.randomUUID().toString().substring(0, 4);
        String label = "Số video ngắn đã đăng " + tag;
        assertThat(admin.post("/admin/accountability/report-form/" + formId + "/fields",
                Map.of("label", label, "help", "", "kind", "INTEGER")).status()).isEqualTo(302);
        ReportField added = forms.find(formId).orElseThrow().fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
        assertThat(added.key()).isEqualTo("so_video_ngan_da_dang_" + tag.toLowerCase());
        assertThat(added.kind()).isEqualTo(FieldKind.INTEGER);

        admin.post("/admin/accountability/report-form/" + formId + "/fields/" + added.id(), Map.of("label", "Video ngắn " + tag, "help", "Tính cả Zalo"));
        admin.post("/admin/accountability/report-form/" + formId + "/fields/" + added.id() + "/up", Map.of());
        ReportField changed = forms.find(formId).orElseThrow().fields().stream().filter(f -> f.id() == added.id()).findFirst().orElseThrow();
        assertThat(changed.key()).isEqualTo(added.key());
        assertThat(changed.label()).isEqualTo("Video ngắn " + tag);
        assertThat(changed.position()).isLessThan(added.position());

        admin.post("/admin/accountability/report-form/" + formId + "/fields/" + added.id() + "/off", Map.of());
        assertThat(forms.find(formId).orElseThrow().activeFields()).extracting(ReportField::key).doesNotContain(added.key());
        assertThat(jdbc.sql("select count(*) from report_field where id = :id").param("id", added.id()).query(Long.class).single()).isOne();

        WebSession.Page badDay = admin.post("/admin/accountability/report-form/" + formId + "/settings",
                Map.of("levels", "COMMUNE", "dueDay", "31", "version", "" + forms.find(formId).orElseThrow().version()));
        assertThat(badDay.body()).contains("Hạn nộp phải là một ngày từ 1 đến 28.");
        assertThat(forms.find(formId).orElseThrow().dueDay()).isEqualTo(5);
    }

    @Test
    void officersCannotChangeTheFormAndAdminsOfACommuneCannotChangeTheProvinces() {
        long formId = forms.ownedBy(org.unitByCode("TH").orElseThrow().id()).orElseThrow().id();
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/admin/accountability/report-form").status()).isEqualTo(403);
        WebSession communeAdmin = WebSession.login(port, "quantri.hacthanh");
        assertThat(communeAdmin.get("/admin/accountability/report-form").body()).contains("Đơn vị đang dùng mẫu báo cáo của Hội LHPN tỉnh Thanh Hóa");
        assertThat(communeAdmin.post("/admin/accountability/report-form/" + formId + "/fields",
                Map.of("label", "Chỉ tiêu lạ", "kind", "INTEGER")).status()).isEqualTo(404);
    }
}
