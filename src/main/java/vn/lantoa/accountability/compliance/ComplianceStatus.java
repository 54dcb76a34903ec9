package vn.lantoa.accountability.compliance;

/** Where a unit stands against a quota, from worst to best. */
public enum ComplianceStatus {
    /** The period is over and the count fell short. */
    MISSED,
    /** Behind the pace the period asks for, or short of the count in its last days. */
    AT_RISK,
    /** Short of the count but keeping pace with the time gone. */
    ON_TRACK,
    /** The count is reached. */
    MET;

    public ComplianceStatus worse(ComplianceStatus other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    public String messageKey() {
        return "compliance.status." + name();
    }
}
