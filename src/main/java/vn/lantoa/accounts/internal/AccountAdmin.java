package vn.lantoa.accounts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.DepartmentRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Account management by admins. An admin manages an account only when the account's unit and every
 * role it holds lie inside the admin's subtree, and grants roles only inside that subtree.
 */
@Service
@Transactional
public class AccountAdmin {

    private final AccountRepository accounts;
    private final OrgDirectory org;
    private final PasswordEncoder encoder;
    private final Passwords passwords;
    private final AccountAudit audit;
    private final JdbcClient jdbc;

    AccountAdmin(AccountRepository accounts, OrgDirectory org, PasswordEncoder encoder, Passwords passwords,
                 AccountAudit audit, JdbcClient jdbc) {
        this.accounts = accounts;
        this.org = org;
        this.encoder = encoder;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public record AccountRow(long id, String username, String fullName, String email, boolean enabled,
                             boolean locked, String unitName, String roles) {
    }

    public record GrantView(long id, Role role, long unitId, String unitName, Long departmentId, String departmentName) {
    }

    /** Accounts whose unit lies in the admin's subtrees, optionally under one unit, matching a text. */
    @Transactional(readOnly = true)
    public List<AccountRow> list(Actor actor, String query, Long underUnitId, int limit) {
        List<String> roots = actor.rootsFor(Role.ADMIN).stream().map(Grant::unitPath).toList();
        if (roots.isEmpty()) {
            throw new Forbidden("account.error.forbidden");
        }
        SubtreeClause scope = SubtreeClause.of("u.path", roots);
        StringBuilder where = new StringBuilder(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (underUnitId != null) {
            UnitRef under = visibleUnit(actor, underUnitId);
            where.append(" and u.path like :under || '%'");
            params.put("under", under.path());
        }
        String folded = VietnameseText.fold(query);
        if (!folded.isEmpty()) {
            where.append(" and a.search_text like :q");
            params.put("q", "%" + folded.replace("%", "").replace("_", "") + "%");
        }
        params.put("limit", limit);
        return jdbc.sql("""
                select a.id, a.username, a.full_name, a.email, a.enabled,
                       coalesce(a.locked_until > now(), false) as locked, u.name as unit_name,
                       (select string_agg(distinct g.role, ', ') from role_grant g where g.account_id = a.id) as roles
                from account a join unit u on u.id = a.home_unit_id
                where %s
                order by a.full_name, a.username
                limit :limit
                """.formatted(where))
                .params(params)
                .query(AccountRow.class).list();
    }

    /** Only someone who administers some subtree may open the account pages at all. */
    public void requireAdmin(Actor actor) {
        if (actor.rootsFor(Role.ADMIN).isEmpty()) {
            throw new Forbidden("account.error.forbidden");
        }
    }

    @Transactional(readOnly = true)
    public Account get(Actor actor, long id) {
        Account account = load(id);
        requireManaged(actor, account);
        return account;
    }

    @Transactional(readOnly = true)
    public List<GrantView> grantsOf(Account account) {
        Map<Long, UnitRef> units = new HashMap<>();
        org.units(account.getGrants().stream().map(RoleGrant::getUnitId).toList()).forEach(u -> units.put(u.id(), u));
        return account.getGrants().stream()
                .map(g -> new GrantView(g.getId(), g.getRole(), g.getUnitId(),
                        units.containsKey(g.getUnitId()) ? units.get(g.getUnitId()).name() : "?",
                        g.getDepartmentId(),
                        g.getDepartmentId() == null ? null : org.department(g.getDepartmentId()).map(DepartmentRef::name).orElse("?")))
                .toList();
    }

    public Account create(Actor actor, AccountForm form, Locale locale) {
        UnitRef home = managedUnit(actor, form.getHomeUnitId());
        if (accounts.findByUsername(form.getUsername()).isPresent()) {
            throw new Conflict("username", "account.error.duplicateUsername", form.getUsername().trim());
        }
        boolean hasPassword = form.getPassword() != null && !form.getPassword().isBlank();
        if (!hasPassword && (form.getEmail() == null || form.getEmail().isBlank())) {
            throw new InvalidInput("password", "account.error.passwordOrEmail");
        }
        String initial = hasPassword ? form.getPassword() : randomUnusablePassword();
        if (hasPassword) {
            PasswordPolicy.check("password", form.getUsername(), initial);
        }
        Account account = accounts.saveAndFlush(new Account(form.getUsername(), form.getFullName(), form.getEmail(),
                form.getPhone(), home.id(), encoder.encode(initial)));
        record("ACCOUNT_CREATED", account, home, null);
        if (!hasPassword) {
            passwords.requestReset(account.getUsername(), locale);
        }
        return account;
    }

    public Account update(Actor actor, long id, AccountForm form) {
        Account account = get(actor, id);
        UnitRef home = managedUnit(actor, form.getHomeUnitId());
        account.updateProfile(form.getFullName(), form.getEmail(), form.getPhone(), home.id());
        accounts.flush();
        record("ACCOUNT_UPDATED", account, home, null);
        return account;
    }

    public Account setEnabled(Actor actor, long id, boolean enabled) {
        Account account = get(actor, id);
        if (!enabled && account.getId() == actor.accountId()) {
            throw new InvalidInput("enabled", "account.error.disableSelf");
        }
        account.setEnabled(enabled);
        accounts.flush();
        record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account, homeOf(account), null);
        return account;
    }

    public Account unlock(Actor actor, long id) {
        Account account = get(actor, id);
        account.unlock();
        accounts.flush();
        record("ACCOUNT_UNLOCKED", account, homeOf(account), null);
        return account;
    }

    public void sendPasswordReset(Actor actor, long id, Locale locale) {
        Account account = get(actor, id);
        if (account.getEmail() == null) {
            throw new InvalidInput("email", "account.error.noEmail");
        }
        passwords.requestReset(account.getUsername(), locale);
    }

    public RoleGrant grant(Actor actor, long accountId, GrantForm form) {
        Account account = get(actor, accountId);
        UnitRef unit = managedUnit(actor, form.getUnitId());
        if (form.getRole().needsDepartment()) {
            DepartmentRef department = form.getDepartmentId() == null ? null : org.department(form.getDepartmentId())
                    .filter(d -> d.unitId() == unit.id()).orElse(null);
            if (department == null) {
                throw new InvalidInput("departmentId", "account.error.departmentRequired");
            }
        }
        RoleGrant grant = account.grant(form.getRole(), unit.id(), form.getDepartmentId(), actor.accountId());
        accounts.flush();
        record("ROLE_GRANTED", account, unit, form.getRole() + " @ " + unit.name());
        return grant;
    }

    public void revoke(Actor actor, long accountId, long grantId) {
        Account account = get(actor, accountId);
        RoleGrant grant = account.getGrants().stream().filter(g -> g.getId() == grantId).findFirst()
                .orElseThrow(() -> new NotFound("account.error.grantNotFound"));
        UnitRef unit = managedUnit(actor, grant.getUnitId());
        if (account.getId() == actor.accountId() && grant.getRole() == Role.ADMIN
                && account.getGrants().stream().filter(g -> g.getRole() == Role.ADMIN).count() == 1) {
            throw new InvalidInput("role", "account.error.lastOwnAdmin");
        }
        account.revoke(grant);
        accounts.flush();
        record("ROLE_REVOKED", account, unit, grant.getRole() + " @ " + unit.name());
    }

    /** The units an admin may place accounts and roles on: their own subtrees. */
    private UnitRef managedUnit(Actor actor, Long unitId) {
        UnitRef unit = visibleUnit(actor, unitId);
        if (!actor.may(unit.path(), Role.ADMIN)) {
            throw new Forbidden("account.error.unitOutOfScope");
        }
        return unit;
    }

    private UnitRef visibleUnit(Actor actor, Long unitId) {
        if (unitId == null) {
            throw new InvalidInput("homeUnitId", "validation.required");
        }
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path()))
                .orElseThrow(() -> new NotFound("unit.error.notFound"));
        if (!unit.active()) {
            throw new InvalidInput("homeUnitId", "unit.error.inactive");
        }
        return unit;
    }

    private void requireManaged(Actor actor, Account account) {
        UnitRef home = homeOf(account);
        if (home == null || !actor.may(home.path(), Role.ADMIN)) {
            throw new NotFound("account.error.notFound");
        }
        boolean allGrantsInScope = org.units(account.getGrants().stream().map(RoleGrant::getUnitId).toList()).stream()
                .allMatch(u -> actor.may(u.path(), Role.ADMIN));
        if (!allGrantsInScope) {
            throw new Forbidden("account.error.grantsOutOfScope");
        }
    }

    private UnitRef homeOf(Account account) {
        return org.unit(account.getHomeUnitId()).orElse(null);
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account.error.notFound"));
    }

    private void record(String action, Account account, UnitRef unit, String details) {
        audit.record(action, account, details);
    }

    private static String randomUnusablePassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes) + "a1";
    }
}
