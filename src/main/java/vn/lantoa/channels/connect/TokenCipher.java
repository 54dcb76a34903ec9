package vn.lantoa.channels.connect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the platform tokens: AES-256-GCM with a random 12-byte nonce per value, the key id
 * bound into the tag (associated data) and written in front of the value ({@code keyId:base64(nonce|ciphertext|tag)}),
 * so that keys can rotate: new values are sealed with the current key, old ones opened with the key they name.
 * A value changed by one bit, or claimed by another key id, is refused.
 */
public final class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /** {@code keys}: key id → 32 raw bytes; the current one seals, every one opens. */
    public TokenCipher(String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("No key " + currentKeyId);
        }
        keys.forEach((id, raw) -> {
            if (raw.length != 32) {
                throw new IllegalArgumentException("A token key must be 32 bytes (AES-256), key " + id + " has " + raw.length);
            }
            if (id.isEmpty() || id.contains(":")) {
                throw new IllegalArgumentException("A key id must be non-empty and without ':'");
            }
            this.keys.put(id, new SecretKeySpec(raw.clone(), "AES"));
        });
        this.currentKeyId = currentKeyId;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The token; {@link Refused} when the value was altered, names an unknown key or is not a sealed value. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon <= 0) {
            throw new Refused("not a sealed value");
        }
        String keyId = sealed.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new Refused("unknown key id " + keyId);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new Refused("not base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new Refused("too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Refused("the value was altered or sealed with another key");
        } catch (GeneralSecurityException e) {
            throw new Refused("cannot open: " + e.getClass().getSimpleName());
        }
    }

    /** What a page may show of a token: its last four characters. */
    public static String hint(String token) {
        if (token == null || token.length() < 8) {
            return "…";
        }
        return "…" + token.substring(token.length() - 4);
    }

    /** A sealed value that cannot be opened. The message never holds the value. */
    public static final class Refused extends RuntimeException {
        public Refused(String why) {
            super("Token refused: " + why);
        }
    }
}
