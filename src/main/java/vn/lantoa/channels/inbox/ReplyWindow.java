package vn.lantoa.channels.inbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Meta's rule for a Page's replies: a standard reply (messaging_type RESPONSE) within 24 hours of the
 * person's last message; after that, only a human agent's reply (MESSAGE_TAG with tag HUMAN_AGENT) up to
 * 7 days, and only when the Page's app was approved for it (a setting, off by default); after that
 * nothing until the person writes again. Plain Java, the one place where the window is worked out.
 */
public final class ReplyWindow {

    public static final Duration STANDARD = Duration.ofHours(24);
    public static final Duration HUMAN_AGENT = Duration.ofDays(7);

    public enum Mode { STANDARD, HUMAN_AGENT, CLOSED }

    /** What may be sent now, and when that stops (or stopped, when closed); closesAt is null if the person never wrote. */
    public record Verdict(Mode mode, Instant closesAt) {

        public boolean open() {
            return mode != Mode.CLOSED;
        }

        /** Time left to reply; zero when closed. */
        public Duration remaining(Instant now) {
            return open() && closesAt != null && closesAt.isAfter(now) ? Duration.between(now, closesAt) : Duration.ZERO;
        }
    }

    private ReplyWindow() {
    }

    public static Verdict at(Instant lastFromPerson, Instant now, boolean humanAgentAllowed) {
        if (lastFromPerson == null) {
            return new Verdict(Mode.CLOSED, null);
        }
        Instant standardEnd = lastFromPerson.plus(STANDARD);
        if (now.isBefore(standardEnd)) {
            return new Verdict(Mode.STANDARD, standardEnd);
        }
        if (!humanAgentAllowed) {
            return new Verdict(Mode.CLOSED, standardEnd);
        }
        Instant humanEnd = lastFromPerson.plus(HUMAN_AGENT);
        return new Verdict(now.isBefore(humanEnd) ? Mode.HUMAN_AGENT : Mode.CLOSED, humanEnd);
    }
}
