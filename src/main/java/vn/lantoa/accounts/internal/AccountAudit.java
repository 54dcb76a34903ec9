package vn.lantoa.accounts.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** Audits what happens to an account, placed at the account's unit so the admins above see it. */
@Component
class AccountAudit {

    private final AuditLog audit;
    private final OrgDirectory org;
    private final AccountRepository accounts;

    AccountAudit(AuditLog audit, OrgDirectory org, AccountRepository accounts) {
        this.audit = audit;
        this.org = org;
        this.accounts = accounts;
    }

    void record(String action, long accountId, String details) {
        accounts.findById(accountId).ifPresent(account -> record(action, account, details));
    }

    void record(String action, Account account, String details) {
        record(action, account, details, null);
    }

    /** With {@code systemActor} naming who acted when nobody is logged in (a reset link, a lockout). */
    void record(String action, Account account, String details, String systemActor) {
        String path = org.unit(account.getHomeUnitId()).map(UnitRef::path).orElse(null);
        AuditEntry entry = AuditEntry.of(action, "ACCOUNT", account.getId(),
                account.getUsername() + " · " + account.getFullName(), path, details);
        audit.record(systemActor == null ? entry : entry.bySystem(systemActor));
    }
}
