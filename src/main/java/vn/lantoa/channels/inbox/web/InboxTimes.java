package vn.lantoa.channels.inbox.web;

import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lengths of time as an officer reads them ("2 giờ 15 phút", "3 ngày 4 giờ"); used in the inbox templates as {@code @inboxTimes}. */
@Component("inboxTimes")
public class InboxTimes {

    private final MessageSource messages;

    InboxTimes(MessageSource messages) {
        this.messages = messages;
    }

    public String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return say("channels.inbox.span.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return say("channels.inbox.span.hours", minutes / 60, minutes % 60);
        }
        return say("channels.inbox.span.days", minutes / (24 * 60), (minutes / 60) % 24);
    }

    /** Minutes from the figures (null: nothing answered). */
    public String minutes(Double minutes) {
        return minutes == null ? "–" : span(Duration.ofSeconds(Math.round(minutes * 60)));
    }

    public String duration(Duration d) {
        return span(d);
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
