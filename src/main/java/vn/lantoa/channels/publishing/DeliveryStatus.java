package vn.lantoa.channels.publishing;

/** Where a delivery stands; each has its words {@code channels.publishing.status.<NAME>}. */
public enum DeliveryStatus {
    /** Waiting for its first try (a Page) or for a moderator (a group). */
    PENDING,
    /** A try failed for a reason that may pass; the next one is planned. */
    RETRYING,
    POSTED,
    /** A failure that a person must fix (reconnect, grant a permission). */
    FAILED,
    /** Transient failures every time, up to the last planned try. */
    GAVE_UP,
    /** A moderator chose not to post it, with a reason. */
    SKIPPED;

    public boolean open() {
        return this == PENDING || this == RETRYING;
    }

    public boolean failing() {
        return this == FAILED || this == GAVE_UP;
    }
}
