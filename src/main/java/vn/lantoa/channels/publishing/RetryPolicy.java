package vn.lantoa.channels.publishing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;

/**
 * Which failures of a post to a Page are worth trying again, and when. Transient: the platform cannot
 * be reached, answers 5xx or its own "try again" codes (1, 2), or limits the calls (4, 17, 32, 613...).
 * Everything else (an expired or revoked token, a missing permission, a page that is gone, a refused
 * parameter) fails the same way again, so it stops at once. Retries wait 1, 5, 25 minutes, 2 and 6
 * hours; after the last one the delivery is given up (a person can still "retry now").
 */
public final class RetryPolicy {

    static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(25),
            Duration.ofHours(2), Duration.ofHours(6));

    private RetryPolicy() {
    }

    public static boolean isTransient(ConnectorFailure failure) {
        FailureKind kind = failure.kind();
        if (kind == FailureKind.UNREACHABLE || kind == FailureKind.RATE_LIMITED) {
            return true;
        }
        String code = failure.code() == null ? "" : failure.code();
        return kind == FailureKind.PLATFORM_ERROR && (code.startsWith("HTTP 5") || code.equals("1") || code.equals("2")
                || code.startsWith("1/") || code.startsWith("2/"));
    }

    /**
     * Whether the failure is the connection's own (the unit must reconnect or grant a permission), as
     * opposed to one post's trouble: then the unit is told through the connection.
     */
    public static boolean isConnectionFailure(ConnectorFailure failure) {
        return isConnectionFailure(failure.kind(), failure.code());
    }

    /** The same, for a failure as stored (its kind and the platform's code; 100/33 is a Page that no longer exists). */
    public static boolean isConnectionFailure(FailureKind kind, String code) {
        return kind == FailureKind.TOKEN_EXPIRED || kind == FailureKind.TOKEN_INVALID || kind == FailureKind.MISSING_PERMISSION
                || kind == FailureKind.WRONG_PAGE || "100/33".equals(code);
    }

    /** The wait before the next try after {@code attemptsMade} failed tries, or empty when it is time to give up. */
    public static Optional<Duration> waitAfter(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= WAITS.size() ? Optional.of(WAITS.get(attemptsMade - 1)) : Optional.empty();
    }
}
