package vn.lantoa.channels.publishing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.facebook.GraphErrors;
import vn.lantoa.newsroom.StoryDeliveryStatus;

/**
 * A delivery's state in plain words, in one place for the story page, the publishing tab and the API:
 * "chờ đăng", "đang thử lại lần 3 lúc 14:25", "đã đăng", "lỗi: Mã truy cập đã hết hạn." with a link to
 * reconnect, "đã ngừng thử sau 6 lần", "đã bỏ qua: …".
 */
@Component
public class DeliveryStates implements StoryDeliveryStatus {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Deliveries deliveries;
    private final MessageSource messages;
    private final FailureReasons reasons;

    DeliveryStates(Deliveries deliveries, MessageSource messages, FailureReasons reasons) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.reasons = reasons;
    }

    @Override
    public List<Line> lines(long storyId, Locale locale) {
        return deliveries.ofStory(storyId).stream().map(d -> line(d, locale)).toList();
    }

    public Line line(Delivery d, Locale locale) {
        String channel = messages.getMessage(d.kind().messageKey(), null, locale) + " «" + d.channelName() + "»";
        boolean reconnect = d.status() == DeliveryStatus.FAILED && connectionFailure(d);
        String act = reconnect ? "/channels/connections?don-vi=" + d.unitId() + "#channel-" + d.channelId()
                : d.status().failing() || (d.manual() && d.status() == DeliveryStatus.PENDING) ? "/channels/publishing?don-vi=" + d.unitId() + "#delivery-" + d.id() : null;
        String actLabel = act == null ? null
                : messages.getMessage(reconnect ? "channels.publishing.act.reconnect" : "channels.publishing.act.open", null, locale);
        return new Line(channel, state(d, locale), d.status() == DeliveryStatus.POSTED ? d.permalink() : null, d.status().failing(), act,
                actLabel);
    }

    public String state(Delivery d, Locale locale) {
        return switch (d.status()) {
            case PENDING -> message(d.manual() ? "channels.publishing.state.queued" : "channels.publishing.state.pending", locale);
            case RETRYING -> message("channels.publishing.state.retrying", locale, d.attempts() + 1,
                    d.nextAttemptAt() == null ? "" : TIME.format(d.nextAttemptAt().atZone(VIETNAM)), reason(d, locale));
            case POSTED -> message(d.manual() ? "channels.publishing.state.marked" : "channels.publishing.state.posted", locale,
                    d.postedAt() == null ? "" : DAY_TIME.format(d.postedAt().atZone(VIETNAM)), d.markedByName() == null ? "" : d.markedByName());
            case FAILED -> message(connectionFailure(d) ? "channels.publishing.state.failedReconnect" : "channels.publishing.state.failed",
                    locale, reason(d, locale));
            case GAVE_UP -> message("channels.publishing.state.gaveUp", locale, d.attempts(), reason(d, locale));
            case SKIPPED -> message("channels.publishing.state.skipped", locale, d.skipReason() == null ? "" : d.skipReason(),
                    d.markedByName() == null ? "" : d.markedByName());
        };
    }

    /** Why the last try failed, in the connections page's words, with the platform's code for whoever asks Meta. */
    String reason(Delivery d, Locale locale) {
        if (d.failureKind() == null) {
            return "";
        }
        if ("unpublished".equals(d.errorCode())) {
            return message("channels.publishing.reason.unpublished", locale);
        }
        if ("disconnected".equals(d.errorCode())) {
            return message("channels.publishing.reason.disconnected", locale);
        }
        FailureKind kind = FailureKind.valueOf(d.failureKind());
        String words = reasons.reason(kind, GraphErrors.permissionIn(d.errorMessage()), locale);
        return d.errorCode() == null ? words : words + " (" + d.errorCode() + ")";
    }

    private static boolean connectionFailure(Delivery d) {
        return d.failureKind() != null && RetryPolicy.isConnectionFailure(FailureKind.valueOf(d.failureKind()), d.errorCode());
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
