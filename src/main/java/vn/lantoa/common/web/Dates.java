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

    /** The value of an input type=datetime-local for an instant, in Vietnam's time. */
    public String inputValue(Instant instant) {
        return instant == null ? "" : instant.atZone(WebConfiguration.VIETNAM).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
