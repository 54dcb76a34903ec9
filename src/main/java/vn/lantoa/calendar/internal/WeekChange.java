package vn.lantoa.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lantoa.calendar.WorkingHoursCalendar.Window;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;
import vn.lantoa.common.web.InvalidInput;

/**
 * A new working week as typed: weekdays, rows of window times ("07:30", "11:30"; blank rows are
 * ignored) and the day next to National Day. {@link #toWeek()} refuses what cannot be a working week,
 * naming the field at fault ({@code windows[1].end}) so a form can show the error where it belongs.
 */
public record WeekChange(Set<DayOfWeek> weekdays, List<Slot> slots, NationalDayCompanion companion) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

    /** One row of window times, as typed. */
    public record Slot(String start, String end) {
    }

    private record Row(int index, Window window) {
    }

    public WorkingWeek toWeek() {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new InvalidInput("weekdays", "calendar.error.noWeekday");
        }
        if (companion == null) {
            throw new InvalidInput("companion", "validation.required");
        }
        List<Row> rows = rows();
        if (rows.isEmpty()) {
            throw new InvalidInput("windows[0].start", "calendar.error.noWindow");
        }
        requireNoOverlap(rows);
        return new WorkingWeek(EnumSet.copyOf(weekdays), rows.stream().map(Row::window).toList(), companion);
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; slots != null && i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (blank(slot.start()) && blank(slot.end())) {
                continue;
            }
            LocalTime start = time(slot.start(), field(i, "start"));
            LocalTime end = time(slot.end(), field(i, "end"));
            if (!end.isAfter(start)) {
                throw new InvalidInput(field(i, "end"), "calendar.error.windowOrder", start.toString(), end.toString());
            }
            rows.add(new Row(i, new Window(start, end)));
        }
        rows.sort(Comparator.comparing(r -> r.window().start()));
        return rows;
    }

    private static void requireNoOverlap(List<Row> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            Window earlier = sorted.get(i - 1).window();
            Row later = sorted.get(i);
            if (later.window().start().isBefore(earlier.end())) {
                throw new InvalidInput(field(later.index(), "start"), "calendar.error.windowOverlap", later.window().toString(),
                        earlier.toString());
            }
        }
    }

    private static LocalTime time(String text, String field) {
        if (blank(text)) {
            throw new InvalidInput(field, "validation.required");
        }
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "calendar.error.time", text.strip());
        }
    }

    private static String field(int index, String part) {
        return "windows[" + index + "]." + part;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
