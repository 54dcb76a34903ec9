package vn.lantoa.channels.publishing.demo;

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

/**
 * The demo province's publishing tab, so that it is not empty on a fresh start, without any call to
 * Facebook (the demo pages are not connected): the latest published stories wait in the group queue of
 * "Phụ nữ xứ Thanh" and "Phụ nữ Hạc Thành"; an older one was posted there by the moderator, another
 * skipped; the province's fanpage shows the honest state of an unconnected page (an error that asks to
 * connect it). Runs after the demo stories and channels; written once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoPublishing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublishing.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoPublishing(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> provinceGroup = channel("facebook.com/groups/phunuxuthanh");
        Optional<Long> communeGroup = channel("facebook.com/groups/phunuhacthanh");
        Optional<Long> page = channel("facebook.com/hoilhpn.thanhhoa");
        List<Long> stories = jdbc.sql("""
                select s.id from story s join unit u on u.id = s.author_unit_id
                 where s.status = 'PUBLISHED' and u.path like (select path from unit where code = 'TH') || '%'
                 order by s.published_at desc, s.id desc limit 5""").query(Long.class).list();
        if (provinceGroup.isEmpty() || communeGroup.isEmpty() || page.isEmpty() || stories.size() < 4
                || jdbc.sql("select count(*) from channel_delivery where channel_id = :c").param("c", provinceGroup.get()).query(Long.class).single() > 0) {
            return;
        }
        Long moderator = jdbc.sql("select id from account where username = 'kiemduyet'").query(Long.class).optional().orElse(null);
        transaction.executeWithoutResult(status -> {
            queued(stories.get(0), provinceGroup.get());
            queued(stories.get(0), communeGroup.get());
            queued(stories.get(1), provinceGroup.get());
            jdbc.sql("""
                    insert into channel_delivery (story_id, channel_id, mode, status, posted_at, marked_by, external_id, permalink, updated_at)
                    values (:s, :c, 'MANUAL', 'POSTED', now() - interval '2 days', :by, 'group-post-1048576001',
                            'https://www.facebook.com/groups/phunuxuthanh/posts/1048576001', now() - interval '2 days')""")
                    .param("s", stories.get(2)).param("c", provinceGroup.get()).param("by", moderator).update();
            jdbc.sql("""
                    insert into channel_delivery (story_id, channel_id, mode, status, skip_reason, marked_by, updated_at)
                    values (:s, :c, 'MANUAL', 'SKIPPED', 'Nhóm đã có bài cùng chủ đề trong tuần', :by, now() - interval '3 days')""")
                    .param("s", stories.get(3)).param("c", communeGroup.get()).param("by", moderator).update();
            jdbc.sql("""
                    insert into channel_delivery (story_id, channel_id, mode, status, attempts, failure_kind, error_code, error_message)
                    values (:s, :c, 'API', 'FAILED', 1, 'TOKEN_INVALID', 'disconnected', 'The page is not connected')""")
                    .param("s", stories.get(0)).param("c", page.get()).update();
        });
        log.info("Demo publishing: group queue and fanpage states written for {} stories", stories.size());
    }

    private void queued(long story, long channel) {
        jdbc.sql("insert into channel_delivery (story_id, channel_id, mode) values (:s, :c, 'MANUAL') on conflict do nothing")
                .param("s", story).param("c", channel).update();
    }

    private Optional<Long> channel(String keyStart) {
        return jdbc.sql("select id from channel where url_key like :k || '%' and active order by id limit 1").param("k", keyStart)
                .query(Long.class).optional();
    }
}
