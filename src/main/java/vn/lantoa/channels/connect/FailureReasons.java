package vn.lantoa.channels.connect;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The plain words for a failure: why (connection.reason.KIND) and what to do (connection.advice.KIND). */
@Component
public class FailureReasons {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    FailureReasons(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(FailureKind kind, String permission, Locale locale) {
        String key = "connection.reason." + kind.name() + (kind == FailureKind.MISSING_PERMISSION && permission == null ? ".unnamed" : "");
        return messages.getMessage(key, new Object[] {permission}, locale);
    }

    public String advice(FailureKind kind, Platform platform, Locale locale) {
        return messages.getMessage("connection.advice." + kind.name(), new Object[] {platform == null ? "" : platform.name()}, locale);
    }
}
