package vn.lantoa.channels.publishing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.facebook.GraphErrors;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryDeliveryStatus;
import vn.lantoa.newsroom.StoryTargets;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

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
    private final StoryTargets targets;
    private final PublishedStories stories;
    private final DeliveryPlanner planner;
    private final OrgDirectory org;

    DeliveryStates(Deliveries deliveries, MessageSource messages, FailureReasons reasons, StoryTargets targets, PublishedStories stories,
                   DeliveryPlanner planner, OrgDirectory org) {
        this.deliveries = deliveries;
        this.messages = messages;
        this.reasons = reasons;
        this.targets = targets;
        this.stories = stories;
        this.planner = planner;
        this.org = org;
    }

    @Override
    public List<Line> lines(long storyId, Locale locale) {
        List<Delivery> all = deliveries.ofStory(storyId);
        List<Line> lines = new ArrayList<>(all.stream().map(d -> line(d, locale)).toList());
        boolean toFanpage = targets.ofPublished(storyId).map(StoryTargets.Targets::toFanpage).orElse(false);
        if (toFanpage && all.stream().allMatch(Delivery::manual)) {
            stories.find(storyId).ifPresent(story -> lines.add(0, noPageYet(story.card().authorUnitId(), locale)));
        }
        return lines;
    }

    /**
     * A fanpage target without a delivery: the union has no connected Page (say so, and where to connect
     * one), or the delivery is being made this very moment (it waits).
     */
    private Line noPageYet(long authorUnitId, Locale locale) {
        long union = planner.publishingUnion(authorUnitId);
        String channel = messages.getMessage(ChannelKind.FACEBOOK_PAGE.messageKey(), null, locale);
        if (!planner.connectedPages(union).isEmpty()) {
            return new Line(channel, message("channels.publishing.state.pending", locale), null, false, null, null);
        }
        String name = org.unit(union).map(UnitRef::name).orElse("");
        return new Line(channel, message("channels.publishing.state.noPage", locale, name), null, true,
                "/channels/connections?don-vi=" + union, message("channels.publishing.act.connect", locale));
    }

    public Line line(Delivery d, Locale locale) {
        String channel = messages.getMessage(d.kind().messageKey(), null, locale) + " «" + d.channelName() + "»";
        boolean reconnect = d.status() == DeliveryStatus.FAILED && connectionFailure(d);
        String act = reconnect ? "/channels/connections?don-vi=" + d.unitId() + "#channel-" + d.channelId()
                : d.status().failing() || (d.manual() && d.status() == DeliveryStatus.PENDING) ? "/channels/publishing#delivery-" + d.id() : null;
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
            case SKIPPED -> d.markedByName() == null && d.skipReason() == null ? message("channels.publishing.state.withdrawn", locale)
                    : message("channels.publishing.state.skipped", locale, d.skipReason() == null ? "" : d.skipReason(),
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
