package vn.lantoa.channels.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals the platform tokens: lantoa.channels.token-key (env LANTOA_CHANNELS_TOKEN_KEY,
 * base64 of 32 bytes) in production; without it (development, demo, tests) a key generated once and
 * kept in {data-dir}/secrets/channel-token.key, readable by its owner only. Each key's id is a
 * fingerprint of it, so that a new key seals new values while the keys of lantoa.channels.old-token-keys
 * (comma-separated base64) and the local file still open the old ones. No key is ever logged.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeys {

    private static final Logger log = LoggerFactory.getLogger(TokenKeys.class);

    @Bean
    TokenCipher tokenCipher(@Value("${lantoa.channels.token-key:${LANTOA_CHANNELS_TOKEN_KEY:}}") String configured,
                            @Value("${lantoa.channels.old-token-keys:}") String old,
                            @Value("${lantoa.data-dir}") Path dataDir) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String current;
        Path file = dataDir.resolve("secrets").resolve("channel-token.key");
        if (configured != null && !configured.isBlank()) {
            byte[] key = decode(configured.trim(), "lantoa.channels.token-key");
            current = id(key);
            keys.put(current, key);
            if (Files.exists(file)) {
                byte[] local = readFile(file);
                keys.putIfAbsent(id(local), local);
            }
        } else {
            byte[] local = Files.exists(file) ? readFile(file) : createFile(file);
            current = id(local);
            keys.put(current, local);
        }
        if (old != null && !old.isBlank()) {
            for (String value : old.split(",")) {
                if (!value.isBlank()) {
                    byte[] key = decode(value.trim(), "lantoa.channels.old-token-keys");
                    keys.putIfAbsent(id(key), key);
                }
            }
        }
        return new TokenCipher(current, keys);
    }

    static String id(byte[] key) {
        try {
            return "k" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be the base64 of 32 bytes (AES-256), it has " + key.length);
        }
        return key;
    }

    private static byte[] readFile(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the channel token key " + file, e);
        }
    }

    private static byte[] createFile(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return readFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the channel token key " + file, e);
        }
        log.info("No lantoa.channels.token-key configured: generated a token key in {} (set LANTOA_CHANNELS_TOKEN_KEY in production)", file);
        return key;
    }
}
