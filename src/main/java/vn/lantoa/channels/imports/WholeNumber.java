package vn.lantoa.channels.imports;

import java.util.regex.Pattern;

/**
 * A count as exports write it: "1234", "1,234", "1.234" or "1 234" (thousands grouped), "12.0"; blank
 * means not given. Tells a negative number and a text that is no number apart, for the bad-row report.
 */
public final class WholeNumber {

    public enum Outcome { BLANK, OK, NEGATIVE, NOT_A_NUMBER }

    public record Parsed(Outcome outcome, Long value) {
    }

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,18}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([,. \u00A0\u202F]\\d{3})+");
    private static final Pattern ZERO_DECIMALS = Pattern.compile("-?\\d{1,18}[.,]0+");

    private WholeNumber() {
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Parsed parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equals("-") || value.equals("--")) {
            return new Parsed(Outcome.BLANK, null);
        }
        if (value.length() <= 18 && allDigits(value)) {
            return new Parsed(Outcome.OK, Long.parseLong(value));
        }
        String digits;
        if (PLAIN.matcher(value).matches()) {
            digits = value;
        } else if (GROUPED.matcher(value).matches()) {
            digits = value.replaceAll("[,. \u00A0\u202F]", "");
        } else if (ZERO_DECIMALS.matcher(value).matches()) {
            digits = value.substring(0, Math.max(value.indexOf('.'), value.indexOf(',')));
        } else {
            return new Parsed(Outcome.NOT_A_NUMBER, null);
        }
        long number;
        try {
            number = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return new Parsed(Outcome.NOT_A_NUMBER, null);
        }
        return number < 0 ? new Parsed(Outcome.NEGATIVE, number) : new Parsed(Outcome.OK, number);
    }
}
