package vn.lantoa.accountability.compliance;

import java.time.Instant;
import java.time.LocalDateTime;

/** A story behind a count, as the drill-down lists it, and whether it counts for the rule asked about. */
public record CountedStory(long id, String title, String status, long authorUnitId, String authorUnitName,
                           LocalDateTime eventAt, Instant submittedAt, Instant publishedAt, boolean hasPhoto,
                           boolean hasVideo, boolean majorEvent, boolean counts) {
}
