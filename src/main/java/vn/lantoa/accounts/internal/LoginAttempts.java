package vn.lantoa.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after too many wrong passwords, and remembers good logins. */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final AccountAudit audit;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, SecuritySettings settings, AccountAudit audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public void failed(String username) {
        accounts.findByUsername(username.trim()).ifPresent(account -> {
            if (account.recordFailedLogin(settings.maxFailedLogins(), settings.lockout(), Instant.now(clock))) {
                log.warn("Account {} locked until {} after repeated failed logins", account.getUsername(), account.getLockedUntil());
                audit.record("ACCOUNT_LOCKED", account, String.valueOf(account.getLockedUntil()), account.getUsername());
            }
        });
    }

    public void succeeded(String username) {
        accounts.findByUsername(username.trim()).ifPresent(account -> account.recordLogin(Instant.now(clock)));
    }
}
