package vn.lantoa.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * Reminders decided by the accountability module, published once per unit (or union) and period
 * however many nodes run; notifications turn them into in-app notices and emails.
 */
public sealed interface QuotaReminder {

    /** A unit is at risk of missing a quota before {@code periodEnd} (the first day after the period). */
    record UnitAtRisk(long unitId, long ruleId, String ruleName, String periodCode, long counted, int required,
                      LocalDate periodEnd) implements QuotaReminder {
    }

    /** The union's editors hear which of its units are at risk, in one notice. */
    record Summary(long ownerUnitId, String periodCode, LocalDate periodEnd, int unitsHeld, List<Long> unitsAtRisk)
            implements QuotaReminder {
    }
}
