package vn.lantoa.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.common.security.Role;

@Component
class Accounts implements AccountDirectory {

    private static final String COLUMNS = "a.id, a.username, a.full_name, a.email, a.enabled";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountRef> account(long id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.id = :id").param("id", id)
                .query(AccountRef.class).optional();
    }

    @Override
    public Map<Long, AccountRef> accounts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from account a where a.id in (:ids)").param("ids", ids)
                .query(AccountRef.class).list().stream().collect(Collectors.toMap(AccountRef::id, Function.identity()));
    }

    @Override
    public List<AccountRef> holdersOver(String unitPath, Set<Role> roles) {
        return jdbc.sql("""
                select distinct %s from account a
                join role_grant g on g.account_id = a.id
                join unit u on u.id = g.unit_id
                where a.enabled and g.role in (:roles) and :path like u.path || '%%'
                order by a.id
                """.formatted(COLUMNS))
                .param("roles", names(roles)).param("path", unitPath)
                .query(AccountRef.class).list();
    }

    @Override
    public List<AccountRef> holdersOn(long unitId, Set<Role> roles) {
        return jdbc.sql("""
                select distinct %s from account a join role_grant g on g.account_id = a.id
                where a.enabled and g.role in (:roles) and g.unit_id = :unit
                order by a.id
                """.formatted(COLUMNS))
                .param("roles", names(roles)).param("unit", unitId)
                .query(AccountRef.class).list();
    }

    @Override
    public List<AccountRef> membersOfDepartment(long departmentId, Set<Role> roles) {
        return jdbc.sql("""
                select distinct %s from account a
                join role_grant g on g.account_id = a.id
                where a.enabled and g.role in (:roles) and g.department_id = :department
                order by a.id
                """.formatted(COLUMNS))
                .param("roles", names(roles)).param("department", departmentId)
                .query(AccountRef.class).list();
    }

    @Override
    public List<AccountRef> departmentHoldersOver(long departmentId, String unitPath, Set<Role> roles) {
        return jdbc.sql("""
                select distinct %s from account a
                join role_grant g on g.account_id = a.id
                join unit u on u.id = g.unit_id
                where a.enabled and g.role in (:roles) and g.department_id = :department and :path like u.path || '%%'
                order by a.id
                """.formatted(COLUMNS))
                .param("roles", names(roles)).param("department", departmentId).param("path", unitPath)
                .query(AccountRef.class).list();
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }
}
