package vn.lantoa.channels.audience.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.lantoa.common.web.MessageArgs;

/** Message keys made text in the reader's language, for errors shown beside form fields. */
@Component("audienceMessages")
class AudienceMessages {

    private final MessageSource source;

    AudienceMessages(MessageSource source) {
        this.source = source;
    }

    /** "299 → 1.514 thành viên trong 6 tháng (+406 %)". */
    String growthSummary(vn.lantoa.channels.audience.Growth growth, String measureKey, vn.lantoa.channels.audience.AudiencePeriod period) {
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        String span = period.months() > 0 ? text("audience.months", period.months()) : text("audience.days", period.days());
        String percent = growth.percent().isPresent() ? text("audience.percent", growth.signedPercent()) : "—";
        return text("audience.growth.summary", numbers.format(growth.start()), numbers.format(growth.end()), text(measureKey), span, percent);
    }

    String text(String key, Object... args) {
        return source.getMessage(key, MessageArgs.localize(args), key, LocaleContextHolder.getLocale());
    }
}
