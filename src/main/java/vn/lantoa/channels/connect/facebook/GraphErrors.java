package vn.lantoa.channels.connect.facebook;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;

/**
 * The Graph API's errors ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}})
 * in Lan Tỏa's one model. 190 is a token that no longer works (463 expired, 458/459/460/464/467 revoked
 * or invalidated); 10 and 200–299 a permission not granted; 4, 17, 32, 613 and 80001–80014 rate
 * limits; 100 on an insights call a metric the API does not know (any more); 1, 2 and HTTP 5xx the
 * platform's own trouble.
 */
public final class GraphErrors {

    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 341, 368, 613);
    private static final Pattern PERMISSION = Pattern.compile(
            "\\b(pages_[a-z_]+|read_insights|business_management|publish_video|instagram_[a-z_]+|ads_read|ads_management)\\b");

    private GraphErrors() {
    }

    public static ConnectorFailure failure(int httpStatus, Integer code, Integer subcode, String message, boolean insights) {
        String label = code == null ? "HTTP " + httpStatus : code + (subcode == null ? "" : "/" + subcode);
        if (code == null) {
            return new ConnectorFailure(FailureKind.PLATFORM_ERROR, label, message);
        }
        int c = code;
        if (c == 190 || c == 102) {
            boolean expired = (subcode != null && subcode == 463) || (message != null && message.toLowerCase().contains("expired"));
            return new ConnectorFailure(expired ? FailureKind.TOKEN_EXPIRED : FailureKind.TOKEN_INVALID, label, message);
        }
        if (c == 10 || (c >= 200 && c <= 299)) {
            return new ConnectorFailure(FailureKind.MISSING_PERMISSION, label, message, permissionIn(message));
        }
        if (RATE_LIMITS.contains(c) || (c >= 80001 && c <= 80014)) {
            return new ConnectorFailure(FailureKind.RATE_LIMITED, label, message);
        }
        if (c == 100 && insights) {
            return new ConnectorFailure(FailureKind.UNKNOWN_METRIC, label, message);
        }
        return new ConnectorFailure(FailureKind.PLATFORM_ERROR, label, message);
    }

    /** The first permission name the message mentions, e.g. "pages_read_engagement"; null when none. */
    public static String permissionIn(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = PERMISSION.matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
