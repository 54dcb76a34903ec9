package vn.lantoa.media;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.lantoa.common.web.LocalizedException;

/** Asserts on a refusal as the user reads it: the Vietnamese text from the message bundle. */
public final class Refusals {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Refusals() {
    }

    public static String vietnamese(LocalizedException e) {
        return MESSAGES.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("vi"));
    }

    /** The Vietnamese message of the refusal the call throws. */
    public static AbstractStringAssert<?> refusal(ThrowableAssert.ThrowingCallable call) {
        LocalizedException[] caught = new LocalizedException[1];
        assertThatThrownBy(call).isInstanceOf(LocalizedException.class).satisfies(e -> caught[0] = (LocalizedException) e);
        return Assertions.assertThat(vietnamese(caught[0]));
    }
}
