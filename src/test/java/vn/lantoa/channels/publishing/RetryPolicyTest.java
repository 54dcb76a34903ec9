package vn.lantoa.channels.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.facebook.GraphErrors;

/** Which Graph API failures are tried again, and when. */
class RetryPolicyTest {

    @Test
    void serverTroubleAndRateLimitsAreTransientTokenAndPermissionAndBadParametersAreNot() {
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(500, null, null, "HTTP 500", false))).isTrue();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(500, 2, null, "retry later", false))).isTrue();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(400, 32, null, "Page request limit", false))).isTrue();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(400, 613, null, "Calls limit", false))).isTrue();
        assertThat(RetryPolicy.isTransient(new ConnectorFailure(FailureKind.UNREACHABLE, "timeout", "timeout"))).isTrue();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(400, 190, 463, "Session has expired", false))).isFalse();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(403, 200, null, "Requires pages_manage_posts", false))).isFalse();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(400, 100, null, "Invalid parameter", false))).isFalse();
        assertThat(RetryPolicy.isTransient(GraphErrors.failure(400, 100, 33, "does not exist", false))).isFalse();
    }

    @Test
    void theUnitIsToldOfTokenPermissionAndVanishedPageFailuresOnly() {
        assertThat(RetryPolicy.isConnectionFailure(GraphErrors.failure(400, 190, 463, "expired", false))).isTrue();
        assertThat(RetryPolicy.isConnectionFailure(GraphErrors.failure(403, 200, null, "Requires pages_manage_posts", false))).isTrue();
        assertThat(RetryPolicy.isConnectionFailure(GraphErrors.failure(400, 100, 33, "Object does not exist", false))).isTrue();
        assertThat(RetryPolicy.isConnectionFailure(GraphErrors.failure(400, 100, null, "Invalid parameter", false))).isFalse();
    }

    @Test
    void waitsGrowOneFiveTwentyFiveMinutesTwoAndSixHoursThenItIsGivenUp() {
        assertThat(RetryPolicy.waitAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(RetryPolicy.waitAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(RetryPolicy.waitAfter(3)).contains(Duration.ofMinutes(25));
        assertThat(RetryPolicy.waitAfter(4)).contains(Duration.ofHours(2));
        assertThat(RetryPolicy.waitAfter(5)).contains(Duration.ofHours(6));
        assertThat(RetryPolicy.waitAfter(6)).isEmpty();
        assertThat(RetryPolicy.waitAfter(0)).isEmpty();
    }
}
