package vn.lantoa.accountability.compliance;

import java.time.YearMonth;

/** Stories of a subtree in one month (by first submission, Vietnam time): sent, accepted and published. */
public record MonthlyCount(YearMonth month, long submitted, long accepted, long published) {
}
