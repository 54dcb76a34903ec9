package vn.lantoa.channels.connect;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audience pull runs each early morning in Vietnam, 05:30 by default (lantoa.channels.pull-cron,
 * env LANTOA_CHANNELS_PULL_CRON, six fields; "-" turns it off). db-scheduler runs each execution on one
 * node only; the figures are upserts and a failure is told once per episode, whatever runs twice.
 */
@Configuration(proxyBeanMethods = false)
class PullScheduling {

    @Bean
    RecurringTask<Void> channelAudiencePullTask(AudiencePuller puller,
                                                @Value("${lantoa.channels.pull-cron:${LANTOA_CHANNELS_PULL_CRON:0 30 5 * * *}}") String cron) {
        return Tasks.recurring("channel-audience-pull", Schedules.cron(cron, AudiencePuller.VIETNAM))
                .execute((instance, context) -> puller.pullAll());
    }
}
