package vn.lantoa.channels.audience;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import vn.lantoa.channels.DayRange;

/**
 * The days a growth chart covers, both included: from the address ({@code ?tu=2026-05-23&den=2026-11-23}),
 * by default the last six months up to today. A period in the wrong order is turned round; one longer
 * than ten years is cut to its last ten.
 */
public record AudiencePeriod(LocalDate from, LocalDate to) {

    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_YEARS = 10;
    /** Up to this many days a roll-up is drawn day by day; beyond, week by week (and its two ends exactly). */
    public static final int DAILY_UP_TO = 92;

    public static AudiencePeriod parse(String tu, String den, LocalDate today) {
        DayRange range = DayRange.of(FigureRules.parseDay(tu == null ? "" : tu).orElse(null),
                FigureRules.parseDay(den == null ? "" : den).orElse(null), today, Period.ofMonths(DEFAULT_MONTHS), Period.ofYears(MAX_YEARS));
        return new AudiencePeriod(range.from(), range.to());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whole months between the ends, for "in 6 months"; days when under one month. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    public boolean isDaily() {
        return days() <= DAILY_UP_TO;
    }
}
