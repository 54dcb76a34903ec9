package vn.lantoa.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as Vietnamese readers write them (dd/MM/yyyy), in Vietnam's time zone; used in templates as {@code @dates}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(WebConfiguration.VIETNAM));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(WebConfiguration.VIETNAM));
    }

    /** For datetime attributes and metadata: "2026-11-23T14:05:09+07:00", to the second (HTML allows at most milliseconds). */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(WebConfiguration.VIETNAM).toOffsetDateTime());
    }

    /** "Thứ Hai, 23/11/2026, 14:05" in Vietnamese, "Monday, 23/11/2026, 14:05" in English: the dateline of a story. */
    public String dateline(Instant instant) {
        if (instant == null) {
            return "";
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String weekday = DateTimeFormatter.ofPattern("EEEE", locale).format(instant.atZone(WebConfiguration.VIETNAM));
        return Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1) + ", "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm").format(instant.atZone(WebConfiguration.VIETNAM));
    }

    public String dateTime(java.time.LocalDateTime local) {
        return local == null ? "" : DATE_TIME.format(local);
    }
}
