package vn.lantoa.accountability.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.accountability.period.ReportingPeriod;

/**
 * The reminders run each morning at 08:00 in Vietnam by default (lantoa.accountability.reminders.cron,
 * six fields; "-" turns it off). db-scheduler runs each execution on one node only; the reminders
 * themselves are also sent once only (see {@link QuotaReminders}), whatever runs twice.
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

    @Bean
    RecurringTask<Void> quotaReminderTask(QuotaReminders reminders,
                                          @Value("${lantoa.accountability.reminders.cron:0 0 8 * * *}") String cron) {
        return Tasks.recurring("quota-reminders", Schedules.cron(cron, ReportingPeriod.ZONE))
                .execute((instance, context) -> reminders.run());
    }
}
