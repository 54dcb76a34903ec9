package vn.lantoa.channels.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meta's reply window: 24 hours for a standard reply, 7 days for a human agent's when allowed, then closed. */
class ReplyWindowTest {

    final Instant wrote = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void within24HoursAStandardReply() {
        ReplyWindow.Verdict v = ReplyWindow.at(wrote, wrote.plus(Duration.ofHours(23)), false);
        assertThat(v.mode()).isEqualTo(ReplyWindow.Mode.STANDARD);
        assertThat(v.closesAt()).isEqualTo(wrote.plus(Duration.ofHours(24)));
        assertThat(v.remaining(wrote.plus(Duration.ofHours(23)))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void at24HoursItClosesUnlessHumanAgentIsAllowed() {
        Instant now = wrote.plus(Duration.ofHours(24));
        assertThat(ReplyWindow.at(wrote, now, false)).isEqualTo(new ReplyWindow.Verdict(ReplyWindow.Mode.CLOSED, now));
        assertThat(ReplyWindow.at(wrote, now, false).remaining(now)).isZero();
        ReplyWindow.Verdict human = ReplyWindow.at(wrote, now, true);
        assertThat(human.mode()).isEqualTo(ReplyWindow.Mode.HUMAN_AGENT);
        assertThat(human.closesAt()).isEqualTo(wrote.plus(Duration.ofDays(7)));
    }

    @Test
    void afterSevenDaysEvenAHumanAgentMayNot() {
        ReplyWindow.Verdict v = ReplyWindow.at(wrote, wrote.plus(Duration.ofDays(7)), true);
        assertThat(v.open()).isFalse();
        assertThat(v.closesAt()).isEqualTo(wrote.plus(Duration.ofDays(7)));
    }

    @Test
    void aPersonWhoNeverWroteCannotBeWritten() {
        assertThat(ReplyWindow.at(null, wrote, true)).isEqualTo(new ReplyWindow.Verdict(ReplyWindow.Mode.CLOSED, null));
    }
}
