package vn.lantoa.accountability.reports;

import vn.lantoa.accountability.reports.ReportRollups.UnitState;

/** How a unit stands in a roll-up, as the table shows it: not reported, returned, late, on time or accepted. */
public enum UnitReportState {
    MISSING,
    RETURNED,
    LATE,
    ON_TIME,
    ACCEPTED;

    /** A unit owing reports shows them missing (or returned, when one was sent back); otherwise the worst of late, then accepted. */
    public static UnitReportState of(UnitState unit) {
        if (unit.received() < unit.expected()) {
            return unit.returned() > 0 ? RETURNED : MISSING;
        }
        if (unit.accepted() == unit.expected()) {
            return ACCEPTED;
        }
        return unit.received() > unit.onTime() ? LATE : ON_TIME;
    }

    public String messageKey() {
        return "report.state." + name();
    }
}
