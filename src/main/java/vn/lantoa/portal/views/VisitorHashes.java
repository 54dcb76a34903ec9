package vn.lantoa.portal.views;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reader of one day, without knowing who they are.
 *
 * <p>Privacy: a visitor is HMAC-SHA256(IP address + browser agent) keyed with a random secret of the
 * day, cut to 16 bytes. Nothing is stored in the reader's browser (no cookie, no local storage, so no
 * consent banner and nothing to clear), and the IP address is never written anywhere. The secret is
 * random, not derived from a key we hold, so a hash cannot be recomputed from a list of addresses;
 * it is kept in the database (so that all instances of the application agree on the day's visitors)
 * and deleted with the day's hashes after two days, after which they cannot be linked to anyone or to
 * each other across days. The price: readers behind one address with the same browser (a shared office
 * connection, carrier NAT) count once a story a day, and a reader who changes network counts again.
 */
@Component
class VisitorHashes {

    static final int LENGTH = 16;

    private record DaySalt(LocalDate day, byte[] salt) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile DaySalt current;

    VisitorHashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] visitor(LocalDate day, String address, String agent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt(day), "HmacSHA256"));
            mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(agent.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The day's secret: read once a day per instance, created by whichever instance needs it first. */
    private byte[] salt(LocalDate day) {
        DaySalt known = current;
        if (known != null && known.day().equals(day)) {
            return known.salt();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("insert into portal_view_salt (day, salt) values (:day, :salt) on conflict (day) do nothing")
                .param("day", day).param("salt", fresh).update();
        byte[] salt = jdbc.sql("select salt from portal_view_salt where day = :day").param("day", day).query(byte[].class).single();
        current = new DaySalt(day, salt);
        return salt;
    }
}
