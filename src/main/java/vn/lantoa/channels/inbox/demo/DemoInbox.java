package vn.lantoa.channels.inbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.inbox.Conversations;
import vn.lantoa.channels.inbox.Routing;
import vn.lantoa.channels.inbox.RoutingRules;

/**
 * The demo province page's inbox: routing rules (family matters to Gia đình – Xã hội, loans and law to
 * Chính sách – Luật pháp, anything else to Tuyên giáo) and five conversations routed by them, timed from
 * now: one waiting two hours (the reply box open), one waiting 30 hours (closed, with the time it closed),
 * one answered from Lan Tỏa, one answered late, one answered from Business Suite and done. The page is not
 * connected (no network at start), so replies there say so. Runs after the registry's demo; written once.
 */
@Component
@Order(76)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoInbox implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);

    private final JdbcClient jdbc;
    private final Conversations conversations;
    private final RoutingRules routing;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoInbox(JdbcClient jdbc, Conversations conversations, RoutingRules routing, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.routing = routing;
        this.transaction = transaction;
        this.clock = clock;
    }

    private record Exchange(String psid, String name, Duration askedAgo, String question, Duration answeredAfter, String answer,
                            boolean fromBusinessSuite, boolean done) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> page = jdbc.sql("""
                select c.id from channel c join unit u on u.id = c.unit_id
                 where u.code = 'TH' and c.kind = 'FACEBOOK_PAGE' and c.active order by c.id limit 1""").query(Long.class).optional();
        if (page.isEmpty() || jdbc.sql("select count(*) from inbox_conversation where channel_id = :c").param("c", page.get())
                .query(Long.class).single() > 0) {
            return;
        }
        Long tg = department("TG");
        Long gdxh = department("GDXH");
        Long cslp = department("CSLP");
        Long editor = jdbc.sql("select id from account where username = 'bientap'").query(Long.class).optional().orElse(null);
        if (tg == null || gdxh == null || cslp == null) {
            return;
        }
        long channel = page.get();
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            rule(channel, 1, "bạo lực, hôn nhân, ly hôn, gia đình, con cái", gdxh);
            rule(channel, 2, "vay vốn, chính sách, pháp luật, trợ cấp, bảo hiểm", cslp);
            jdbc.sql("insert into inbox_route (channel_id, default_department_id) values (:c, :d)").param("c", channel).param("d", tg).update();
            for (Exchange e : exchanges()) {
                conversation(channel, e, now, editor);
            }
        });
        log.info("Wrote the demo inbox of the province page ({} conversations)", exchanges().size());
    }

    private static List<Exchange> exchanges() {
        return List.of(
                new Exchange("demo-psid-1001", "Nguyễn Thị Hạnh", Duration.ofHours(2),
                        "Chào Hội, em muốn hỏi thủ tục vay vốn khởi nghiệp cho phụ nữ ở xã Hoằng Hóa ạ.", null, null, false, false),
                new Exchange("demo-psid-1002", "Lê Thị Thu", Duration.ofHours(30),
                        "Chị gái em bị chồng bạo lực, em cần được tư vấn phải làm gì ạ?", null, null, false, false),
                new Exchange("demo-psid-1003", "Trần Văn Nam", Duration.ofDays(3),
                        "Cho hỏi năm nay Hội có tổ chức cuộc thi Duyên dáng áo dài không?", Duration.ofMinutes(40),
                        "Chào anh, cuộc thi sẽ được Hội thông báo trên trang trong tháng tới. Cảm ơn anh đã quan tâm!", false, false),
                new Exchange("demo-psid-1004", "Hoàng Thị Mai", Duration.ofDays(10),
                        "Em muốn hỏi về thủ tục ly hôn khi chồng đi làm xa không liên lạc được.", Duration.ofHours(26),
                        "Chào em, Ban Gia đình – Xã hội sẽ gọi điện tư vấn cho em trong hôm nay. Em để lại số điện thoại giúp Hội nhé.", false, false),
                new Exchange("demo-psid-1005", "Phạm Thị Lan", Duration.ofDays(6),
                        "Hội có lớp học kỹ năng số cho hội viên lớn tuổi không ạ?", Duration.ofHours(5),
                        "Dạ có ạ, lớp Bình dân học vụ số mở vào sáng thứ Bảy tại nhà văn hóa xã.", true, true));
    }

    private void conversation(long channel, Exchange e, Instant now, Long editor) {
        Instant asked = now.minus(e.askedAgo());
        Routing.Decision decision = routing.route(channel, e.question());
        long id = conversations.open(channel, e.psid(), e.name(), decision, asked).orElseThrow();
        conversations.add(id, "m_demo_" + e.psid() + "_in", true, "PERSON", e.question(), List.of(), null, asked, null);
        if (e.answer() != null) {
            Instant answered = asked.plus(e.answeredAfter());
            if (e.fromBusinessSuite() || editor == null) {
                conversations.add(id, "m_demo_" + e.psid() + "_out", false, "BUSINESS_SUITE", e.answer(), List.of(), null, answered, null);
            } else {
                conversations.sentFromLanToa(id, "m_demo_" + e.psid() + "_out", e.answer(), null, answered, editor);
            }
        }
        conversations.refresh(id, false);
        if (e.done()) {
            jdbc.sql("update inbox_conversation set status = 'DONE', done_at = :at, done_by = :by where id = :id")
                    .param("at", java.sql.Timestamp.from(now.minus(Duration.ofDays(5)))).param("by", editor).param("id", id).update();
        }
    }

    private void rule(long channel, int position, String keywords, long department) {
        jdbc.sql("insert into inbox_rule (channel_id, position, keywords, keywords_folded, department_id) values (:c, :p, :k, :f, :d)")
                .param("c", channel).param("p", position).param("k", keywords).param("f", Routing.foldedKeywords(keywords))
                .param("d", department).update();
    }

    private Long department(String code) {
        return jdbc.sql("select d.id from department d join unit u on u.id = d.unit_id where u.code = 'TH' and d.code = :code")
                .param("code", code).query(Long.class).optional().orElse(null);
    }
}
