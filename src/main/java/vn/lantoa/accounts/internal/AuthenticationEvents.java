package vn.lantoa.accounts.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed and successful logins, from the form and from the API alike. */
@Component
class AuthenticationEvents {

    private final LoginAttempts attempts;
    private final IpThrottle throttle;

    AuthenticationEvents(LoginAttempts attempts, IpThrottle throttle) {
        this.attempts = attempts;
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }
}
