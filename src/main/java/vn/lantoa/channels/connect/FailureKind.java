package vn.lantoa.channels.connect;

/**
 * Why a call to Facebook or Zalo failed, whatever the platform's own code: what the unit is told and
 * what the connection's status becomes.
 */
public enum FailureKind {
    TOKEN_EXPIRED(ConnectionStatus.EXPIRED),
    TOKEN_INVALID(ConnectionStatus.EXPIRED),
    MISSING_PERMISSION(ConnectionStatus.MISSING_PERMISSION),
    /** Too many calls: tried again later, the status is kept. */
    RATE_LIMITED(null),
    /** A metric name the platform no longer knows: that name is marked, the other metrics go on. */
    UNKNOWN_METRIC(null),
    /** The token belongs to another page or OA than the channel's. */
    WRONG_PAGE(ConnectionStatus.FAILED),
    PLATFORM_ERROR(ConnectionStatus.FAILED),
    UNREACHABLE(ConnectionStatus.FAILED);

    private final ConnectionStatus status;

    FailureKind(ConnectionStatus status) {
        this.status = status;
    }

    /** The status a connection takes; null when the failure leaves it as it is. */
    public ConnectionStatus status() {
        return status;
    }

    public boolean transientFailure() {
        return this == RATE_LIMITED;
    }
}
