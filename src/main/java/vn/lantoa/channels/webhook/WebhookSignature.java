package vn.lantoa.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The X-Hub-Signature-256 check: "sha256=" and the hex HMAC-SHA256 of the raw body, keyed with the app
 * secret, compared in constant time. No secret, no header, another scheme or a body changed by one byte:
 * refused. No Spring here.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static boolean valid(byte[] body, String header, String appSecret) {
        if (appSecret == null || appSecret.isBlank() || header == null || !header.startsWith(PREFIX) || body == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body, appSecret), given);
    }

    /** The header's value for a body, as Meta computes it. */
    public static String sign(byte[] body, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(hmac(body, appSecret));
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
