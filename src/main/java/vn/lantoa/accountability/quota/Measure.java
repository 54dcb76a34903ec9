package vn.lantoa.accountability.quota;

/** What a quota counts: stories the unit sent, those the union accepted, or those published. */
public enum Measure {
    /** Sent at least once and neither rejected nor withdrawn to a draft. */
    SUBMITTED,
    /** Taken on by the union: approved by the department or further along, published ones included. */
    ACCEPTED,
    /** Published on the portal and still online (or archived). */
    PUBLISHED
}
