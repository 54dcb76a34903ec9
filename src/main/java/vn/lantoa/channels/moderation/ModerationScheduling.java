package vn.lantoa.channels.moderation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The comment pull of connected fanpages, every 15 minutes by default (lantoa.channels.comments.pull-cron,
 * env LANTOA_CHANNELS_COMMENTS_CRON, six fields; "-" turns it off): the webhook brings comments at once,
 * the pull catches what a webhook missed and pages whose app has no webhook subscription.
 */
@Configuration(proxyBeanMethods = false)
class ModerationScheduling {

    @Bean
    RecurringTask<Void> channelCommentPullTask(CommentPuller puller,
                                               @Value("${lantoa.channels.comments.pull-cron:${LANTOA_CHANNELS_COMMENTS_CRON:0 */15 * * * *}}") String cron) {
        return Tasks.recurring("channel-comment-pull", Schedules.cron(cron, ZoneId.of("Asia/Ho_Chi_Minh")))
                .execute((instance, context) -> puller.pullAll());
    }
}
