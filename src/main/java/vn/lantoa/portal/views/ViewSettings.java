package vn.lantoa.portal.views;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * View counts, under lantoa.portal.views.
 *
 * @param mostReadCache   how long a most-read list is kept in memory before it is summed again (0 = never kept)
 * @param keepVisitorDays how many days of visitor hashes and salts are kept (today and yesterday by default)
 * @param purgeAt         when, in Vietnam's time, older hashes and salts are deleted
 */
@Validated
@ConfigurationProperties("lantoa.portal.views")
record ViewSettings(@DefaultValue("1m") Duration mostReadCache, @DefaultValue("2") @Min(1) int keepVisitorDays,
                    @DefaultValue("03:10") LocalTime purgeAt) {
}
