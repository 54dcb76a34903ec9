package vn.lantoa.accountability;

import java.time.Instant;
import java.time.YearMonth;

/** What happened to a unit's monthly report; notifications tell the people concerned. */
public sealed interface MonthlyReportEvent {

    long reportId();

    long unitId();

    YearMonth month();

    long actorId();

    Instant at();

    /** The unit sent its report to the level above. */
    record Submitted(long reportId, long unitId, YearMonth month, long actorId, Instant at) implements MonthlyReportEvent {
    }

    /** The level above accepted the report; it is locked until someone returns it. */
    record Accepted(long reportId, long unitId, YearMonth month, long actorId, Instant at) implements MonthlyReportEvent {
    }

    /** The level above sent the report back with a comment for the unit to correct. */
    record Returned(long reportId, long unitId, YearMonth month, long actorId, Instant at, String comment) implements MonthlyReportEvent {
    }
}
