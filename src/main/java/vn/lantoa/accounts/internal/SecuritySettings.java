package vn.lantoa.accounts.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Limits of logins and tokens, under lantoa.security. */
@Validated
@ConfigurationProperties("lantoa.security")
public record SecuritySettings(@Min(1) int maxFailedLogins, Duration lockout, Duration apiTokenLifetime,
                               Duration passwordResetLifetime) {
}
