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

    public String dateTime(java.time.LocalDateTime local) {
        return local == null ? "" : DATE_TIME.format(local);
    }
}
