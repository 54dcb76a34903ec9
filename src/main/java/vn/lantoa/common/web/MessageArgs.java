package vn.lantoa.common.web;

import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Makes message arguments speak the reader's language: an enum constant such as UnitLevel.COMMUNE
 * becomes the message "unitLevel.COMMUNE" (key = simple class name with a small first letter).
 */
public final class MessageArgs {

    private MessageArgs() {
    }

    public static Object[] localize(Object... args) {
        if (args == null) {
            return new Object[0];
        }
        return Arrays.stream(args).map(MessageArgs::localize).toArray();
    }

    private static Object localize(Object arg) {
        if (arg instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getSimpleName();
            String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
            return new DefaultMessageSourceResolvable(new String[] {key}, constant.name());
        }
        return arg;
    }
}
