package vn.lantoa.channels.posts.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times of an export as Business Suite writes them in the account's language: "11/20/2026
 * 08:15" (month first, English), "20/11/2026 08:15" (day first, Vietnamese), with or without seconds,
 * AM/PM (SA/CH), or ISO 8601 ("2026-11-20T08:15:00+0700"). Whether day or month comes first is decided
 * once per file: a first number above 12 means day first, a second one above 12 month first; when no
 * value tells, the language of the headers does. Times without an offset are Vietnam's.
 */
public final class PublishTimes {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(AM|PM|SA|CH)?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    private final boolean dayFirst;

    private PublishTimes(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    public static PublishTimes dayFirst() {
        return new PublishTimes(true);
    }

    public static PublishTimes monthFirst() {
        return new PublishTimes(false);
    }

    /** The order the values of one file use; {@code vietnamese} (the headers' language) when none tells. */
    public static PublishTimes forValues(Collection<String> values, boolean vietnamese) {
        for (String value : values) {
            Matcher m = NUMERIC.matcher(value == null ? "" : value.strip());
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                if (first > 12 && second <= 12) {
                    return dayFirst();
                }
                if (second > 12 && first <= 12) {
                    return monthFirst();
                }
            }
        }
        return new PublishTimes(vietnamese);
    }

    public boolean isDayFirst() {
        return dayFirst;
    }

    /** The instant, or empty when the text is no time this reads (blank included). */
    public Optional<Instant> parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher m = NUMERIC.matcher(value);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                int month = Integer.parseInt(m.group(dayFirst ? 2 : 1));
                int year = Integer.parseInt(m.group(3));
                int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                String half = m.group(7);
                if (half != null) {
                    if (hour < 1 || hour > 12) {
                        return Optional.empty();
                    }
                    boolean pm = half.equalsIgnoreCase("PM") || half.equalsIgnoreCase("CH");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).atZone(VIETNAM).toInstant());
            }
            m = ISO.matcher(value);
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String offset = m.group(7);
                if (offset == null) {
                    return Optional.of(local.atZone(VIETNAM).toInstant());
                }
                if (offset.length() == 5) {
                    offset = offset.substring(0, 3) + ":" + offset.substring(3);
                }
                return Optional.of(local.toInstant(ZoneOffset.of(offset)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
