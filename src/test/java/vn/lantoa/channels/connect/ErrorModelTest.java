package vn.lantoa.channels.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lantoa.channels.connect.facebook.GraphErrors;
import vn.lantoa.channels.connect.zalo.ZaloErrors;

/** Graph and Zalo errors in the one model. */
class ErrorModelTest {

    @Test
    void graphTokens() {
        assertThat(GraphErrors.failure(400, 190, 463, "Error validating access token: Session has expired", false).kind())
                .isEqualTo(FailureKind.TOKEN_EXPIRED);
        for (int sub : new int[] {458, 459, 460, 464, 467}) {
            ConnectorFailure f = GraphErrors.failure(400, 190, sub, "Error validating access token: The user has not authorized", false);
            assertThat(f.kind()).as("190/" + sub).isEqualTo(FailureKind.TOKEN_INVALID);
            assertThat(f.code()).isEqualTo("190/" + sub);
            assertThat(f.kind().status()).isEqualTo(ConnectionStatus.EXPIRED);
        }
        assertThat(GraphErrors.failure(400, 190, null, "Invalid OAuth access token", false).kind()).isEqualTo(FailureKind.TOKEN_INVALID);
    }

    @Test
    void graphPermissionsNamed() {
        ConnectorFailure f = GraphErrors.failure(403, 10, null, "(#10) This endpoint requires the 'read_insights' permission.", true);
        assertThat(f.kind()).isEqualTo(FailureKind.MISSING_PERMISSION);
        assertThat(f.permission()).isEqualTo("read_insights");
        ConnectorFailure g = GraphErrors.failure(400, 200, null, "(#200) Requires pages_read_engagement permission to manage the object", false);
        assertThat(g.kind()).isEqualTo(FailureKind.MISSING_PERMISSION);
        assertThat(g.permission()).isEqualTo("pages_read_engagement");
        assertThat(GraphErrors.failure(400, 299, null, "(#299) denied", false).permission()).isNull();
    }

    @Test
    void graphRateLimitsMetricsAndPlatform() {
        for (int code : new int[] {4, 17, 32, 613, 80001, 80014}) {
            ConnectorFailure f = GraphErrors.failure(400, code, null, "limit", false);
            assertThat(f.kind()).as("" + code).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(f.kind().status()).isNull();
        }
        assertThat(GraphErrors.failure(400, 100, null, "(#100) The value must be a valid insights metric", true).kind())
                .isEqualTo(FailureKind.UNKNOWN_METRIC);
        assertThat(GraphErrors.failure(400, 100, 33, "Object does not exist", false).kind()).isEqualTo(FailureKind.PLATFORM_ERROR);
        assertThat(GraphErrors.failure(500, 1, null, "An unknown error occurred", false).kind()).isEqualTo(FailureKind.PLATFORM_ERROR);
        assertThat(GraphErrors.failure(503, 2, null, "Service temporarily unavailable", false).kind()).isEqualTo(FailureKind.PLATFORM_ERROR);
        assertThat(GraphErrors.failure(502, null, null, "HTTP 502", false).kind()).isEqualTo(FailureKind.PLATFORM_ERROR);
    }

    @Test
    void zalo() {
        assertThat(ZaloErrors.failure(-216, "Access token is invalid").kind()).isEqualTo(FailureKind.TOKEN_INVALID);
        assertThat(ZaloErrors.failure(-124, "Access token has expired").kind()).isEqualTo(FailureKind.TOKEN_EXPIRED);
        assertThat(ZaloErrors.failure(-14014, "Invalid refresh token").kind()).isEqualTo(FailureKind.TOKEN_INVALID);
        assertThat(ZaloErrors.failure(-32, "Exceeded the rate limit").kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(ZaloErrors.failure(-224, "OA has not been granted").kind()).isEqualTo(FailureKind.MISSING_PERMISSION);
        assertThat(ZaloErrors.failure(-201, "Parameters are invalid").kind()).isEqualTo(FailureKind.PLATFORM_ERROR);
    }
}
