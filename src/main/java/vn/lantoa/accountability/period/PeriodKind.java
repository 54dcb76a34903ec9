package vn.lantoa.accountability.period;

/** The length of a reporting period. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
