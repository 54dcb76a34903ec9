package vn.lantoa.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/** Changing a password, and resetting a forgotten one through a single-use emailed link. */
@Service
@Transactional
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final SecuritySettings settings;
    private final AccountAudit audit;
    private final ApiTokens tokens;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    Passwords(AccountRepository accounts, PasswordEncoder encoder, JdbcClient jdbc, JavaMailSender mail,
              MessageSource messages, SecuritySettings settings, AccountAudit audit, ApiTokens tokens, Clock clock,
              @Value("${lantoa.base-url}") String baseUrl, @Value("${lantoa.mail.from}") String from) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    public void change(long accountId, String currentPassword, String newPassword, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFound("account.error.notFound"));
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInput("currentPassword", "password.error.current");
        }
        setNew(account, newPassword, confirmation);
        audit.record("PASSWORD_CHANGED", account, null);
    }

    /**
     * Sends a reset link when the username or email is known. The caller learns nothing either way,
     * so the form cannot be used to find out who has an account.
     */
    public void requestReset(String usernameOrEmail, Locale locale) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 200) {
            return;
        }
        String key = usernameOrEmail.trim();
        var matches = key.contains("@") ? accounts.findByEmail(key) : accounts.findByUsername(key).stream().toList();
        matches.stream()
                .filter(a -> a.isEnabled() && a.getEmail() != null)
                .forEach(a -> sendResetLink(a, locale));
    }

    public void reset(String rawToken, String newPassword, String confirmation) {
        Account account = accountForResetToken(rawToken)
                .orElseThrow(() -> new InvalidInput("token", "password.error.resetLink"));
        setNew(account, newPassword, confirmation);
        jdbc.sql("update password_reset set used_at = now() where account_id = ? and used_at is null")
                .param(account.getId()).update();
        tokens.revokeAll(account.getId());
        audit.record("PASSWORD_RESET", account, null, account.getUsername());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Account> accountForResetToken(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select account_id from password_reset where token_hash = ? and used_at is null and expires_at > now()")
                .param(ApiTokens.hash(rawToken))
                .query(Long.class).optional()
                .flatMap(accounts::findById);
    }

    String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    private void setNew(Account account, String newPassword, String confirmation) {
        PasswordPolicy.check("newPassword", account.getUsername(), newPassword);
        if (!newPassword.equals(confirmation)) {
            throw new InvalidInput("confirmation", "password.error.mismatch");
        }
        account.changePasswordHash(encoder.encode(newPassword));
        accounts.flush();
    }

    private void sendResetLink(Account account, Locale locale) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)")
                .param(ApiTokens.hash(token))
                .param(account.getId())
                .param(java.sql.Timestamp.from(Instant.now(clock).plus(settings.passwordResetLifetime())))
                .update();
        String link = baseUrl + "/password/reset?token=" + token;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.getEmail());
        message.setSubject(messages.getMessage("mail.reset.subject", null, locale));
        message.setText(messages.getMessage("mail.reset.body",
                new Object[] {account.getFullName(), account.getUsername(), link, settings.passwordResetLifetime().toMinutes()},
                locale));
        try {
            mail.send(message);
            audit.record("PASSWORD_RESET_REQUESTED", account, null, "anonymous");
        } catch (MailException e) {
            log.error("Could not send the password reset email to account {}", account.getUsername(), e);
        }
    }
}
