package vn.lantoa.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import vn.lantoa.calendar.WorkingHoursCalendar.Window;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;

/** The working week as edited: working weekdays, daily windows, and the day that goes with National Day. */
public record WorkingWeek(Set<DayOfWeek> weekdays, List<Window> windows, NationalDayCompanion companion) {

    public Duration perDay() {
        return windows.stream().map(Window::length).reduce(Duration.ZERO, Duration::plus);
    }
}
