package vn.lantoa.portal.comments;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limit of comments per sender: a few within a short window, a few more within a day. Kept in
 * PostgreSQL, so it holds across nodes and restarts; each sender's check-and-count runs under a lock
 * of its own, so that a burst of simultaneous posts cannot slip past it together.
 */
@Component
class CommentThrottle {

    /** Which limit refused a post. */
    enum Limit { BURST, DAILY }

    private final JdbcClient jdbc;
    private final CommentSettings settings;

    CommentThrottle(JdbcClient jdbc, CommentSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Counts the post and lets it through, or refuses it (without counting it) when a limit is reached. */
    @Transactional
    public Optional<Limit> admit(List<String> senderHashes) {
        String current = senderHashes.get(0);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portal_comment_post'), hashtext(:hash))").param("hash", current)
                .query((rs, n) -> 1).list();
        if (posted(senderHashes, settings.burstWindow()) >= settings.burstLimit()) {
            return Optional.of(Limit.BURST);
        }
        if (posted(senderHashes, Duration.ofDays(1)) >= settings.dailyLimit()) {
            return Optional.of(Limit.DAILY);
        }
        jdbc.sql("insert into portal_comment_post (ip_hash) values (:hash)").param("hash", current).update();
        return Optional.empty();
    }

    /** The database's clock, the same for every node. */
    private long posted(List<String> hashes, Duration within) {
        return jdbc.sql("""
                select count(*) from portal_comment_post
                where ip_hash in (:hashes) and posted_at > now() - make_interval(secs => :seconds)""")
                .param("hashes", hashes).param("seconds", within.toSeconds()).query(Long.class).single();
    }
}
