package vn.lantoa.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working-time arithmetic: how much working time lies between two moments, and when a given amount
 * of working time after a moment runs out. Working time is the daily windows of every working day;
 * a working day is a working weekday, unless it is a day off, or a make-up working day. Times are
 * local Vietnam time. Immutable and free of frameworks; build one with {@link #standard()} or
 * {@link #of(Set, List, Map)}.
 *
 * <p>Every working day has the same windows, so whole days between two moments are counted, not
 * walked: {@link #workingTimeBetween} costs a few operations per week plus one per special day in the
 * span, and {@link #plusWorkingTime} one step per calendar day.
 */
public final class WorkingHoursCalendar {

    /** What a special day does to the working week. */
    public enum DayKind {
        /** No work on a day that would be a working day: a public holiday, a day off moved here. */
        DAY_OFF,
        /** Work on a day that would be a day off, e.g. the Saturday worked to move a day off. */
        MAKEUP_WORKDAY
    }

    /** One daily window of working time, from {@code start} (included) to {@code end} (excluded). */
    public record Window(LocalTime start, LocalTime end) {

        public Window {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A window must end after it starts: " + start + "–" + end);
            }
        }

        /** A window written as "07:30", "11:30". */
        public static Window of(String start, String end) {
            return new Window(LocalTime.parse(start), LocalTime.parse(end));
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "–" + end;
        }
    }

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final List<Window> OFFICE_HOURS = List.of(Window.of("07:30", "11:30"), Window.of("13:30", "17:00"));

    private static final long END_OF_DAY = LocalTime.MAX.toNanoOfDay() + 1;

    private final Set<DayOfWeek> workingWeekdays;
    private final List<Window> windows;
    private final NavigableMap<LocalDate, DayKind> specialDays;
    private final long[] starts;
    private final long[] ends;
    private final long nanosPerDay;

    private WorkingHoursCalendar(Set<DayOfWeek> workingWeekdays, List<Window> windows, Map<LocalDate, DayKind> specialDays) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A working week needs at least one working weekday");
        }
        this.workingWeekdays = Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
        this.windows = sortedWithoutOverlaps(windows);
        this.specialDays = Collections.unmodifiableNavigableMap(new TreeMap<>(specialDays));
        this.starts = this.windows.stream().mapToLong(w -> w.start().toNanoOfDay()).toArray();
        this.ends = this.windows.stream().mapToLong(w -> w.end().toNanoOfDay()).toArray();
        this.nanosPerDay = this.windows.stream().mapToLong(w -> w.length().toNanos()).sum();
    }

    /** Monday to Friday, 07:30–11:30 and 13:30–17:00, no holidays. */
    public static WorkingHoursCalendar standard() {
        return new WorkingHoursCalendar(MONDAY_TO_FRIDAY, OFFICE_HOURS, Map.of());
    }

    public static WorkingHoursCalendar of(Set<DayOfWeek> workingWeekdays, List<Window> windows, Map<LocalDate, DayKind> specialDays) {
        return new WorkingHoursCalendar(workingWeekdays, windows, specialDays);
    }

    public WorkingHoursCalendar withDayOff(LocalDate... days) {
        return with(List.of(days), DayKind.DAY_OFF);
    }

    public WorkingHoursCalendar withMakeUpWorkday(LocalDate... days) {
        return with(List.of(days), DayKind.MAKEUP_WORKDAY);
    }

    private WorkingHoursCalendar with(Collection<LocalDate> days, DayKind kind) {
        Map<LocalDate, DayKind> special = new TreeMap<>(specialDays);
        days.forEach(day -> special.put(day, kind));
        return new WorkingHoursCalendar(workingWeekdays, windows, special);
    }

    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    public List<Window> windows() {
        return windows;
    }

    public NavigableMap<LocalDate, DayKind> specialDays() {
        return specialDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = specialDays.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        return workingWeekdays.contains(day.getDayOfWeek());
    }

    public Duration workingTimePerDay(LocalDate day) {
        return isWorkingDay(day) ? Duration.ofNanos(nanosPerDay) : Duration.ZERO;
    }

    /** The working time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = from.toLocalDate();
        LocalDate last = to.toLocalDate();
        long fromTime = from.toLocalTime().toNanoOfDay();
        long toTime = to.toLocalTime().toNanoOfDay();
        if (first.equals(last)) {
            return Duration.ofNanos(workedOn(first, fromTime, toTime));
        }
        long wholeDays = workingDays(first.plusDays(1), last);
        return Duration.ofNanos(workedOn(first, fromTime, END_OF_DAY) + wholeDays * nanosPerDay + workedOn(last, 0, toTime));
    }

    /**
     * The earliest moment by which {@code workingTime} of working time has passed since {@code start}:
     * the deadline. Working time that runs out at the end of a window ends there (Friday 17:00, not
     * Monday 07:30). Zero working time gives {@code start} itself.
     */
    public LocalDateTime plusWorkingTime(LocalDateTime start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time cannot be negative: " + workingTime);
        }
        long remaining = workingTime.toNanos();
        if (remaining == 0) {
            return start;
        }
        LocalDate day = start.toLocalDate();
        long from = start.toLocalTime().toNanoOfDay();
        while (true) {
            long available = workedOn(day, from, END_OF_DAY);
            if (remaining <= available) {
                return day.atTime(LocalTime.ofNanoOfDay(momentAfter(from, remaining)));
            }
            remaining -= available;
            day = day.plusDays(1);
            from = 0;
        }
    }

    /** Working days in [first, end): whole weeks counted at once, then the rest, then the special days. */
    private long workingDays(LocalDate first, LocalDate end) {
        long days = ChronoUnit.DAYS.between(first, end);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * workingWeekdays.size();
        for (LocalDate day = first.plusDays(days - days % 7); day.isBefore(end); day = day.plusDays(1)) {
            count += workingWeekdays.contains(day.getDayOfWeek()) ? 1 : 0;
        }
        for (Map.Entry<LocalDate, DayKind> special : specialDays.subMap(first, true, end, false).entrySet()) {
            count += change(special.getKey(), special.getValue());
        }
        return count;
    }

    /** How a special day changes the count of working days: only where it differs from the week. */
    private int change(LocalDate day, DayKind kind) {
        boolean usuallyWorked = workingWeekdays.contains(day.getDayOfWeek());
        if (kind == DayKind.DAY_OFF) {
            return usuallyWorked ? -1 : 0;
        }
        return usuallyWorked ? 0 : 1;
    }

    /** Working time on one day between two times of day (nanoseconds of the day). */
    private long workedOn(LocalDate day, long from, long to) {
        if (!isWorkingDay(day)) {
            return 0;
        }
        long worked = 0;
        for (int i = 0; i < starts.length; i++) {
            worked += Math.max(0, Math.min(to, ends[i]) - Math.max(from, starts[i]));
        }
        return worked;
    }

    /** The time of day at which {@code amount} of window time after {@code from} has passed. */
    private long momentAfter(long from, long amount) {
        long left = amount;
        for (int i = 0; i < starts.length; i++) {
            long begin = Math.max(from, starts[i]);
            long available = Math.max(0, ends[i] - begin);
            if (left <= available) {
                return begin + left;
            }
            left -= available;
        }
        throw new IllegalStateException("No window time left after " + LocalTime.ofNanoOfDay(from));
    }

    private static List<Window> sortedWithoutOverlaps(List<Window> windows) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("A working day needs at least one window");
        }
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Windows overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    @Override
    public String toString() {
        return "WorkingHoursCalendar" + workingWeekdays + windows + " with " + specialDays.size() + " special days";
    }
}
