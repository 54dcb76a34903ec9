package vn.lantoa.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.lantoa.calendar.WorkingHoursCalendar.Window;
import vn.lantoa.calendar.internal.WeekChange;
import vn.lantoa.calendar.internal.WorkingWeek;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;

/** The working week as a form: weekday boxes, a few rows of window times, the day next to National Day. */
public class WeekForm {

    /** Rows offered on the page; more windows than this a day are not expected. */
    static final int ROWS = 4;

    private int year;
    private List<DayOfWeek> weekdays = new ArrayList<>();
    private List<WindowRow> windows = new ArrayList<>();
    private NationalDayCompanion companion;

    /** One row of times as typed, kept as text so a wrong entry is shown back as it was typed. */
    public static class WindowRow {
        private String start;
        private String end;

        static WindowRow of(Window window) {
            WindowRow row = new WindowRow();
            row.start = text(window.start());
            row.end = text(window.end());
            return row;
        }

        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    static WeekForm of(int year, WorkingWeek week) {
        WeekForm form = new WeekForm();
        form.year = year;
        form.weekdays = new ArrayList<>(week.weekdays());
        form.windows = new ArrayList<>(week.windows().stream().map(WindowRow::of).toList());
        form.companion = week.companion();
        return form.padded();
    }

    /** Blank rows up to {@link #ROWS}, so a window can be added. */
    WeekForm padded() {
        while (windows.size() < ROWS) {
            windows.add(new WindowRow());
        }
        return this;
    }

    WeekChange toChange() {
        return new WeekChange(weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays),
                windows.stream().map(w -> new WeekChange.Slot(w.getStart(), w.getEnd())).toList(), companion);
    }

    private static String text(LocalTime time) {
        return time.toString().substring(0, 5);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<DayOfWeek> getWeekdays() { return weekdays; }
    public void setWeekdays(List<DayOfWeek> weekdays) { this.weekdays = weekdays == null ? new ArrayList<>() : weekdays; }
    public List<WindowRow> getWindows() { return windows; }
    public void setWindows(List<WindowRow> windows) { this.windows = windows == null ? new ArrayList<>() : windows; }
    public NationalDayCompanion getCompanion() { return companion; }
    public void setCompanion(NationalDayCompanion companion) { this.companion = companion; }
}
