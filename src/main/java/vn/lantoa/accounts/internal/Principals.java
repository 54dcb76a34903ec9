package vn.lantoa.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.security.Grant;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** Builds the principal of an account with its grants placed in the tree. */
@Component
@Transactional(readOnly = true)
public class Principals implements UserDetailsService {

    private final AccountRepository accounts;
    private final OrgDirectory org;

    Principals(AccountRepository accounts, OrgDirectory org) {
        this.accounts = accounts;
        this.org = org;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .map(this::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public java.util.Optional<AccountPrincipal> byId(long accountId) {
        return accounts.findById(accountId).map(this::principalOf);
    }

    public AccountPrincipal principalOf(Account account) {
        Map<Long, UnitRef> units = org.units(account.getGrants().stream().map(RoleGrant::getUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        List<Grant> grants = account.getGrants().stream()
                .filter(g -> units.containsKey(g.getUnitId()))
                .map(g -> {
                    UnitRef unit = units.get(g.getUnitId());
                    return new Grant(g.getId(), g.getRole(), unit.id(), unit.path(), unit.name(), g.getDepartmentId());
                })
                .toList();
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getFullName(),
                account.getPasswordHash(), account.isEnabled(), account.isLocked(Instant.now()), grants);
    }
}
