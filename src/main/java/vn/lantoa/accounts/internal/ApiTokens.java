package vn.lantoa.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/**
 * Bearer tokens for the API. The raw token is shown once; only its SHA-256 is kept, so a leaked
 * database does not leak working tokens. Every token can be revoked.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "lt_";
    private static final int MAX_PERSONAL_TOKENS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountAudit audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Issued(long id, String token, Instant expiresAt) {
    }

    public record TokenView(long id, String kind, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, Instant revokedAt) {

        public boolean isActive(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public Issued issueSession(long accountId, Duration lifetime) {
        return issue(accountId, "SESSION", null, Instant.now(clock).plus(lifetime));
    }

    public Issued issuePersonal(long accountId, String name, Integer daysValid) {
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInput("name", "token.error.name");
        }
        if (daysValid != null && (daysValid < 1 || daysValid > 366)) {
            throw new InvalidInput("daysValid", "token.error.days");
        }
        long active = jdbc.sql("select count(*) from api_token where account_id = ? and kind = 'PERSONAL' and revoked_at is null")
                .param(accountId).query(Long.class).single();
        if (active >= MAX_PERSONAL_TOKENS) {
            throw new InvalidInput("name", "token.error.tooMany", MAX_PERSONAL_TOKENS);
        }
        Instant expiresAt = daysValid == null ? null : Instant.now(clock).plus(Duration.ofDays(daysValid));
        Issued issued = issue(accountId, "PERSONAL", cleanName, expiresAt);
        audit.record("TOKEN_CREATED", accountId, cleanName);
        return issued;
    }

    /** The account a presented token belongs to, if the token is known, unexpired and not revoked. */
    public Optional<Long> accountOf(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update api_token set last_used_at = now()
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())
                returning account_id
                """)
                .param("hash", hash(rawToken))
                .query(Long.class).optional();
    }

    public boolean revokeRaw(String rawToken) {
        return jdbc.sql("update api_token set revoked_at = now() where token_hash = ? and revoked_at is null")
                .param(hash(rawToken)).update() > 0;
    }

    public void revoke(long accountId, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = now() where id = ? and account_id = ? and revoked_at is null")
                .param(tokenId).param(accountId).update();
        if (changed == 0) {
            throw new NotFound("token.error.notFound");
        }
        audit.record("TOKEN_REVOKED", accountId, String.valueOf(tokenId));
    }

    public void revokeAll(long accountId) {
        jdbc.sql("update api_token set revoked_at = now() where account_id = ? and revoked_at is null").param(accountId).update();
    }

    @Transactional(readOnly = true)
    public List<TokenView> personalTokens(long accountId) {
        return jdbc.sql("""
                select id, kind, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token
                where account_id = ? and kind = 'PERSONAL' order by revoked_at nulls first, created_at desc limit 50
                """)
                .param(accountId).query(TokenView.class).list();
    }

    private Issued issue(long accountId, String kind, String name, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                insert into api_token (account_id, kind, name, token_hash, prefix, expires_at)
                values (:account, :kind, :name, :hash, :prefix, :expires) returning id
                """)
                .param("account", accountId)
                .param("kind", kind)
                .param("name", name)
                .param("hash", hash(token))
                .param("prefix", token.substring(0, 8))
                .param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .query(Long.class).single();
        return new Issued(id, token, expiresAt);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
