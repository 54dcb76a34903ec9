package vn.lantoa.channels.participation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interaction lists and roster files previewed but never confirmed are deleted after two days (they hold
 * names and phone numbers); the record of a confirmed import stays, without its file. Daily at 03:45,
 * after the other channel imports' cleanup.
 */
@Configuration(proxyBeanMethods = false)
class StalePreviewCleanup {

    @Bean
    RecurringTask<Void> deleteStaleParticipationImports(JdbcClient jdbc) {
        return Tasks.recurring("delete-stale-participation-imports", Schedules.daily(Declarations.VIETNAM, LocalTime.of(3, 45)))
                .execute((instance, context) -> deleteStale(jdbc));
    }

    /** The number of previews deleted, both imports together. */
    static int deleteStale(JdbcClient jdbc) {
        int deleted = 0;
        for (String table : new String[] {"participation_import", "participation_roster_import"}) {
            deleted += jdbc.sql("delete from " + table + " where status = 'PREVIEWED' and created_at < now() - interval '2 days'").update();
        }
        return deleted;
    }
}
