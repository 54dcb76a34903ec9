package vn.lantoa.accountability.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accountability.MonthlyReportEvent;
import vn.lantoa.accountability.reports.SystemFigures.Figure;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * A unit's monthly report from filling to decision. Its officers (or an admin over it) save and
 * submit it; the leadership or an admin of the level above accepts it or returns it with a comment.
 * Every change is checked against the version the caller read, written into the history, audited,
 * and announced by a {@link MonthlyReportEvent}.
 */
@Service
public class MonthlyReports {

    private final ReportForms forms;
    private final ReportStore store;
    private final SystemFigures figures;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonthlyReports(ReportForms forms, ReportStore store, SystemFigures figures, OrgDirectory org, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.store = store;
        this.figures = figures;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A report page: the unit, the month, the form, the stored report if any, the figures and what the caller may do. */
    public record Sheet(UnitRef unit, YearMonth month, ReportForm form, Optional<MonthlyReport> report, List<Figure> figures,
                        boolean canChange, boolean canDecide, Optional<String> whyLocked, LocalDate dueDate, List<HistoryEntry> history) {

        public ReportStatus status() {
            return report.map(MonthlyReport::status).orElse(null);
        }

        public long version() {
            return report.map(MonthlyReport::version).orElse(-1L);
        }

        public boolean canAccept() {
            return canDecide && ReportRules.whyCannotAccept(status()).isEmpty();
        }

        public boolean canReturn() {
            return canDecide && ReportRules.whyCannotReturn(status()).isEmpty();
        }

        public boolean editable() {
            return canChange && whyLocked.isEmpty();
        }

        public Map<String, Object> answers() {
            return report.map(MonthlyReport::answers).orElse(Map.of());
        }
    }

    /**
     * The last month of a period whose reports are due by now: a period still running counts only
     * the months that are over, since the current month's reports are not due yet. Empty when none is.
     */
    public Optional<YearMonth> lastDueMonth(vn.lantoa.accountability.period.ReportingPeriod period) {
        YearMonth lastOver = currentMonth().minusMonths(1);
        YearMonth to = period.lastMonth().isAfter(lastOver) ? lastOver : period.lastMonth();
        return to.isBefore(period.firstMonth()) ? Optional.empty() : Optional.of(to);
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(vn.lantoa.accountability.period.ReportingPeriod.ZONE));
    }

    /** The month a unit most likely reports on now: the previous one. */
    public YearMonth defaultMonth() {
        return currentMonth().minusMonths(1);
    }

    @Transactional(readOnly = true)
    public Sheet open(Actor actor, long unitId, YearMonth month) {
        UnitRef unit = reportingUnit(actor, unitId, month);
        ReportForm form = forms.applying(unit).orElseThrow();
        Optional<MonthlyReport> report = store.find(unitId, month);
        boolean received = report.map(r -> r.status().received()).orElse(false);
        List<Figure> shown = received ? snapshot(unit, report.get().figures()) : figures.of(unit, month);
        boolean canChange = mayFill(actor, unit);
        Optional<String> whyLocked = ReportRules.whyUnitCannotChange(report.map(MonthlyReport::status).orElse(null));
        return new Sheet(unit, month, form, report, shown, canChange, mayDecide(actor, unit), whyLocked, form.dueDate(month),
                report.map(r -> store.history(r.id())).orElse(List.of()));
    }

    /**
     * Saves the unit's answers as a draft, or submits them. Refused as a whole (nothing saved) when one
     * answer is wrong, when the report waits for a decision or was accepted, or when the version is stale.
     */
    @Transactional
    public MonthlyReport save(Actor actor, long unitId, YearMonth month, Long version, Map<String, String> typed, boolean submit) {
        UnitRef unit = reportingUnit(actor, unitId, month);
        if (!mayFill(actor, unit)) {
            throw new Forbidden("report.error.notYourUnit");
        }
        ReportForm form = forms.applying(unit).orElseThrow();
        Optional<MonthlyReport> existing = store.find(unitId, month);
        ReportRules.whyUnitCannotChange(existing.map(MonthlyReport::status).orElse(null)).ifPresent(why -> {
            throw new Conflict("status", why);
        });
        AnswerSheet sheet = AnswerSheet.read(form.fields(), typed, submit);
        if (!sheet.valid()) {
            throw new ReportRefused(sheet);
        }
        Instant now = clock.instant();
        ReportStatus status = submit ? ReportStatus.SUBMITTED : existing.map(MonthlyReport::status).orElse(ReportStatus.DRAFT);
        Map<String, Long> measured = SystemFigures.asMap(figures.of(unit, month));
        long id;
        if (existing.isEmpty()) {
            if (version != null && version >= 0) {
                throw new Conflict("version", "report.error.stale");
            }
            id = store.insert(unitId, month, form.id(), status, measured, sheet.mergeInto(Map.of(), form.fields()), actor.accountId(), now);
        } else {
            MonthlyReport report = existing.get();
            if (version == null || version != report.version()) {
                throw new Conflict("version", "report.error.stale");
            }
            store.change(report, version, status, measured, sheet.mergeInto(report.answers(), form.fields()), actor.accountId(), now);
            id = report.id();
        }
        store.remember(id, submit ? "SUBMITTED" : "SAVED", null, actor.accountId(), now);
        if (submit) {
            audit.record(AuditEntry.of("MONTHLY_REPORT_SUBMITTED", "MONTHLY_REPORT", id, label(unit, month), unit.path(), null));
            events.publishEvent(new MonthlyReportEvent.Submitted(id, unitId, month, actor.accountId(), now));
        }
        return store.find(unitId, month).orElseThrow();
    }

