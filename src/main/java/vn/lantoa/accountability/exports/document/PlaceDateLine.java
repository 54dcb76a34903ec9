package vn.lantoa.accountability.exports.document;

import java.time.LocalDate;

/**
 * The place-and-date line of an official document: "Thanh Hóa, ngày 05 tháng 01 năm 2026". The
 * decree writes a leading zero before days under 10 and before the months 1 and 2 (so "tháng 01",
 * "tháng 02", but "tháng 3" and "tháng 12"), which keeps the day and the month from being altered by
 * hand afterwards.
 */
public final class PlaceDateLine {

    private PlaceDateLine() {
    }

    public static String of(String place, LocalDate date) {
        String when = Decree30.DAY + " " + day(date) + " " + Decree30.MONTH + " " + month(date) + " " + Decree30.YEAR + " " + date.getYear();
        return place == null || place.isBlank() ? when : place.strip() + ", " + when;
    }

    static String day(LocalDate date) {
        int day = date.getDayOfMonth();
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? "0" + month : Integer.toString(month);
    }
}
