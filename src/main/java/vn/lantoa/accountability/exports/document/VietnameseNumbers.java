package vn.lantoa.accountability.exports.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as Vietnamese documents print them: "1.234" and "12,5%". */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    public static String count(long n) {
        return format("#,##0").format(n);
    }

    /** A share with one decimal; empty when there is nothing to divide by. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "" : format("0.#").format(100.0 * part / whole) + "%";
    }
}
