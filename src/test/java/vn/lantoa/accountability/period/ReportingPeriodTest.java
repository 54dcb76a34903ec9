package vn.lantoa.accountability.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void quarterBoundariesAreVietnamMidnight() {
        ReportingPeriod q4 = ReportingPeriod.quarter(2026, 4);
        assertThat(q4.startInstant()).isEqualTo(Instant.parse("2026-09-30T17:00:00Z"));
        assertThat(q4.endInstant()).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(q4.contains(Instant.parse("2026-09-30T16:59:59Z"))).isFalse();
        assertThat(q4.contains(Instant.parse("2026-09-30T17:00:00Z"))).isTrue();
        assertThat(q4.contains(Instant.parse("2026-12-31T16:59:59Z"))).isTrue();
        assertThat(q4.contains(Instant.parse("2026-12-31T17:00:00Z"))).isFalse();
        assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, Instant.parse("2026-09-30T17:00:00Z"))).isEqualTo(q4);
        assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, Instant.parse("2026-09-30T16:59:59Z")))
                .isEqualTo(ReportingPeriod.quarter(2026, 3));
    }

    @Test
    void codesReadAndWriteBack() {
        assertThat(ReportingPeriod.parse("2026-11")).contains(ReportingPeriod.month(YearMonth.of(2026, 11)));
        assertThat(ReportingPeriod.parse("2026-Q4")).contains(ReportingPeriod.quarter(2026, 4));
        assertThat(ReportingPeriod.parse(" 2026 ")).contains(ReportingPeriod.year(2026));
        for (String bad : new String[] {"", "2026-13", "2026-Q5", "2026-Q0", "26-01", "1999", "abc", "2026-1"}) {
            assertThat(ReportingPeriod.parse(bad)).as(bad).isEmpty();
        }
        for (String code : new String[] {"2026-01", "2026-Q1", "2026", "2025-12"}) {
            assertThat(ReportingPeriod.parse(code).orElseThrow().code()).isEqualTo(code);
        }
        assertThat(ReportingPeriod.parse(null)).isEmpty();
    }

    @Test
    void splitsAndSteps() {
        ReportingPeriod year = ReportingPeriod.year(2026);
        assertThat(year.split(PeriodKind.QUARTER)).extracting(ReportingPeriod::code)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(ReportingPeriod.quarter(2026, 2).split(PeriodKind.MONTH)).extracting(ReportingPeriod::code)
                .containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(ReportingPeriod.quarter(2026, 4).next()).isEqualTo(ReportingPeriod.quarter(2027, 1));
        assertThat(ReportingPeriod.quarter(2026, 1).previous()).isEqualTo(ReportingPeriod.quarter(2025, 4));
        assertThat(ReportingPeriod.containing(PeriodKind.YEAR, LocalDate.of(2026, 7, 1))).isEqualTo(year);
        assertThat(ReportingPeriod.quarter(2026, 1).days()).isEqualTo(90);
        assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 1).split(PeriodKind.YEAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(PeriodKind.QUARTER, YearMonth.of(2026, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
