package vn.lantoa.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory days off of a year by the Labour Code 2019, Article 112: New Year's Day; five days of
 * Tết (the last day of the lunar year and the first four of the new one); the Hùng Kings'
 * Commemoration (10th day of the 3rd lunar month); Reunification Day (30/4); Labour Day (1/5);
 * National Day (2/9) with one adjacent day. A holiday that falls on a weekly day off is made up on
 * the next working day (Article 112(3)).
 *
 * <p>These are defaults only: every year the government sets the exact days (often moving a day off
 * next to a weekend against a make-up Saturday), and the administrators edit the year accordingly.
 */
public final class PublicHolidays {

    /** The holidays of Article 112. */
    public enum Holiday {
        NEW_YEAR, LUNAR_NEW_YEAR, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY
    }

    /** Which day next to National Day (2/9) is the second day off; the government picks one each year. */
    public enum NationalDayCompanion {
        /** 1 September. */
        BEFORE,
        /** 3 September. */
        AFTER
    }

    /** One day off: a holiday itself, or the day that makes up for a holiday on a weekly day off. */
    public record DayOff(LocalDate date, Holiday holiday, boolean substitute) {
    }

    private static final int TET_DAYS_IN_NEW_YEAR = 4;

    private PublicHolidays() {
    }

    /** The days off of {@code year}, in date order, for a week whose working days are {@code workingWeekdays}. */
    public static List<DayOff> of(int year, Set<DayOfWeek> workingWeekdays, NationalDayCompanion companion) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("A working week needs at least one working weekday");
        }
        List<DayOff> holidays = holidays(year, companion);
        List<DayOff> all = new ArrayList<>(holidays);
        all.addAll(substitutes(holidays, workingWeekdays));
        all.sort(Comparator.comparing(DayOff::date));
        return List.copyOf(all);
    }

    private static List<DayOff> holidays(int year, NationalDayCompanion companion) {
        List<DayOff> days = new ArrayList<>();
        days.add(holiday(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEAR));
        LocalDate tet = VietnameseLunarCalendar.tet(year);
        for (LocalDate day = tet.minusDays(1); !day.isAfter(tet.plusDays(TET_DAYS_IN_NEW_YEAR - 1)); day = day.plusDays(1)) {
            days.add(holiday(day, Holiday.LUNAR_NEW_YEAR));
        }
        days.add(holiday(VietnameseLunarCalendar.toSolar(10, 3, year, false), Holiday.HUNG_KINGS));
        days.add(holiday(LocalDate.of(year, Month.APRIL, 30), Holiday.REUNIFICATION));
        days.add(holiday(LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        days.add(holiday(companion == NationalDayCompanion.BEFORE ? nationalDay.minusDays(1) : nationalDay, Holiday.NATIONAL_DAY));
        days.add(holiday(companion == NationalDayCompanion.BEFORE ? nationalDay : nationalDay.plusDays(1), Holiday.NATIONAL_DAY));
        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    /** For each holiday on a weekly day off, in date order, the next working weekday that is still free. */
    private static List<DayOff> substitutes(List<DayOff> holidays, Set<DayOfWeek> workingWeekdays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<DayOff> substitutes = new ArrayList<>();
        for (DayOff holiday : holidays) {
            if (workingWeekdays.contains(holiday.date().getDayOfWeek())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (taken.contains(day) || !workingWeekdays.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            taken.add(day);
            substitutes.add(new DayOff(day, holiday.holiday(), true));
        }
        return substitutes;
    }

    private static DayOff holiday(LocalDate date, Holiday holiday) {
        return new DayOff(date, holiday, false);
    }
}
