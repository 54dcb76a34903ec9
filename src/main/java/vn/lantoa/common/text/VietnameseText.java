package vn.lantoa.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of Vietnamese text so that "phu nu" matches "Phụ nữ" and "Đông" matches "dong". */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A lower-case ASCII address segment: "Phụ nữ khởi nghiệp!" becomes "phu-nu-khoi-nghiep". */
    public static String slug(String text) {
        return NON_ALPHANUMERIC.matcher(fold(text)).replaceAll("-").replaceAll("(^-+|-+$)", "");
    }

    /** Unicode NFC and collapsed spaces: the form in which names are stored. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }
}
