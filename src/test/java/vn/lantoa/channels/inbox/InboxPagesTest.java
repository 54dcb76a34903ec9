package vn.lantoa.channels.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The routing rules page (who may, refusals that keep what was typed) and the demo inbox a new user finds. */
@IntegrationTest
class InboxPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokenCipher cipher;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aModeratorSetsRulesThatRouteTheNextConversation() {
        InboxFixture fx = new InboxFixture(jdbc, cipher, events);
        String moderator = fx.account("MODERATOR", fx.province, null);
        WebSession web = WebSession.login(port, moderator);
        String page = web.get("/channels/inbox/rules?trang=" + fx.pageChannel).body();
        assertThat(page).contains("bạo lực, hôn nhân", "vay vốn", "Ban Gia đình – Xã hội " + fx.tag);
        assertThat(HtmlChecker.staffPageErrors(page)).isEmpty();

        WebSession.Page refused = web.post("/channels/inbox/rules/" + fx.pageChannel + "/add",
                Map.of("keywords", " , ;", "departmentId", Long.toString(fx.family)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Hãy nhập ít nhất một từ khóa.");
        WebSession.Page noDepartment = web.post("/channels/inbox/rules/" + fx.pageChannel + "/add", Map.of("keywords", "Đất đai, thừa kế"));
        assertThat(noDepartment.body()).contains("Hãy chọn ban.", "value=\"Đất đai, thừa kế\"");
        long otherDepartment = jdbc.sql("select id from department where unit_id <> :u order by id limit 1").param("u", fx.province)
                .query(Long.class).single();
        assertThat(web.post("/channels/inbox/rules/" + fx.pageChannel + "/add",
                Map.of("keywords", "đất đai", "departmentId", Long.toString(otherDepartment))).body())
                .contains("Ban này không thuộc đơn vị của trang.");

        assertThat(web.post("/channels/inbox/rules/" + fx.pageChannel + "/add",
                Map.of("keywords", "Đất đai, thừa kế", "departmentId", Long.toString(fx.family))).status()).isEqualTo(302);
        String psid = fx.psid();
        fx.personWrites(psid, "Hỏi về chia dat dai", Instant.now());
        assertThat(jdbc.sql("select department_id from inbox_conversation where id = :id").param("id", fx.conversation(psid))
                .query(Long.class).single()).isEqualTo(fx.family);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'channel.inbox.ruleAdded' and target_id = :c")
                .param("c", fx.pageChannel).query(Long.class).single()).isEqualTo(1);

        String staff = fx.account("DEPARTMENT_STAFF", fx.province, fx.family);
        assertThat(WebSession.login(port, staff).get("/channels/inbox/rules?trang=" + fx.pageChannel).status()).isEqualTo(403);
        String officer = fx.account("UNIT_OFFICER", fx.commune, null);
        WebSession officerWeb = WebSession.login(port, officer);
        assertThat(officerWeb.post("/channels/inbox/rules/" + fx.pageChannel + "/default", Map.of("departmentId", Long.toString(fx.family)))
                .status()).isEqualTo(404);
        String list = officerWeb.get("/channels/inbox").body();
        assertThat(list).contains("Bạn chưa phụ trách hộp thư của trang nào.");
        assertThat(HtmlChecker.staffPageErrors(list)).isEmpty();
    }

    @Test
    void theDemoProvincePageHasConversationsForEachDepartment() {
        List<String> departments = jdbc.sql("""
                select distinct d.code from inbox_conversation c join channel ch on ch.id = c.channel_id join unit u on u.id = ch.unit_id
                  join department d on d.id = c.department_id where u.code = 'TH' and c.psid like 'demo-psid-%' order by d.code""")
                .query(String.class).list();
        assertThat(departments).containsExactly("CSLP", "GDXH", "TG");

        String family = WebSession.login(port, "truongban.gdxh").get("/channels/inbox").body();
        assertThat(family).contains("Lê Thị Thu", "đã hết hạn trả lời").doesNotContain("Nguyễn Thị Hạnh");
        assertThat(HtmlChecker.staffPageErrors(family)).isEmpty();
        String all = WebSession.login(port, "kiemduyet").get("/channels/inbox?trang-thai=tat-ca").body();
        assertThat(all).contains("Nguyễn Thị Hạnh", "Lê Thị Thu", "Trần Văn Nam", "Phạm Thị Lan", "còn 21 giờ");
        long open = jdbc.sql("select id from inbox_conversation where psid = 'demo-psid-1001'").query(Long.class).single();
        String thread = WebSession.login(port, "kiemduyet").get("/channels/inbox/" + open).body();
        assertThat(thread).contains("id=\"reply-form\"", "vay vốn");
        assertThat(HtmlChecker.staffPageErrors(thread)).isEmpty();
    }
}
