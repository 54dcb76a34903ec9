package vn.lantoa.portal.comments;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lantoa.common.text.VietnameseText;

/** Which keyword rules a text sets off. Both sides are reduced to words separated by single spaces. */
public final class KeywordMatching {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private KeywordMatching() {
    }

    public static List<KeywordRule> matching(String text, Collection<KeywordRule> rules) {
        String exact = " " + words(text, true) + " ";
        String folded = " " + words(text, false) + " ";
        return rules.stream()
                .filter(KeywordRule::active)
                .filter(rule -> {
                    String phrase = words(rule.phrase(), rule.matchDiacritics());
                    return !phrase.isEmpty() && (rule.matchDiacritics() ? exact : folded).contains(" " + phrase + " ");
                })
                .toList();
    }

    /** Lower case words; without diacritics ("đ" → "d") unless they matter. */
    static String words(String text, boolean keepDiacritics) {
        String base = keepDiacritics
                ? Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                : VietnameseText.fold(text);
        return NOT_A_WORD.matcher(base).replaceAll(" ").strip();
    }
}
