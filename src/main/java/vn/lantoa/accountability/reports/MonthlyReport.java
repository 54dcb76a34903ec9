package vn.lantoa.accountability.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/** One unit's stored report for one month: what the system measured, what the unit answered, and where it stands. */
public record MonthlyReport(long id, long unitId, YearMonth month, long formId, ReportStatus status, Map<String, Long> figures,
                            Map<String, Object> answers, Instant firstSubmittedAt, Instant submittedAt, String submittedByName,
                            Instant decidedAt, String decidedByName, String decisionComment, Instant updatedAt, long version) {
}
