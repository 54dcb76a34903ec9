package vn.lantoa.notifications.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a notice, from the message bundles: in the reader's language in the app, in Vietnamese by email. */
@Component
class NoticeTexts {

    /** Emails go out in Vietnamese: nothing records which language each reader prefers. */
    static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A period as accountability writes it: "2026-11", "2026-Q4" or "2026". */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence that says what happened, e.g. that a story came back with the reason. */
    String sentence(Notice notice, Locale locale) {
        return messages.getMessage("notice.text." + notice.kind().name(), args(notice, locale), locale);
    }

    String subject(Notice notice) {
        return messages.getMessage("notice.subject." + notice.kind().name(), args(notice, MAIL_LOCALE), MAIL_LOCALE);
    }

    String mail(String key, Object... args) {
        return messages.getMessage(key, args, MAIL_LOCALE);
    }

    /**
     * {0} title, {1} excerpt, {2} hours waited, {3} step; for quotas and reports {4} the unit, {5} an
     * amount (stories missing, units at risk), {6} a total (units held), {7} the period's name in the
     * sentence ("quý IV/2026"), {8} its last day.
     */
    private Object[] args(Notice notice, Locale locale) {
        return new Object[] {notice.title(), notice.excerpt() == null ? "" : notice.excerpt(),
            notice.waitedHours() == null ? 0 : notice.waitedHours(), stepName(notice, locale),
            notice.unitName() == null ? "" : notice.unitName(), notice.amount() == null ? 0 : notice.amount(),
            notice.total() == null ? 0 : notice.total(), periodName(notice.periodCode(), locale),
            notice.dueOn() == null ? "" : DAY.format(notice.dueOn().minusDays(1))};
    }

    private String stepName(Notice notice, Locale locale) {
        return notice.step() == null ? "" : messages.getMessage("storyStatus." + notice.step(), null, notice.step(), locale);
    }

    private String periodName(String code, Locale locale) {
        Matcher m = PERIOD.matcher(code == null ? "" : code);
        if (!m.matches()) {
            return code == null ? "" : code;
        }
        if (m.group(2) != null) {
            return messages.getMessage("notice.period.MONTH", new Object[] {Integer.parseInt(m.group(2)), m.group(1)}, locale);
        }
        if (m.group(3) != null) {
            return messages.getMessage("notice.period.QUARTER", new Object[] {ROMAN[Integer.parseInt(m.group(3)) - 1], m.group(1)}, locale);
        }
        return messages.getMessage("notice.period.YEAR", new Object[] {m.group(1)}, locale);
    }
}
