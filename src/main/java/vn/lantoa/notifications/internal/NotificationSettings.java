package vn.lantoa.notifications.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under lantoa.notifications: when the digest leaves (a cron of six fields in Vietnam's time;
 * "-" turns it off), how often failed emails are retried, and how many times a notice is tried.
 */
@Validated
@ConfigurationProperties("lantoa.notifications")
record NotificationSettings(@DefaultValue("0 0 7 * * *") @NotBlank String digestCron,
                            @DefaultValue("30m") Duration retryEvery,
                            @DefaultValue("4") @Min(1) int mailAttempts) {
}
