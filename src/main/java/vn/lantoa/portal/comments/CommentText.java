package vn.lantoa.portal.comments;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's text as it is stored: Unicode NFC, no control characters but line breaks, no more than
 * one empty line in a row, trimmed. It stays plain text for ever; pages escape it when they show it.
 */
public final class CommentText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]|[\\p{Cf}&&[^\u200c\u200d]]");
    private static final Pattern SPACES_AT_LINE_END = Pattern.compile("[ \t]+\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    /**
     * What a reader's eye takes for a link: an address with a scheme or www, or a bare domain with a
     * common top-level domain ("bit.ly/abc", "vaytien.vn"), not the domain of an email address.
     */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+"
                    + "|(?<![@\\w.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|vn|info|biz|xyz|top|io|me|ly|gl|co|cc|link"
                    + "|site|online|click|shop|store|app|live|vip|club|asia|to|gg)\\b(?:/\\S*)?");

    private CommentText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES_AT_LINE_END.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** A one-line field (a name): spaces collapsed, no control characters. */
    public static String line(String raw) {
        return clean(raw).replaceAll("\\s+", " ");
    }

    /** Characters as a person counts them (an emoji is one, not two). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public static int links(String text) {
        Matcher matcher = LINK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
