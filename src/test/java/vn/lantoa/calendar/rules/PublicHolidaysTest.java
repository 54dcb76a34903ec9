package vn.lantoa.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.calendar.WorkingHoursCalendar;
import vn.lantoa.calendar.rules.PublicHolidays.DayOff;
import vn.lantoa.calendar.rules.PublicHolidays.Holiday;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;

/** The statutory days off, listed by hand from the Labour Code and the lunar calendar. */
class PublicHolidaysTest {

    private static DayOff holiday(String date, Holiday holiday) {
        return new DayOff(LocalDate.parse(date), holiday, false);
    }

    private static DayOff substitute(String date, Holiday holiday) {
        return new DayOff(LocalDate.parse(date), holiday, true);
    }

    @Test
    void year2026() {
        // Tết (1/1 lunar) is Tuesday 17 Feb: the last day of the old year (Monday 16) and four more, to Friday 20.
        // Giỗ Tổ (10/3 lunar) is Sunday 26 April: made up on Monday 27. National Day 2/9 is a Wednesday; with 1/9.
        assertThat(PublicHolidays.of(2026, WorkingHoursCalendar.MONDAY_TO_FRIDAY, NationalDayCompanion.BEFORE)).containsExactly(
                holiday("2026-01-01", Holiday.NEW_YEAR),
                holiday("2026-02-16", Holiday.LUNAR_NEW_YEAR),
                holiday("2026-02-17", Holiday.LUNAR_NEW_YEAR),
                holiday("2026-02-18", Holiday.LUNAR_NEW_YEAR),
                holiday("2026-02-19", Holiday.LUNAR_NEW_YEAR),
                holiday("2026-02-20", Holiday.LUNAR_NEW_YEAR),
                holiday("2026-04-26", Holiday.HUNG_KINGS),
                substitute("2026-04-27", Holiday.HUNG_KINGS),
                holiday("2026-04-30", Holiday.REUNIFICATION),
                holiday("2026-05-01", Holiday.LABOUR_DAY),
                holiday("2026-09-01", Holiday.NATIONAL_DAY),
                holiday("2026-09-02", Holiday.NATIONAL_DAY));
    }

    @Test
    void year2024MakesUpTwoTetDaysAndASundayFirstOfSeptemberAfterTheBlock() {
        // Tết 2024 is Saturday 10 Feb: Friday 9 to Tuesday 13, of which Saturday and Sunday are made up on
        // Wednesday 14 and Thursday 15, the first free working days after the block. 1/9 is a Sunday and
        // 2/9 a Monday, so the day made up is Tuesday 3/9.
        List<DayOff> days = PublicHolidays.of(2024, WorkingHoursCalendar.MONDAY_TO_FRIDAY, NationalDayCompanion.BEFORE);
        assertThat(days).filteredOn(DayOff::substitute).containsExactly(
                substitute("2024-02-14", Holiday.LUNAR_NEW_YEAR),
                substitute("2024-02-15", Holiday.LUNAR_NEW_YEAR),
                substitute("2024-09-03", Holiday.NATIONAL_DAY));
        assertThat(days).filteredOn(d -> d.holiday() == Holiday.LUNAR_NEW_YEAR && !d.substitute()).extracting(DayOff::date)
                .containsExactly(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11),
                        LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13));
        assertThat(days).contains(holiday("2024-04-18", Holiday.HUNG_KINGS)).hasSize(14);
    }

    @Test
    void theDayAfterNationalDayWhenTheGovernmentPicksIt() {
        assertThat(PublicHolidays.of(2026, WorkingHoursCalendar.MONDAY_TO_FRIDAY, NationalDayCompanion.AFTER))
                .filteredOn(d -> d.holiday() == Holiday.NATIONAL_DAY)
                .containsExactly(holiday("2026-09-02", Holiday.NATIONAL_DAY), holiday("2026-09-03", Holiday.NATIONAL_DAY));
    }

    @Test
    void aSixDayWeekMakesUpOnlySundays() {
        var monToSat = java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SATURDAY);
        // In 2024 only Sunday 11 Feb (Tết) and Sunday 1/9 fall on the weekly day off.
        assertThat(PublicHolidays.of(2024, monToSat, NationalDayCompanion.BEFORE)).filteredOn(DayOff::substitute)
                .containsExactly(substitute("2024-02-14", Holiday.LUNAR_NEW_YEAR), substitute("2024-09-03", Holiday.NATIONAL_DAY));
    }
}
