package vn.lantoa.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** Digests of deliveries older than a week are deleted; a recent one stays, so a re-sent delivery is still taken once. */
@IntegrationTest
class DeliveryDigestCleanupTest {

    @Autowired
    JdbcClient jdbc;

    private void digest(String digest, String age) {
        jdbc.sql("insert into channel_webhook_delivery (digest, received_at) values (?, now() - cast(? as interval))").params(digest, age).update();
    }

    private boolean kept(String digest) {
        return jdbc.sql("select exists (select 1 from channel_webhook_delivery where digest = ?)").param(digest).query(Boolean.class).single();
    }

    @Test
    void digestsOlderThanAWeekAreDeleted() {
        String old = "a".repeat(63) + System.nanoTime() % 10;
        String recent = "b".repeat(63) + System.nanoTime() % 10;
        digest(old, "8 days");
        digest(recent, "2 days");

        assertThat(DeliveryDigestCleanup.deleteOld(jdbc)).isGreaterThanOrEqualTo(1);

        assertThat(kept(old)).isFalse();
        assertThat(kept(recent)).isTrue();
    }
}
