package vn.lantoa.accountability.reports;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What may happen to a monthly report in each state: the unit changes and submits a draft or a
 * returned report; once submitted it waits for the level above, which accepts it or returns it with
 * a comment; an accepted report is locked until the level above returns it.
 */
public final class ReportRules {

    public static final int MAX_COMMENT = 2_000;

    private ReportRules() {
    }

    /** Why the unit may not change (save or submit) a report in this state; empty when it may. Null: not yet saved. */
    public static Optional<String> whyUnitCannotChange(ReportStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case DRAFT, RETURNED -> Optional.empty();
            case SUBMITTED -> Optional.of("report.error.awaitingDecision");
            case ACCEPTED -> Optional.of("report.error.accepted");
        };
    }

    /** Why the level above may not accept a report in this state; empty when it may. */
    public static Optional<String> whyCannotAccept(ReportStatus status) {
        return status == ReportStatus.SUBMITTED ? Optional.empty() : Optional.of("report.error.notSubmitted");
    }

    /** Why the level above may not return a report in this state; empty when it may. */
    public static Optional<String> whyCannotReturn(ReportStatus status) {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED
                ? Optional.empty() : Optional.of("report.error.notSubmitted");
    }

    /** A report is written about a month that has begun: no reports for future months. */
    public static boolean mayReportOn(YearMonth month, YearMonth current) {
        return !month.isAfter(current);
    }

    /** The parent's path of a unit path ("/1/7/42/" gives "/1/7/"); empty for the root. */
    public static Optional<String> parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? Optional.empty() : Optional.of(path.substring(0, end + 1));
    }
}
