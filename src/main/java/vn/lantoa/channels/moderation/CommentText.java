package vn.lantoa.channels.moderation;

import java.util.regex.Pattern;
import vn.lantoa.common.text.VietnameseText;

/**
 * What the rules read in a comment's text: its words without diacritics or case ("LỪA ĐẢO" and "lua dao"
 * are the same two words), whether it holds a link, whether it is only emojis. No Spring here.
 */
public final class CommentText {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LINK = Pattern.compile(
            "(?i)(https?://|www\\.|\\b[a-z0-9-]+\\.(com|vn|net|org|info|xyz|me|ly|io|co|top|site|online|shop|link)\\b)");

    private CommentText() {
    }

    /** The words of a text, folded, between single spaces and with a space at each end, so a word matches whole. */
    public static String words(String text) {
        String folded = NON_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
        return " " + folded + " ";
    }

    /** Whether the text holds the keyword (one or more words) as whole words, without diacritics or case. */
    public static boolean contains(String text, String keyword) {
        String key = words(keyword);
        return !key.isBlank() && words(text).contains(key);
    }

    public static boolean hasLink(String text) {
        return text != null && LINK.matcher(text).find();
    }

    /**
     * Only emojis (and spaces): at least one emoji, and no letter or digit. Emojis are the symbols of the
     * "Other Symbol" category with their joiners, variation selectors and skin tones.
     */
    public static boolean onlyEmoji(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        boolean emoji = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || cp == 0x2764 || (cp >= 0x1F000 && cp <= 0x1FAFF)) {
                emoji = true;
                continue;
            }
            return false;
        }
        return emoji;
    }
}
