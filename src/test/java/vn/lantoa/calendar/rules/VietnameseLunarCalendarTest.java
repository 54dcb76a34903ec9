package vn.lantoa.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Lunar dates against the published Vietnamese calendar. */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        // UTC+7 against China's UTC+8: the new moon fell before midnight in Hanoi, after it in Beijing.
        "2007, 2007-02-17",
        // Month 11 of 1984 began a month apart in UTC+7 and UTC+8, so Tết came a month before China's.
        "1985, 1985-01-21"})
    void tetNguyenDan(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsCommemorationOnThe10thOfThe3rdMonth(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, year, false)).isEqualTo(expected);
    }

    @Test
    void leapMonthsComeAfterTheMonthTheyRepeat() {
        // 2023 repeated month 2: month 2 from 20 Feb, leap month 2 from 22 March, month 3 from 20 April.
        assertThat(VietnameseLunarCalendar.toSolar(1, 2, 2023, false)).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(VietnameseLunarCalendar.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(VietnameseLunarCalendar.toSolar(1, 3, 2023, false)).isEqualTo(LocalDate.of(2023, 4, 20));
        // 2025 repeated month 6: leap month 6 from 25 July, month 7 from 23 August.
        assertThat(VietnameseLunarCalendar.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toSolar(1, 7, 2025, false)).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void monthsElevenAndTwelveBelongToTheEndOfTheSolarYear() {
        // The last day of lunar year 2025 is the day before Tết 2026.
        assertThat(VietnameseLunarCalendar.toSolar(1, 12, 2025, false)).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(VietnameseLunarCalendar.toSolar(15, 8, 2026, false)).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(1, 3, 2023, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(1, 1, 2026, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(0, 1, 2026, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseLunarCalendar.tet(2300)).isInstanceOf(IllegalArgumentException.class);
    }
}
