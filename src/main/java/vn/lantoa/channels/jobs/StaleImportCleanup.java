package vn.lantoa.channels.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files uploaded to the channels' imports and previewed but never confirmed are deleted after two days,
 * with their staged rows (a post export may stage 100,000); the record of a confirmed import stays.
 */
@Configuration(proxyBeanMethods = false)
class StaleImportCleanup {

    @Bean
    RecurringTask<Void> deleteStaleChannelImports(JdbcClient jdbc) {
        return Tasks.recurring("delete-stale-channel-imports", Schedules.daily(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(3, 40)))
                .execute((instance, context) -> deleteStale(jdbc));
    }

    /** The number of previews deleted, all three imports together. */
    static int deleteStale(JdbcClient jdbc) {
        int deleted = 0;
        for (String table : new String[] {"channel_import", "channel_audience_import", "channel_post_import"}) {
            deleted += jdbc.sql("delete from " + table + " where status = 'PREVIEWED' and created_at < now() - interval '2 days'").update();
        }
        return deleted;
    }
}
