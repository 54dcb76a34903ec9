package vn.lantoa.portal.legacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.calendar.WorkingCalendar;

/** Files previewed but never applied are deleted after two days (each may hold 5 MB). */
@Configuration(proxyBeanMethods = false)
class LegacyImportCleanup {

    @Bean
    RecurringTask<Void> deleteStaleLegacyImports(JdbcClient jdbc) {
        return Tasks.recurring("delete-stale-legacy-imports", Schedules.daily(WorkingCalendar.ZONE, LocalTime.of(3, 20)))
                .execute((instance, context) -> jdbc.sql(
                        "delete from portal_legacy_import where status = 'PREVIEWED' and created_at < now() - interval '2 days'").update());
    }
}
