package vn.lantoa.portal.views;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.calendar.WorkingCalendar;

/**
 * Deletes the visitor hashes and day secrets of past days every night (see {@link VisitorHashes} for
 * why): they are only needed to count each visitor once a day. The daily totals stay.
 */
@Configuration(proxyBeanMethods = false)
class ViewPurge {

    private static final Logger log = LoggerFactory.getLogger(ViewPurge.class);

    @Bean
    RecurringTask<Void> purgePortalViewVisitors(ViewCounts counts, JdbcClient jdbc, ViewSettings settings) {
        return Tasks.recurring("purge-portal-view-visitors", Schedules.daily(WorkingCalendar.ZONE, settings.purgeAt()))
                .execute((instance, context) -> purge(jdbc, counts.today().minusDays(settings.keepVisitorDays() - 1L)));
    }

    /** Deletes hashes and secrets of days before the given one. */
    static int purge(JdbcClient jdbc, java.time.LocalDate keepFrom) {
        int visitors = jdbc.sql("delete from portal_view_visitor where day < :day").param("day", keepFrom).update();
        jdbc.sql("delete from portal_view_salt where day < :day").param("day", keepFrom).update();
        log.info("Deleted {} visitor hashes of days before {}", visitors, keepFrom);
        return visitors;
    }
}
