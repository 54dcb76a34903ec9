package vn.lantoa.portal.views;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The spans of the most-read lists, in Vietnam's days: today, the last 7 days, the last 30 days (today included). */
public enum Period {
    DAY(1, "ngay"),
    WEEK(7, "tuan"),
    MONTH(30, "thang");

    private final int days;
    private final String code;

    Period(int days, String code) {
        this.days = days;
        this.code = code;
    }

    public int days() {
        return days;
    }

    /** Its value in the address of the most-read page: /doc-nhieu?ky=tuan. */
    public String code() {
        return code;
    }

    /** The first day of the span that ends today. */
    public LocalDate firstDay(LocalDate today) {
        return today.minusDays(days - 1L);
    }

    public static Optional<Period> ofCode(String value) {
        return Arrays.stream(values()).filter(p -> p.code.equals(value)).findFirst();
    }
}
