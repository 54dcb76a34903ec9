package vn.lantoa.accountability.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year in Vietnam's time (UTC+7 all year): the unit of every quota and
 * report. Written "2026-11" (month), "2026-Q4" (quarter) or "2026" (year), as in URLs and files.
 */
public record ReportingPeriod(PeriodKind kind, YearMonth firstMonth) implements Comparable<ReportingPeriod> {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?");

    public ReportingPeriod {
        int offset = (firstMonth.getMonthValue() - 1) % kind.months();
        if (offset != 0) {
            throw new IllegalArgumentException(firstMonth + " does not start a " + kind);
        }
    }

    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(PeriodKind.MONTH, month);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(PeriodKind.QUARTER, YearMonth.of(year, (quarter - 1) * 3 + 1));
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, YearMonth.of(year, 1));
    }

    /** The period of this kind that contains the given day. */
    public static ReportingPeriod containing(PeriodKind kind, LocalDate day) {
        int month = day.getMonthValue() - (day.getMonthValue() - 1) % kind.months();
        return new ReportingPeriod(kind, YearMonth.of(day.getYear(), month));
    }

    public static ReportingPeriod containing(PeriodKind kind, Instant instant) {
        return containing(kind, LocalDate.ofInstant(instant, ZONE));
    }

    /** Reads "2026-11", "2026-Q4" or "2026"; empty for anything else. */
    public static Optional<ReportingPeriod> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(month(YearMonth.of(year, Integer.parseInt(m.group(2)))));
        }
        if (m.group(3) != null) {
            return Optional.of(quarter(year, Integer.parseInt(m.group(3))));
        }
        return Optional.of(year(year));
    }

    public String code() {
        return switch (kind) {
            case MONTH -> firstMonth.toString();
            case QUARTER -> firstMonth.getYear() + "-Q" + quarterNumber();
            case YEAR -> Integer.toString(firstMonth.getYear());
        };
    }

    public int year() {
        return firstMonth.getYear();
    }

    public int quarterNumber() {
        return (firstMonth.getMonthValue() - 1) / 3 + 1;
    }

    public YearMonth lastMonth() {
        return firstMonth.plusMonths(kind.months() - 1L);
    }

    public LocalDate start() {
        return firstMonth.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return lastMonth().plusMonths(1).atDay(1);
    }

    public Instant startInstant() {
        return start().atStartOfDay(ZONE).toInstant();
    }

    public Instant endInstant() {
        return end().atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && day.isBefore(end());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endInstant());
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startInstant());
    }

    public ReportingPeriod next() {
        return new ReportingPeriod(kind, firstMonth.plusMonths(kind.months()));
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(kind, firstMonth.minusMonths(kind.months()));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start(), end());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(kind.months());
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The periods of a shorter kind that make up this one (the months of a quarter, the quarters of a year). */
    public List<ReportingPeriod> split(PeriodKind shorter) {
        if (shorter.months() > kind.months()) {
            throw new IllegalArgumentException(shorter + " is longer than " + kind);
        }
        List<ReportingPeriod> parts = new ArrayList<>();
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth()); m = m.plusMonths(shorter.months())) {
            parts.add(new ReportingPeriod(shorter, m));
        }
        return parts;
    }

    /** The message key and arguments of the period's Vietnamese name ("Tháng 11/2026", "Quý IV/2026", "Năm 2026"). */
    public String messageKey() {
        return "period." + kind.name().toLowerCase();
    }

    public Object[] messageArgs() {
        return switch (kind) {
            case MONTH -> new Object[] {firstMonth.getMonthValue(), Integer.toString(year())};
            case QUARTER -> new Object[] {ROMAN[quarterNumber() - 1], Integer.toString(year())};
            case YEAR -> new Object[] {Integer.toString(year())};
        };
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = firstMonth.compareTo(other.firstMonth);
        return byStart != 0 ? byStart : Integer.compare(kind.months(), other.kind.months());
    }

    @Override
    public String toString() {
        return code();
    }
}
