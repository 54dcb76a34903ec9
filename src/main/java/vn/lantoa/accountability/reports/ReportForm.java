package vn.lantoa.accountability.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitLevel;

/**
 * A union's monthly report form: the levels whose units report, the day of the following month by
 * which a report is due, and the fields (active and switched off, in order).
 */
public record ReportForm(long id, long ownerUnitId, String ownerPath, Set<UnitLevel> assignedLevels, int dueDay,
                         List<ReportField> fields, long version) {

    public static final int DEFAULT_DUE_DAY = 5;

    public List<ReportField> activeFields() {
        return fields.stream().filter(ReportField::active).toList();
    }

    public boolean assigns(UnitLevel level) {
        return assignedLevels.contains(level);
    }

    /** The last day on which a report of this month is on time (in Vietnam). */
    public LocalDate dueDate(YearMonth month) {
        return dueDate(month, dueDay);
    }

    public static LocalDate dueDate(YearMonth month, int dueDay) {
        return month.plusMonths(1).atDay(dueDay);
    }

    /** The first instant that is late: midnight in Vietnam at the end of the due day. */
    public static Instant lateFrom(YearMonth month, int dueDay) {
        return dueDate(month, dueDay).plusDays(1).atStartOfDay(ReportingPeriod.ZONE).toInstant();
    }

    /** Whether a report first submitted at this instant is on time: before the end of the due day, Vietnam time. */
    public static boolean onTime(YearMonth month, int dueDay, Instant firstSubmittedAt) {
        return firstSubmittedAt != null && firstSubmittedAt.isBefore(lateFrom(month, dueDay));
    }

    /** The assigned levels as stored ("COMMUNE,BRANCH"). */
    public static String levelsText(Set<UnitLevel> levels) {
        return levels.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse(UnitLevel.COMMUNE.name());
    }
}
