package vn.lantoa.channels.connect.zalo;

import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;

/**
 * The Zalo OA API's errors ({@code {"error":-216,"message":"Access token is invalid"}}) and those of its
 * OAuth v4 ({@code {"error":-14014,"error_name":...,"error_reason":...}}) in Lan Tỏa's one model: -124 an
 * expired token, -216 an invalid one, -14xxx a refresh token or code refused (reconnect); -209 and -224
 * an app not allowed for the OA; -32 a rate limit; the rest the platform's trouble.
 */
public final class ZaloErrors {

    private ZaloErrors() {
    }

    public static ConnectorFailure failure(int code, String message) {
        String label = Integer.toString(code);
        String lower = message == null ? "" : message.toLowerCase();
        if (code == -124 || (code == -216 && lower.contains("expire"))) {
            return new ConnectorFailure(FailureKind.TOKEN_EXPIRED, label, message);
        }
        if (code == -216 || code == -155 || (code <= -14000 && code > -15000)) {
            return new ConnectorFailure(FailureKind.TOKEN_INVALID, label, message);
        }
        if (code == -209 || code == -224 || code == -230 && lower.contains("permission")) {
            return new ConnectorFailure(FailureKind.MISSING_PERMISSION, label, message);
        }
        if (code == -32 || lower.contains("rate limit") || lower.contains("quota")) {
            return new ConnectorFailure(FailureKind.RATE_LIMITED, label, message);
        }
        return new ConnectorFailure(FailureKind.PLATFORM_ERROR, label, message);
    }
}
