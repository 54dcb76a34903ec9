package vn.lantoa.accountability.exports.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A union's numbering pattern, e.g. "{number}/BC-{code}" with the code "HLHPN": "Số: 05/BC-HLHPN"
 * for number 5 (the decree writes numbers under 10 with a leading zero), or "Số:      /BC-HLHPN"
 * when no number is assigned yet and the clerk fills it in by hand at issue. Placeholders:
 * {number} (required), {code} and {year}.
 */
public record DocumentNumber(String pattern, String code) {

    public static final String DEFAULT_PATTERN = "{number}/BC-{code}";
    /** The gap left for a number written by hand: wide enough for three digits in 13 pt. */
    public static final String BLANK = "      ";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}{}/.\\-_ ]*");

    /** What is wrong with a pattern, as a message key; null when it is acceptable. */
    public static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "exports.settings.pattern.required";
        }
        if (!pattern.contains("{number}")) {
            return "exports.settings.pattern.noNumber";
        }
        if (!ALLOWED.matcher(pattern).matches()) {
            return "exports.settings.pattern.characters";
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!m.group(1).equals("number") && !m.group(1).equals("code") && !m.group(1).equals("year")) {
                return "exports.settings.pattern.unknown";
            }
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            return "exports.settings.pattern.unknown";
        }
        return null;
    }

    /** "05/BC-HLHPN" for 5 in 2026; the number left blank when it is null. */
    public String format(Integer number, int year) {
        String n = number == null ? BLANK : number < 10 ? "0" + number : Integer.toString(number);
        return pattern.replace("{number}", n).replace("{code}", code == null ? "" : code).replace("{year}", Integer.toString(year));
    }

    /** The whole line as printed under the issuing body: "Số: 05/BC-HLHPN". */
    public String line(Integer number, int year) {
        return Decree30.NUMBER_PREFIX + " " + format(number, year);
    }
}
