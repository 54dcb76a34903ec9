package vn.lantoa.accountability.exports.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.period.ReportingPeriod;

/** The texts of exported documents, always in Vietnamese whatever language the person exporting reads. */
@Component
class DocumentTexts {

    static final Locale DOCUMENT = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    DocumentTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, DOCUMENT);
    }

    /** "Quý IV/2026". */
    String periodName(ReportingPeriod period) {
        return messages.getMessage(period.messageKey(), period.messageArgs(), DOCUMENT);
    }

    /** The period's name inside a sentence: "quý IV/2026" (a Roman numeral keeps its capitals). */
    String periodInSentence(ReportingPeriod period) {
        String name = periodName(period);
        return name.substring(0, 1).toLowerCase(DOCUMENT) + name.substring(1);
    }
}
