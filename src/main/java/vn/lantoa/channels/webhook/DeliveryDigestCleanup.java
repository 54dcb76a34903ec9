package vn.lantoa.channels.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The digests of webhook deliveries only serve to take a delivery Meta sends again once; Meta retries a
 * failed delivery for up to 36 hours, so digests older than a week are deleted, daily.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryDigestCleanup {

    @Bean
    RecurringTask<Void> deleteOldWebhookDigests(JdbcClient jdbc) {
        return Tasks.recurring("delete-old-webhook-digests", Schedules.daily(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(3, 50)))
                .execute((instance, context) -> deleteOld(jdbc));
    }

    static int deleteOld(JdbcClient jdbc) {
        return jdbc.sql("delete from channel_webhook_delivery where received_at < now() - interval '7 days'").update();
    }
}
