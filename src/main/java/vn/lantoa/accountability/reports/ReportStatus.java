package vn.lantoa.accountability.reports;

/** Where a unit's monthly report stands. */
public enum ReportStatus {
    /** Saved by the unit, not yet sent. */
    DRAFT,
    /** Sent to the level above, waiting for its decision; the unit cannot change it. */
    SUBMITTED,
    /** Accepted by the level above: locked until someone there returns it. */
    ACCEPTED,
    /** Sent back with a comment; the unit corrects it and submits again. */
    RETURNED;

    /** Whether the level above has it: it counts as received in the roll-up. */
    public boolean received() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
