package vn.lantoa.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The X-Hub-Signature-256 check, byte for byte, against a digest computed independently of the code under test. */
class WebhookSignatureTest {

    @Test
    void theHeaderIsTheHexHmacSha256OfTheRawBody() throws Exception {
        byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));

        assertThat(WebhookSignature.sign(body, "s3cret")).isEqualTo(expected);
        assertThat(WebhookSignature.valid(body, expected, "s3cret")).isTrue();
        assertThat(WebhookSignature.valid(body, expected.toUpperCase().replace("SHA256=", "sha256="), "s3cret")).isTrue();
        assertThat(WebhookSignature.valid(body, expected, "other")).isFalse();
        assertThat(WebhookSignature.valid("{\"object\":\"page\",\"entry\":[ ]}".getBytes(StandardCharsets.UTF_8), expected, "s3cret")).isFalse();
        assertThat(WebhookSignature.valid(body, null, "s3cret")).isFalse();
        assertThat(WebhookSignature.valid(body, expected.replace("sha256=", "sha1="), "s3cret")).isFalse();
        assertThat(WebhookSignature.valid(body, "sha256=zz", "s3cret")).isFalse();
        assertThat(WebhookSignature.valid(body, expected, "")).isFalse();
    }
}
