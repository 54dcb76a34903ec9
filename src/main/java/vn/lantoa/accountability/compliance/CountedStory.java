package vn.lantoa.accountability.compliance;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A story behind a count, as the drill-down lists it, whether it counts for the rule asked about,
 * and if not, why: its status is not what the rule counts, it is in another section, or it lacks
 * the photos or video the rule asks for.
 */
public record CountedStory(long id, String title, String status, long authorUnitId, String authorUnitName,
                           LocalDateTime eventAt, Instant submittedAt, Instant publishedAt, boolean hasPhoto,
                           boolean hasVideo, boolean majorEvent, boolean counts, Reason reason) {

    public enum Reason {
        COUNTS,
        STATUS,
        SECTION,
        MEDIA;

        public String messageKey() {
            return "compliance.reason." + name();
        }
    }
}
