package vn.lantoa.channels.publishing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Page deliveries are posted by a frequent poll, every 30 seconds by default
 * (lantoa.channels.publishing-cron, env LANTOA_CHANNELS_PUBLISHING_CRON, six fields; "-" turns it off,
 * as the tests do, which call {@link PagePosting#runDue()} themselves). db-scheduler runs each
 * execution on one node; each delivery is leased before it is posted.
 */
@Configuration(proxyBeanMethods = false)
class PublishingScheduling {

    @Bean
    RecurringTask<Void> channelPublishingTask(PagePosting posting,
                                              @Value("${lantoa.channels.publishing-cron:${LANTOA_CHANNELS_PUBLISHING_CRON:*/30 * * * * *}}") String cron) {
        return Tasks.recurring("channel-publishing", Schedules.cron(cron, DeliveryStates.VIETNAM))
                .execute((instance, context) -> posting.runDue());
    }
}
