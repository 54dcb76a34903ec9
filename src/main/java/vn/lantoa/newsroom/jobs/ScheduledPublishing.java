package vn.lantoa.newsroom.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes and unpublishes stories at the times editors set, checked every few seconds. */
@Configuration(proxyBeanMethods = false)
class ScheduledPublishing {

    @Bean
    RecurringTask<Void> publishDueStories(DueStories due, @Value("${lantoa.newsroom.publish-check:30s}") Duration every) {
        return Tasks.recurring("publish-due-stories", Schedules.fixedDelay(every))
                .execute((instance, context) -> due.run());
    }
}
