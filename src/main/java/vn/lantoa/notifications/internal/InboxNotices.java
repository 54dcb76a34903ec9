package vn.lantoa.notifications.internal;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.channels.InboxConversationRouted;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.OrgDirectory;

/**
 * Tells a department's head and staff that a conversation of a Page's inbox was given to them (a new one
 * routed by the page's rules, or one passed on by a colleague), with the person's first words; the link
 * opens the conversation. Whoever re-routed it is not told.
 */
@Component
class InboxNotices {

    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    InboxNotices(AccountDirectory accounts, OrgDirectory org, Notices notices, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.org = org;
        this.notices = notices;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(InboxConversationRouted routed) {
        List<Long> members = accounts.membersOfDepartment(routed.departmentId(), Set.of(Role.DEPARTMENT_HEAD, Role.DEPARTMENT_STAFF)).stream()
                .map(AccountRef::id).filter(id -> !id.equals(routed.actorId())).distinct().toList();
        if (members.isEmpty()) {
            return;
        }
        String unitName = org.unit(routed.unitId()).map(u -> u.name()).orElse("");
        UnitNotice notice = new UnitNotice(routed.personName(), routed.channelName() + ": " + routed.excerpt(), routed.link(),
                routed.actorId(), routed.at(), unitName, null, null, null, null);
        events.publishEvent(new NoticesRecorded(notices.record(notice,
                members.stream().map(id -> new Addressee(id, NoticeKind.INBOX_ROUTED)).toList())));
    }
}
