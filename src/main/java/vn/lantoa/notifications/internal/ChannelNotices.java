package vn.lantoa.notifications.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.channels.ChannelCommentAssigned;
import vn.lantoa.channels.ChannelConnectionFailed;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.OrgDirectory;

/**
 * Tells the admins of a channel's unit that its Facebook Page or Zalo OA lost its connection, why
 * and what to do, in the app and by email. Channels publishes the failure once per episode, after it
 * is recorded; the link opens the unit's connections page.
 */
@Component
class ChannelNotices {

    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    ChannelNotices(AccountDirectory accounts, OrgDirectory org, Notices notices, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.org = org;
        this.notices = notices;
        this.events = events;
    }

    static String link(long unitId, long channelId) {
        return "/channels/connections?don-vi=" + unitId + "#channel-" + channelId;
    }

    @ApplicationModuleListener
    void on(ChannelConnectionFailed failure) {
        org.unit(failure.unitId()).ifPresent(unit -> {
            List<Long> admins = accounts.holdersOn(unit.id(), java.util.Set.of(Role.ADMIN)).stream().map(AccountRef::id).distinct().toList();
            if (admins.isEmpty()) {
                return;
            }
            String excerpt = failure.reason() + (failure.advice() == null ? "" : " " + failure.advice());
            UnitNotice notice = new UnitNotice(failure.channelName(), excerpt, link(unit.id(), failure.channelId()), null, failure.at(),
                    unit.name(), null, null, null, null);
            events.publishEvent(new NoticesRecorded(notices.record(notice,
                    admins.stream().map(id -> new Addressee(id, NoticeKind.CHANNEL_FAILED)).toList())));
        });
    }

    /** The person a moderation rule gave a fanpage comment to; the link opens "Giao cho tôi". */
    @ApplicationModuleListener
    void on(ChannelCommentAssigned assigned) {
        String unitName = org.unit(assigned.unitId()).map(u -> u.name()).orElse("");
        UnitNotice notice = new UnitNotice(assigned.channelName(), assigned.excerpt(), assigned.link(), null, assigned.at(), unitName, null,
                null, null, null);
        events.publishEvent(new NoticesRecorded(notices.record(notice, List.of(new Addressee(assigned.accountId(), NoticeKind.COMMENT_ASSIGNED)))));
    }
}
