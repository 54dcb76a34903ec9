package vn.lantoa.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.UnitUsage;

/** A unit that is some account's home or carries a role has history: it may be deactivated, not deleted. */
@Component
class AccountUnitUsage implements UnitUsage {

    private final JdbcClient jdbc;

    AccountUnitUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isUsed(long unitId) {
        return jdbc.sql("""
                select exists (select 1 from account where home_unit_id = :unit)
                    or exists (select 1 from role_grant where unit_id = :unit)
                """).param("unit", unitId).query(Boolean.class).single();
    }
}
