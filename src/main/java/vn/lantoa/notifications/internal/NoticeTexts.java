package vn.lantoa.notifications.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a notice, from the message bundles: in the reader's language in the app, in Vietnamese by email. */
@Component
class NoticeTexts {

    /** Emails go out in Vietnamese: nothing records which language each reader prefers. */
    static final Locale MAIL_LOCALE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence that says what happened, e.g. that a story came back with the reason. */
    String sentence(Notice notice, Locale locale) {
        Object[] args = {notice.title(), notice.excerpt() == null ? "" : notice.excerpt(),
            notice.waitedHours() == null ? 0 : notice.waitedHours(), stepName(notice, locale)};
        return messages.getMessage("notice.text." + notice.kind().name(), args, locale);
    }

    String subject(Notice notice) {
        return mail("notice.subject." + notice.kind().name(), notice.title());
    }

    String mail(String key, Object... args) {
        return messages.getMessage(key, args, MAIL_LOCALE);
    }

    private String stepName(Notice notice, Locale locale) {
        return notice.step() == null ? "" : messages.getMessage("storyStatus." + notice.step(), null, notice.step(), locale);
    }
}
