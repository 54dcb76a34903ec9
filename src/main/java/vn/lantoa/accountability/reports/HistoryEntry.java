package vn.lantoa.accountability.reports;

import java.time.Instant;
import java.util.Map;

/** One line of a report's history: who did what, when, with the report as it stood afterwards. */
public record HistoryEntry(long id, String action, ReportStatus status, Map<String, Long> figures, Map<String, Object> answers,
                           String comment, String actorName, Instant at) {
}
