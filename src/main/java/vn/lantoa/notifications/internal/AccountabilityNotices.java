package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.MonthlyReportEvent;
import vn.lantoa.accountability.QuotaReminder;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Turns accountability's reminders and report decisions into notices, after its transaction has
 * committed. Who is told: of a unit at risk, the officers and admins of that unit itself (not the
 * admins above it); of a union's summary, its editors and leadership; of a report submitted, the
 * leadership and admins of the unit above, who decide on it; of a decision, the unit's officers and
 * admins. Nobody is told of what they did themselves.
 */
@Component
class AccountabilityNotices {

    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountabilityNotices(AccountDirectory accounts, OrgDirectory org, Notices notices, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.org = org;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    static String quotaLink(long unitId, String periodCode) {
        return "/accountability?don-vi=" + unitId + "&ky=" + periodCode;
    }

    /** The report's own page, as the reports part maps it. */
    static String reportLink(long unitId, java.time.YearMonth month) {
        return "/accountability/reports/units/" + unitId + "/" + month;
    }

    @ApplicationModuleListener
    void on(QuotaReminder reminder) {
        if (reminder instanceof QuotaReminder.UnitAtRisk risk) {
            org.unit(risk.unitId()).ifPresent(unit -> send(
                    new UnitNotice(risk.ruleName(), null, quotaLink(unit.id(), risk.periodCode()), null, clock.instant(), unit.name(),
                            risk.periodCode(), (int) Math.max(0, risk.required() - risk.counted()), risk.required(), risk.periodEnd()),
                    holdersOn(unit.id(), Role.UNIT_OFFICER, Role.ADMIN), NoticeKind.QUOTA_AT_RISK, null));
        } else if (reminder instanceof QuotaReminder.Summary summary) {
            org.unit(summary.ownerUnitId()).ifPresent(union -> send(
                    new UnitNotice(union.name(), null, quotaLink(union.id(), summary.periodCode()), null, clock.instant(), union.name(),
                            summary.periodCode(), summary.unitsAtRisk().size(), summary.unitsHeld(), summary.periodEnd()),
                    holdersOn(union.id(), Role.EDITOR, Role.LEADERSHIP), NoticeKind.QUOTA_SUMMARY, null));
        }
    }

    @ApplicationModuleListener
    void on(MonthlyReportEvent event) {
        UnitRef unit = org.unit(event.unitId()).orElse(null);
        if (unit == null) {
            return;
        }
        String comment = event instanceof MonthlyReportEvent.Returned returned ? returned.comment() : null;
        UnitNotice notice = new UnitNotice(unit.name(), comment, reportLink(unit.id(), event.month()), event.actorId(), event.at(),
                unit.name(), event.month().toString(), null, null, null);
        if (event instanceof MonthlyReportEvent.Submitted) {
            List<Long> lineage = unit.ancestorIds();
            if (lineage.size() > 1) {
                send(notice, holdersOn(lineage.get(lineage.size() - 2), Role.LEADERSHIP, Role.ADMIN), NoticeKind.REPORT_SUBMITTED,
                        event.actorId());
            }
        } else {
            NoticeKind kind = event instanceof MonthlyReportEvent.Accepted ? NoticeKind.REPORT_ACCEPTED : NoticeKind.REPORT_RETURNED;
            send(notice, holdersOn(unit.id(), Role.UNIT_OFFICER, Role.ADMIN), kind, event.actorId());
        }
    }

    private Set<Long> holdersOn(long unitId, Role... roles) {
        Set<Long> ids = new LinkedHashSet<>();
        accounts.holdersOn(unitId, Set.of(roles)).stream().map(AccountRef::id).forEach(ids::add);
        return ids;
    }

    private void send(UnitNotice notice, Set<Long> to, NoticeKind kind, Long actorId) {
        if (actorId != null) {
            to.remove(actorId);
        }
        if (!to.isEmpty()) {
            events.publishEvent(new NoticesRecorded(notices.record(notice, to.stream().map(id -> new Addressee(id, kind)).toList())));
        }
    }
}
