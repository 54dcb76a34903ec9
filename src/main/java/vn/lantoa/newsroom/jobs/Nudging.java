package vn.lantoa.newsroom.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Looks for stories stalled at one step every hour by default (lantoa.newsroom.nudge-check). */
@Configuration(proxyBeanMethods = false)
class Nudging {

    @Bean
    RecurringTask<Void> nudgeStalledStories(StalledStories stalled, @Value("${lantoa.newsroom.nudge-check:1h}") Duration every) {
        return Tasks.recurring("nudge-stalled-stories", Schedules.fixedDelay(every))
                .execute((instance, context) -> stalled.run());
    }
}
