package vn.lantoa.channels;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The days a page or an API answer covers, both included, as the address gives them ({@code ?tu=…&den=…}):
 * a missing end is today, a missing start lies a default length before the end; a range in the wrong
 * order is turned round, and one longer than the maximum is cut to its last part.
 */
public record DayRange(LocalDate from, LocalDate to) {

    public static DayRange of(LocalDate from, LocalDate to, LocalDate today, Period defaultLength, Period maxLength) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minus(defaultLength) : from;
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (start.isBefore(end.minus(maxLength))) {
            start = end.minus(maxLength);
        }
        return new DayRange(start, end);
    }

    /** A day written as yyyy-MM-dd, or null when the text is blank or no such day. */
    public static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
