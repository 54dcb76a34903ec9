package vn.lantoa.common.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the recurring jobs every module declares as {@link RecurringTask} beans (scheduled
 * publishing, reminders, digests) on db-scheduler: its table in PostgreSQL makes sure each run
 * happens on exactly one node however many instances serve the application.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    @Bean
    Scheduler jobScheduler(DataSource dataSource, List<RecurringTask<?>> jobs,
                           @Value("${lantoa.jobs.polling-interval:10s}") Duration pollingInterval) {
        return Scheduler.create(dataSource)
                .startTasks(jobs)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler, @Value("${lantoa.jobs.enabled:true}") boolean enabled) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (enabled) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
