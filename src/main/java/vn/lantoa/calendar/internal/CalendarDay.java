package vn.lantoa.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;

/** A day that differs from the working week, with the name people know it by ("Giỗ Tổ Hùng Vương"). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public DayOfWeek weekday() {
        return date.getDayOfWeek();
    }
}
