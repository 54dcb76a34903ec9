package vn.lantoa.portal.site;

import java.util.regex.Pattern;

/**
 * The site's colours carry white text (menu, buttons) and are link colours on white, so each must
 * keep WCAG 2.1 AA contrast with white: at least 4.5:1.
 */
public final class SiteColors {

    public static final double MINIMUM_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private SiteColors() {
    }

    public static boolean isColor(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** Contrast ratio of the colour against white, from 1 (white) to 21 (black). */
    public static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
