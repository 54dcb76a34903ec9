package vn.lantoa.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The installation's working calendar as currently edited. {@link #current()} is cached and rebuilt
 * after an edit, so callers may ask for it freely; take it once per request when computing many rows,
 * so that every row of a page is measured against the same calendar.
 */
public interface WorkingCalendar {

    /** Working hours are those of Vietnam, which keeps one offset (UTC+7) all year. */
    ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    WorkingHoursCalendar current();

    default Duration workingTimeBetween(Instant from, Instant to) {
        return current().workingTimeBetween(local(from), local(to));
    }

    /** The deadline {@code workingTime} of working time after {@code start}. */
    default Instant plusWorkingTime(Instant start, Duration workingTime) {
        return current().plusWorkingTime(local(start), workingTime).atZone(ZONE).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