    @Transactional
    public MonthlyReport accept(Actor actor, long unitId, YearMonth month, long version) {
        UnitRef unit = reportingUnit(actor, unitId, month);
        MonthlyReport report = decidable(actor, unit, month, version);
        ReportRules.whyCannotAccept(report.status()).ifPresent(why -> {
            throw new Conflict("status", why);
        });
        Instant now = clock.instant();
        store.decide(report, version, ReportStatus.ACCEPTED, null, actor.accountId(), now);
        store.remember(report.id(), "ACCEPTED", null, actor.accountId(), now);
        audit.record(AuditEntry.of("MONTHLY_REPORT_ACCEPTED", "MONTHLY_REPORT", report.id(), label(unit, month), unit.path(), null));
        events.publishEvent(new MonthlyReportEvent.Accepted(report.id(), unitId, month, actor.accountId(), now));
        return store.find(unitId, month).orElseThrow();
    }

    /** Sends a submitted or accepted report back to the unit; the comment tells what to correct. */
    @Transactional
    public MonthlyReport giveBack(Actor actor, long unitId, YearMonth month, long version, String comment) {
        UnitRef unit = reportingUnit(actor, unitId, month);
        MonthlyReport report = decidable(actor, unit, month, version);
        ReportRules.whyCannotReturn(report.status()).ifPresent(why -> {
            throw new Conflict("status", why);
        });
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("comment", "report.error.commentRequired");
        }
        if (why.length() > ReportRules.MAX_COMMENT) {
            throw new InvalidInput("comment", "report.error.commentTooLong", ReportRules.MAX_COMMENT);
        }
        Instant now = clock.instant();
        store.decide(report, version, ReportStatus.RETURNED, why, actor.accountId(), now);
        store.remember(report.id(), "RETURNED", why, actor.accountId(), now);
        audit.record(AuditEntry.of("MONTHLY_REPORT_RETURNED", "MONTHLY_REPORT", report.id(), label(unit, month), unit.path(), why));
        events.publishEvent(new MonthlyReportEvent.Returned(report.id(), unitId, month, actor.accountId(), now, why));
        return store.find(unitId, month).orElseThrow();
    }

    /** The units whose reports this actor fills: the reporting units their officer or admin grants are on. */
    public List<UnitRef> unitsToFill(Actor actor) {
        List<UnitRef> units = new ArrayList<>();
        actor.grants().stream().filter(g -> g.role() == Role.UNIT_OFFICER || g.role() == Role.ADMIN)
                .map(g -> org.unit(g.unitId())).flatMap(Optional::stream)
                .filter(forms::reports).filter(u -> units.stream().noneMatch(o -> o.id() == u.id()))
                .forEach(units::add);
        return units;
    }

    public static boolean mayFill(Actor actor, UnitRef unit) {
        return actor.may(unit.path(), Role.UNIT_OFFICER, Role.ADMIN);
    }

    /** The leadership or an admin of the level above: a grant covering the parent, never one on the unit alone. */
    public static boolean mayDecide(Actor actor, UnitRef unit) {
        return ReportRules.parentPath(unit.path()).map(parent -> actor.may(parent, Role.LEADERSHIP, Role.ADMIN)).orElse(false);
    }

    private MonthlyReport decidable(Actor actor, UnitRef unit, YearMonth month, long version) {
        if (!mayDecide(actor, unit)) {
            throw new Forbidden("report.error.notAbove");
        }
        MonthlyReport report = store.find(unit.id(), month).orElseThrow(() -> new Conflict("status", "report.error.notSubmitted"));
        if (report.version() != version) {
            throw new Conflict("version", "report.error.stale");
        }
        return report;
    }

    /** A unit the actor sees (404 otherwise) that writes monthly reports, for a month that has begun. */
    private UnitRef reportingUnit(Actor actor, long unitId, YearMonth month) {
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path()))
                .orElseThrow(() -> new NotFound("report.error.unitNotFound"));
        if (!forms.reports(unit)) {
            throw new NotFound("report.error.notReporting");
        }
        if (!ReportRules.mayReportOn(month, currentMonth())) {
            throw new NotFound("report.error.futureMonth");
        }
        return unit;
    }

    private List<Figure> snapshot(UnitRef unit, Map<String, Long> stored) {
        Map<String, String> labels = figures.labels(unit);
        return stored.entrySet().stream().map(e -> new Figure(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    private static String label(UnitRef unit, YearMonth month) {
        return unit.name() + " – " + month;
    }
}
