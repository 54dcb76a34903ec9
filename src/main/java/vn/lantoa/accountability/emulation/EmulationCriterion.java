package vn.lantoa.accountability.emulation;

/**
 * The criteria of the yearly emulation (thi đua) score, with their default weights: quotas met per
 * period, major events reported within 12 working hours, monthly reports on time, audience and
 * engagement growth (no data until the channels exist), and digital-skills activities.
 */
public enum EmulationCriterion {
    QUOTAS(35),
    TIMELINESS(20),
    REPORTS(25),
    AUDIENCE(10),
    DIGITAL_SKILLS(10);

    private final int defaultWeight;

    EmulationCriterion(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public String messageKey() {
        return "emulation.criterion." + name();
    }

    /** The form field of its weight on the criteria page. */
    public String field() {
        return "weight_" + name();
    }
}
