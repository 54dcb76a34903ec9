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

    String text(String key, Object... args) {
        return source.getMessage(key, MessageArgs.localize(args), key, LocaleContextHolder.getLocale());
    }
}
