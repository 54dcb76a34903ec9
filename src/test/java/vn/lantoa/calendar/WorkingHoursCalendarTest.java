package vn.lantoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.WorkingHoursCalendar.Window;

/**
 * Working-hours arithmetic with the default week: Monday to Friday, 07:30–11:30 (4 h) and
 * 13:30–17:00 (3 h 30), so 7 h 30 a day. Dates are of 2026, when 1 January is a Thursday.
 */
class WorkingHoursCalendarTest {

    private static final WorkingHoursCalendar WEEK = WorkingHoursCalendar.standard();
    /** Tết 2026 by the statutory defaults: Monday 16 to Friday 20 February, between two weekends. */
    private static final WorkingHoursCalendar TET_2026 = WEEK.withDayOff(date("2026-02-16"), date("2026-02-17"),
            date("2026-02-18"), date("2026-02-19"), date("2026-02-20"));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }

    private static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Nested
    class Deadlines {

        @Test
        void twelveHoursFromFriday1600EndTuesday1100() {
            // Friday 16:00–17:00 = 1 h (11 h left); Saturday and Sunday off; Monday 7 h 30 (3 h 30 left);
            // Tuesday 07:30 + 3 h 30 = 11:00. (Not 10:30: that would need 8-hour days.)
            assertThat(WEEK.plusWorkingTime(at("2026-03-06 16:00"), hours(12))).isEqualTo(at("2026-03-10 11:00"));
        }

        @Test
        void twelveHoursFromMonday0730EndTuesday1400InTheAfternoonWindow() {
            // Monday 7 h 30 (4 h 30 left); Tuesday morning 4 h (30 min left); lunch; 13:30 + 30 min = 14:00.
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 07:30"), hours(12))).isEqualTo(at("2026-03-10 14:00"));
        }

        @Test
        void twelveHoursFromSaturdayStartMondayMorning() {
            // Nothing counts at the weekend: Monday 7 h 30 (4 h 30 left), Tuesday 07:30 + 4 h = 11:30 (30 min left),
            // then 13:30 + 30 min.
            assertThat(WEEK.plusWorkingTime(at("2026-03-07 09:00"), hours(12))).isEqualTo(at("2026-03-10 14:00"));
        }

        @Test
        void twelveHoursFromTheLunchBreakStartAt1330() {
            // Monday 13:30–17:00 = 3 h 30 (8 h 30 left); Tuesday 7 h 30 (1 h left); Wednesday 08:30.
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 12:15"), hours(12))).isEqualTo(at("2026-03-11 08:30"));
        }

        @Test
        void twelveHoursFromFridayBeforeTetSkipTheNineDaysOff() {
            // Friday 13 Feb 16:00–17:00 = 1 h; 14–22 Feb off (weekend, Tết Monday–Friday, weekend);
            // Monday 23 Feb 7 h 30 (3 h 30 left); Tuesday 24 Feb 07:30 + 3 h 30 = 11:00.
            assertThat(TET_2026.plusWorkingTime(at("2026-02-13 16:00"), hours(12))).isEqualTo(at("2026-02-24 11:00"));
        }

        @Test
        void aStartInsideTetWaitsForTheFirstWorkingDayAfterIt() {
            assertThat(TET_2026.plusWorkingTime(at("2026-02-17 10:00"), hours(1))).isEqualTo(at("2026-02-23 08:30"));
        }

        @Test
        void aHolidayInTheMiddleOfTheWeekIsSkipped() {
            // Wednesday 29 April 16:00–17:00 = 1 h; 30/4 and 1/5 are holidays, then the weekend; Monday 4 May 08:30.
            WorkingHoursCalendar calendar = WEEK.withDayOff(date("2026-04-30"), date("2026-05-01"));
            assertThat(calendar.plusWorkingTime(at("2026-04-29 16:00"), hours(2))).isEqualTo(at("2026-05-04 08:30"));
        }

        @Test
        void aMakeUpSaturdayIsWorked() {
            // Friday 13 March 16:00–17:00 = 1 h; Saturday 14 March is worked: 07:30 + 1 h.
            WorkingHoursCalendar calendar = WEEK.withMakeUpWorkday(date("2026-03-14"));
            assertThat(calendar.plusWorkingTime(at("2026-03-13 16:00"), hours(2))).isEqualTo(at("2026-03-14 08:30"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-13 16:00"), hours(2))).isEqualTo(at("2026-03-16 08:30"));
        }
    }

    @Nested
    class WithinADay {

        @Test
        void aStartBeforeOpeningCountsFrom0730() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 06:00"), hours(1))).isEqualTo(at("2026-03-09 08:30"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 06:00"), at("2026-03-09 08:00"))).isEqualTo(hours(0.5));
        }

        @Test
        void aStartInTheLunchBreakCountsFrom1330() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 12:00"), hours(1))).isEqualTo(at("2026-03-09 14:30"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 11:45"), at("2026-03-09 13:15"))).isZero();
        }

        @Test
        void workingTimeThatRunsOutAtLunchEndsAt1130NotAt1330() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 10:30"), hours(1))).isEqualTo(at("2026-03-09 11:30"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 11:00"), hours(1))).isEqualTo(at("2026-03-09 14:00"));
        }

        @Test
        void aStartAfter1700CountsFromTheNextMorning() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 18:00"), hours(1))).isEqualTo(at("2026-03-10 08:30"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 17:30"), at("2026-03-10 07:00"))).isZero();
        }

        @Test
        void fridayAfternoonCrossesTheWeekend() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-06 15:00"), hours(3))).isEqualTo(at("2026-03-09 08:30"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-06 15:00"), at("2026-03-09 08:30"))).isEqualTo(hours(3));
        }

        @Test
        void windowBoundariesBelongToTheWindowTheyOpen() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 07:30"), hours(4))).isEqualTo(at("2026-03-09 11:30"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 11:30"), Duration.ofMinutes(1))).isEqualTo(at("2026-03-09 13:31"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 17:00"), Duration.ofMinutes(1))).isEqualTo(at("2026-03-10 07:31"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 07:30"), hours(7.5))).isEqualTo(at("2026-03-09 17:00"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 07:30"), at("2026-03-09 17:00"))).isEqualTo(hours(7.5));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 11:30"), at("2026-03-09 13:30"))).isZero();
        }

        @Test
        void zeroWorkingTimeIsTheStartItselfEvenOutsideWorkingHours() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-08 03:00"), Duration.ZERO)).isEqualTo(at("2026-03-08 03:00"));
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 09:00"), Duration.ZERO)).isEqualTo(at("2026-03-09 09:00"));
        }

        @Test
        void secondsAreKept() {
            assertThat(WEEK.plusWorkingTime(at("2026-03-09 11:29:30"), Duration.ofMinutes(1))).isEqualTo(at("2026-03-09 13:30:30"));
            assertThat(WEEK.workingTimeBetween(at("2026-03-09 11:29:30"), at("2026-03-09 13:30:30"))).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Nested
    class Between {

        @Test
        void isZeroWhenTheEndIsNotAfterTheStart() {
            assertThat(WEEK.workingTimeBetween(at("2026-03-10 09:00"), at("2026-03-09 09:00"))).isZero();
            assertThat(WEEK.workingTimeBetween(at("2026-03-10 09:00"), at("2026-03-10 09:00"))).isZero();
        }

        @Test
        void tetTakesAWholeWorkingWeekOut() {
            // From Friday 13 Feb 17:00 to Monday 23 Feb 07:30 nothing is worked; a week later, a normal week.
            assertThat(TET_2026.workingTimeBetween(at("2026-02-13 17:00"), at("2026-02-23 07:30"))).isZero();
            assertThat(TET_2026.workingTimeBetween(at("2026-02-13 16:00"), at("2026-02-23 08:30"))).isEqualTo(hours(2));
            assertThat(TET_2026.workingTimeBetween(at("2026-02-23 00:00"), at("2026-03-02 00:00"))).isEqualTo(hours(5 * 7.5));
        }

        @Test
        void aWholeYearCountsItsWorkingDays() {
            // 2026 has 261 weekdays (52 weeks and one Thursday); the statutory defaults take 11 of them out:
            // 1/1, Tết 16–20/2, 27/4 (for Giỗ Tổ on Sunday 26/4), 30/4, 1/5, 1/9, 2/9. 250 days of 7 h 30.
            WorkingHoursCalendar year = WEEK.withDayOff(date("2026-01-01"), date("2026-02-16"), date("2026-02-17"),
                    date("2026-02-18"), date("2026-02-19"), date("2026-02-20"), date("2026-04-26"), date("2026-04-27"),
                    date("2026-04-30"), date("2026-05-01"), date("2026-09-01"), date("2026-09-02"));
            assertThat(year.workingTimeBetween(at("2026-01-01 00:00"), at("2027-01-01 00:00"))).isEqualTo(hours(250 * 7.5));
        }

        @Test
        void aMakeUpSaturdayAddsADayAndADayOffOnASundayChangesNothing() {
            WorkingHoursCalendar calendar = WEEK.withMakeUpWorkday(date("2026-03-14")).withDayOff(date("2026-03-15"));
            assertThat(calendar.workingTimeBetween(at("2026-03-09 00:00"), at("2026-03-23 00:00"))).isEqualTo(hours(11 * 7.5));
        }
    }

    @Nested
    class Days {

        @Test
        void weekdaysWorkWeekendsDoNotAndSpecialDaysOverrideBoth() {
            WorkingHoursCalendar calendar = WEEK.withDayOff(date("2026-03-09")).withMakeUpWorkday(date("2026-03-14"));
            assertThat(calendar.isWorkingDay(date("2026-03-10"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-03-09"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2026-03-14"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-03-15"))).isFalse();
            assertThat(calendar.workingTimePerDay(date("2026-03-10"))).isEqualTo(hours(7.5));
            assertThat(calendar.workingTimePerDay(date("2026-03-14"))).isEqualTo(hours(7.5));
            assertThat(calendar.workingTimePerDay(date("2026-03-09"))).isZero();
        }

        @Test
        void aSixDayWeekWithOneWindow() {
            WorkingHoursCalendar calendar = WorkingHoursCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                    List.of(Window.of("08:00", "12:00")), Map.of(date("2026-03-14"), DayKind.DAY_OFF));
            assertThat(calendar.workingTimePerDay(date("2026-03-07"))).isEqualTo(hours(4));
            // Friday 13 March 11:00–12:00 = 1 h; Saturday 14 is off; Monday 16: 08:00 + 1 h.
            assertThat(calendar.plusWorkingTime(at("2026-03-13 11:00"), hours(2))).isEqualTo(at("2026-03-16 09:00"));
            assertThat(calendar.workingTimeBetween(at("2026-03-02 00:00"), at("2026-03-09 00:00"))).isEqualTo(hours(24));
        }

        @Test
        void refusesWhatCannotBeAWorkingWeek() {
            Map<LocalDate, DayKind> none = Map.of();
            assertThatThrownBy(() -> WorkingHoursCalendar.of(WorkingHoursCalendar.MONDAY_TO_FRIDAY,
                    List.of(Window.of("07:30", "11:30"), Window.of("11:00", "17:00")), none))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
            assertThatThrownBy(() -> Window.of("13:30", "11:30")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WorkingHoursCalendar.of(EnumSet.noneOf(DayOfWeek.class), WorkingHoursCalendar.OFFICE_HOURS, none))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WorkingHoursCalendar.of(WorkingHoursCalendar.MONDAY_TO_FRIDAY, List.of(), none))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> WEEK.plusWorkingTime(at("2026-03-09 09:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void windowsGivenOutOfOrderAreSorted() {
            WorkingHoursCalendar calendar = WorkingHoursCalendar.of(WorkingHoursCalendar.MONDAY_TO_FRIDAY,
                    List.of(Window.of("13:30", "17:00"), Window.of("07:30", "11:30")), Map.of());
            assertThat(calendar.windows()).isEqualTo(WorkingHoursCalendar.OFFICE_HOURS);
            assertThat(calendar.plusWorkingTime(at("2026-03-09 07:30"), hours(5))).isEqualTo(at("2026-03-09 14:30"));
        }
    }

    /**
     * Many starts and amounts, on a calendar with Tết, a moved day off and a make-up Saturday: the
     * deadline holds exactly the asked working time, a minute earlier it does not, and both agree with
     * a minute-by-minute count.
     */
    @Nested
    class Properties {

        private final WorkingHoursCalendar calendar = TET_2026.withDayOff(date("2026-03-02")).withMakeUpWorkday(date("2026-03-07"));
        private final Random random = new Random(112);

        @Test
        void theDeadlineHoldsExactlyTheWorkingTimeAskedFor() {
            for (int i = 0; i < 2_000; i++) {
                LocalDateTime start = randomMoment();
                Duration amount = Duration.ofMinutes(random.nextInt(60 * 60));
                LocalDateTime deadline = calendar.plusWorkingTime(start, amount);
                assertThat(calendar.workingTimeBetween(start, deadline)).as("%s + %s = %s", start, amount, deadline).isEqualTo(amount);
                if (!amount.isZero()) {
                    assertThat(calendar.workingTimeBetween(start, deadline.minusMinutes(1))).as("earliest: %s + %s", start, amount)
                            .isLessThan(amount);
                }
            }
        }

        @Test
        void workingTimeBetweenAgreesWithCountingMinutes() {
            for (int i = 0; i < 150; i++) {
                LocalDateTime from = randomMoment();
                LocalDateTime to = from.plusMinutes(random.nextInt(14 * 24 * 60));
                assertThat(calendar.workingTimeBetween(from, to)).as("%s → %s", from, to).isEqualTo(countMinutes(from, to));
            }
        }

        private LocalDateTime randomMoment() {
            return LocalDateTime.of(2026, 2, 1, 0, 0).plusMinutes(random.nextInt(50 * 24 * 60));
        }

        private Duration countMinutes(LocalDateTime from, LocalDateTime to) {
            long minutes = 0;
            for (LocalDateTime m = from; m.isBefore(to); m = m.plusMinutes(1)) {
                LocalTime time = m.toLocalTime();
                boolean inWindow = calendar.windows().stream().anyMatch(w -> !time.isBefore(w.start()) && time.isBefore(w.end()));
                minutes += calendar.isWorkingDay(m.toLocalDate()) && inWindow ? 1 : 0;
            }
            return Duration.ofMinutes(minutes);
        }
    }
}
