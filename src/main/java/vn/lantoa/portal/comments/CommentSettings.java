package vn.lantoa.portal.comments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of reader comments, under lantoa.portal.comments.
 *
 * @param maxLinks          links a comment may hold (an address with http(s)://, www. or a bare domain)
 * @param maxAttachmentSize largest attached photo or PDF
 * @param burstLimit        comments one address may send within burstWindow
 * @param burstWindow       the short window of the rate limit
 * @param dailyLimit        comments one address may send within 24 hours
 * @param trustedProxies    addresses of our own reverse proxies, whose X-Forwarded-For is believed;
 *                          empty (the default) believes no one, and the connection's address counts
 */
@Validated
@ConfigurationProperties("lantoa.portal.comments")
record CommentSettings(@Min(0) @Max(50) int maxLinks, @NotNull DataSize maxAttachmentSize, @Min(1) int burstLimit,
                       @NotNull Duration burstWindow, @Min(1) int dailyLimit, List<String> trustedProxies) {

    CommentSettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    long maxAttachmentBytes() {
        return maxAttachmentSize.toBytes();
    }

    long maxAttachmentMegabytes() {
        return maxAttachmentSize.toMegabytes();
    }
}
