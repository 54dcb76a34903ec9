package vn.lantoa.channels.moderation.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelAddress;

/**
 * Comments on the demo province's fanpage (not connected: the demo has no network at start), so that the
 * "Bình luận" tab shows a real-looking queue: questions, thanks, a scam with a link caught by the province's
 * keyword rule and flagged, a few already handled by the moderator (kiemduyet) for the figures, one
 * assigned to her. Written once (any comment on that page means done).
 */
@Component
@Order(72)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoModeration implements ApplicationRunner {

    static final String PROVINCE_PAGE = "https://www.facebook.com/hoilhpn.thanhhoa";
    static final String RULE = "Lừa đảo, tin giả";
    private static final Logger log = LoggerFactory.getLogger(DemoModeration.class);

    /** author, message, minutes ago, minutes to handling (-1: not handled), action, rule hit. */
    private record Sample(String author, String message, int minutesAgo, int handledAfter, String action, boolean ruleHit) {
    }

    private static final Sample[] SAMPLES = {
        new Sample("Lê Thị Hồng", "Cho em hỏi thủ tục vay vốn hộ nghèo ở xã thì nộp hồ sơ ở đâu ạ?", 35, -1, null, false),
        new Sample("Trần Văn Dũng", "Nhận hỗ trợ 5 triệu cho hội viên, đăng ký tại bit.ly/ho-tro-hoi-vien nhanh kẻo hết!", 50, -1, null, true),
        new Sample("Nguyễn Thị Mai", "Cảm ơn Hội đã tổ chức lớp tập huấn chuyển đổi số, rất bổ ích 👏", 80, -1, null, false),
        new Sample("Phạm Minh", "❤️❤️❤️", 95, -1, null, false),
        new Sample("Hoàng Thị Lan", "Hội này toàn LUA DAO, mọi người cẩn thận", 140, -1, null, true),
        new Sample("Đỗ Văn Hải", "Năm nay có tổ chức hội thi ẩm thực nữa không Hội ơi?", 260, 45, "HANDLED", false),
        new Sample("Vũ Thị Hương", "Kiếm tiền online 2 triệu/ngày, inbox mình", 1500, 20, "HIDE", false),
        new Sample("Bùi Thị Yến", "Tin giả rồi, làm gì có chuyện phát tiền như vậy", 2900, 180, "HANDLED", true),
        new Sample("Tài khoản ẩn danh", "Bình luận xúc phạm cán bộ Hội", 4400, 1700, "DELETE", false),
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoModeration(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> page = jdbc.sql("select id from channel where url_key = :k")
                .param("k", ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, PROVINCE_PAGE).key()).query(Long.class).optional();
        Optional<Long> moderator = jdbc.sql("select id from account where username = 'kiemduyet'").query(Long.class).optional();
        if (page.isEmpty() || moderator.isEmpty()
                || jdbc.sql("select exists (select 1 from channel_comment where channel_id = :c)").param("c", page.get()).query(Boolean.class).single()) {
            return;
        }
        transaction.executeWithoutResult(tx -> write(page.get(), moderator.get()));
        log.info("Demo comments: {} on the province's fanpage, with the rule \"{}\"", SAMPLES.length, RULE);
    }

    private void write(long page, long moderator) {
        long unit = jdbc.sql("select unit_id from channel where id = :c").param("c", page).query(Long.class).single();
        long rule = jdbc.sql("""
                insert into channel_moderation_rule (unit_id, name, keywords, action, position, created_by)
                values (:u, :name, 'lừa đảo' || chr(10) || 'tin giả' || chr(10) || 'hỗ trợ 5 triệu', 'FLAG', 1, :by) returning id""")
                .param("u", unit).param("name", RULE).param("by", moderator).query(Long.class).single();
        Instant now = Instant.now();
        for (int i = 0; i < SAMPLES.length; i++) {
            Sample s = SAMPLES[i];
            Instant created = now.minus(Duration.ofMinutes(s.minutesAgo()));
            Instant handled = s.handledAfter() < 0 ? null : created.plus(Duration.ofMinutes(s.handledAfter()));
            String status = "HIDE".equals(s.action()) ? "HIDDEN" : "DELETE".equals(s.action()) ? "DELETED" : "VISIBLE";
            long id = jdbc.sql("""
                    insert into channel_comment (channel_id, external_id, post_id, parent_id, author_id, author_name, message, created_at,
                           received_at, status, flagged, assigned_to, handled_at, handled_by, rule_hits)
                    values (:c, :e, :post, :post, :author, :name, :m, :created, :created, :status, :flagged, :assigned, :handled, :by, :hits)
                    returning id""")
                    .param("c", page).param("e", "1000" + (i + 1) + "_2000" + (i + 1)).param("post", "109876543210_" + (i < 5 ? 1 : 2))
                    .param("author", "demo-" + i).param("name", s.author()).param("m", s.message()).param("created", Timestamp.from(created))
                    .param("status", status).param("flagged", s.ruleHit()).param("assigned", i == 0 ? moderator : null)
                    .param("handled", handled == null ? null : Timestamp.from(handled)).param("by", handled == null ? null : moderator)
                    .param("hits", s.ruleHit() ? RULE : "").query(Long.class).single();
            if (s.ruleHit()) {
                jdbc.sql("insert into channel_comment_action (comment_id, action, rule_id, at) values (:c, 'FLAG', :r, :at)")
                        .param("c", id).param("r", rule).param("at", Timestamp.from(created)).update();
            }
            if (handled != null) {
                jdbc.sql("insert into channel_comment_action (comment_id, action, actor_id, at) values (:c, :a, :by, :at)")
                        .param("c", id).param("a", s.action()).param("by", moderator).param("at", Timestamp.from(handled)).update();
            }
        }
    }
}
