package vn.lantoa.channels.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

@IntegrationTest
class StaleImportCleanupTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void previewsOlderThanTwoDaysGoWithTheirStagedRowsAndConfirmedImportsStay() {
        long account = jdbc.sql("select id from account where username = 'bientap'").query(Long.class).single();
        long channel = jdbc.sql("select id from channel order by id limit 1").query(Long.class).single();
        long staleRegistry = registry(account, "PREVIEWED", "3 days");
        long freshRegistry = registry(account, "PREVIEWED", "1 day");
        long appliedRegistry = registry(account, "APPLIED", "30 days");
        long staleAudience = jdbc.sql("""
                insert into channel_audience_import (created_by, created_at, file_name, content)
                values (:account, now() - interval '3 days', 'so-lieu.csv', '\\x00') returning id""")
                .param("account", account).query(Long.class).single();
        long stalePosts = jdbc.sql("""
                insert into channel_post_import (channel_id, kind, created_by, created_at, file_name)
                values (:channel, 'POSTS', :account, now() - interval '3 days', 'bai-dang.csv') returning id""")
                .param("channel", channel).param("account", account).query(Long.class).single();
        jdbc.sql("insert into channel_post_import_row (import_id, line, external_id) values (:id, 2, 'p1'), (:id, 3, 'p2')")
                .param("id", stalePosts).update();

        assertThat(StaleImportCleanup.deleteStale(jdbc)).isGreaterThanOrEqualTo(3);

        assertThat(exists("channel_import", staleRegistry)).isFalse();
        assertThat(exists("channel_import", freshRegistry)).isTrue();
        assertThat(exists("channel_import", appliedRegistry)).isTrue();
        assertThat(exists("channel_audience_import", staleAudience)).isFalse();
        assertThat(exists("channel_post_import", stalePosts)).isFalse();
        assertThat(jdbc.sql("select count(*) from channel_post_import_row where import_id = :id").param("id", stalePosts)
                .query(Long.class).single()).isZero();
    }

    private long registry(long account, String status, String age) {
        return jdbc.sql("""
                insert into channel_import (created_by, created_at, file_name, content, status)
                values (:account, now() - cast(:age as interval), 'kenh.csv', '\\x00', :status) returning id""")
                .param("account", account).param("age", age).param("status", status).query(Long.class).single();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single() == 1;
    }
}
