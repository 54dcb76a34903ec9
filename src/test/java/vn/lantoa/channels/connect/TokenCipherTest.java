package vn.lantoa.channels.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static final String TOKEN = "EAAGm0PX4ZCpsBAKZBsecretPageTokenZDZD1234";

    @Test
    void sealsAndOpensWithARandomNonceEachTime() {
        TokenCipher cipher = new TokenCipher("k1", Map.of("k1", key()));
        String a = cipher.seal(TOKEN);
        String b = cipher.seal(TOKEN);
        assertThat(a).startsWith("k1:").isNotEqualTo(b);
        assertThat(cipher.open(a)).isEqualTo(TOKEN);
        assertThat(cipher.open(b)).isEqualTo(TOKEN);
        byte[] raw = Base64.getDecoder().decode(a.substring(3));
        assertThat(raw.length).isEqualTo(12 + TOKEN.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void theStoredValueHoldsNoPlaintext() {
        TokenCipher cipher = new TokenCipher("k1", Map.of("k1", key()));
        String sealed = cipher.seal(TOKEN);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        String asText = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(sealed).doesNotContain("secret").doesNotContain(TOKEN.substring(TOKEN.length() - 8));
        assertThat(asText).doesNotContain("secret").doesNotContain("EAAG");
    }

    @Test
    void aTamperedValueIsRefused() {
        TokenCipher cipher = new TokenCipher("k1", Map.of("k1", key()));
        String sealed = cipher.seal(TOKEN);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        for (int i : new int[] {0, 13, raw.length - 1}) {
            byte[] copy = raw.clone();
            copy[i] ^= 0x01;
            String tampered = "k1:" + Base64.getEncoder().encodeToString(copy);
            assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(TokenCipher.Refused.class)
                    .hasMessageNotContaining(TOKEN);
        }
        assertThatThrownBy(() -> cipher.open("k1:AAAA")).isInstanceOf(TokenCipher.Refused.class);
        assertThatThrownBy(() -> cipher.open("garbage")).isInstanceOf(TokenCipher.Refused.class);
    }

    @Test
    void aValueClaimedByAnotherKeyIdIsRefused() {
        byte[] k1 = key();
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", k1);
        keys.put("k2", k1.clone());
        TokenCipher cipher = new TokenCipher("k1", keys);
        String sealed = cipher.seal(TOKEN);
        // same key bytes, other id: the id is bound into the tag
        assertThatThrownBy(() -> cipher.open("k2" + sealed.substring(2))).isInstanceOf(TokenCipher.Refused.class);
        assertThatThrownBy(() -> cipher.open("k9" + sealed.substring(2))).isInstanceOf(TokenCipher.Refused.class)
                .hasMessageContaining("unknown key id");
        TokenCipher otherKey = new TokenCipher("k1", Map.of("k1", key()));
        assertThatThrownBy(() -> otherKey.open(sealed)).isInstanceOf(TokenCipher.Refused.class);
    }

    @Test
    void keysRotate() {
        byte[] old = key();
        TokenCipher before = new TokenCipher("old", Map.of("old", old));
        String sealedBefore = before.seal(TOKEN);
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("new", key());
        keys.put("old", old);
        TokenCipher after = new TokenCipher("new", keys);
        assertThat(after.open(sealedBefore)).isEqualTo(TOKEN);
        assertThat(after.seal(TOKEN)).startsWith("new:");
    }

    @Test
    void onlyTheLastFourCharactersAreShown() {
        assertThat(TokenCipher.hint(TOKEN)).isEqualTo("…1234");
        assertThat(TokenCipher.hint("abc")).isEqualTo("…");
    }

    @Test
    void aKeyMustBe256Bits() {
        assertThatThrownBy(() -> new TokenCipher("k1", Map.of("k1", new byte[16]))).isInstanceOf(IllegalArgumentException.class);
    }
}
