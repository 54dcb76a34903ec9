package vn.lantoa.portal.comments;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.calendar.WorkingCalendar;

/**
 * Turns a sender's address into what is stored instead of it: SHA-256 of the day's random salt and the
 * address. Salts live in PostgreSQL, so every node computes the same hash, and are deleted two days
 * later (see V12): after that no one can learn an address from a stored hash.
 */
@Component
class SenderHashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();

    SenderHashes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today's hash of the address: the one stored. */
    String hash(String address) {
        return hash(saltOf(today()), address);
    }

    /** Today's hash and, while its salt exists, yesterday's: a rolling 24-hour window spans midnight. */
    List<String> recentHashes(String address) {
        List<String> hashes = new ArrayList<>();
        hashes.add(hash(address));
        existingSalt(today().minusDays(1)).ifPresent(salt -> hashes.add(hash(salt, address)));
        return hashes;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private byte[] saltOf(LocalDate day) {
        return salts.computeIfAbsent(day, d -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into portal_comment_salt (day, salt) values (:day, :salt) on conflict (day) do nothing")
                    .param("day", d).param("salt", fresh).update();
            return existingSalt(d).orElseThrow();
        });
    }

    private Optional<byte[]> existingSalt(LocalDate day) {
        byte[] known = salts.get(day);
        if (known != null) {
            return Optional.of(known);
        }
        return jdbc.sql("select salt from portal_comment_salt where day = :day").param("day", day).query(byte[].class).optional();
    }

    /** Deletes salts older than yesterday, and the rate-limit rows older than a day. */
    void forgetOld() {
        LocalDate yesterday = today().minusDays(1);
        jdbc.sql("delete from portal_comment_salt where day < :day").param("day", yesterday).update();
        salts.keySet().removeIf(day -> day.isBefore(yesterday));
        jdbc.sql("delete from portal_comment_post where posted_at < now() - interval '25 hours'").update();
    }

    private static String hash(byte[] salt, String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    static RecurringTask<Void> forgetCommentAddresses(SenderHashes hashes) {
        return Tasks.recurring("forget-comment-addresses", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> hashes.forgetOld());
    }
}
