package vn.lantoa.notifications.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import vn.lantoa.common.web.NavEntry;

/**
 * The module's menu entry and jobs. Async is switched on here because notifications are its first
 * user: @ApplicationModuleListener is @Async, and without this the emails would leave on the thread
 * of the request that published the event.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class NotificationsConfiguration {

    /** The digest is read at the start of a working day in Vietnam, wherever the server runs. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    static NavEntry notificationsEntry() {
        return new NavEntry("notifications", "nav.notifications", "/notifications", 7, Set.of());
    }

    @Bean
    RecurringTask<Void> noticeDigest(DailyDigest digest, NotificationSettings settings) {
        return Tasks.recurring("notice-digest", Schedules.cron(settings.digestCron(), VIETNAM))
                .execute((instance, context) -> digest.send());
    }

    @Bean
    RecurringTask<Void> noticeMailRetry(NoticeMailer mailer, NotificationSettings settings) {
        return Tasks.recurring("notice-mail-retry", Schedules.fixedDelay(settings.retryEvery()))
                .execute((instance, context) -> mailer.retryFailed());
    }
}
