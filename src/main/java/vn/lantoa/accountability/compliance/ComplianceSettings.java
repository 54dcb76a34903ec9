package vn.lantoa.accountability.compliance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per union: how many days before a period ends a unit short of its quota counts as at risk and is reminded. */
@Component
public class ComplianceSettings {

    public static final int DEFAULT_REMINDER_DAYS = 5;

    private final JdbcClient jdbc;

    ComplianceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int riskDays(long ownerUnitId) {
        return jdbc.sql("select reminder_days from accountability_setting where owner_unit_id = :owner")
                .param("owner", ownerUnitId).query(Integer.class).optional().orElse(DEFAULT_REMINDER_DAYS);
    }

    public void setRiskDays(long ownerUnitId, int days) {
        jdbc.sql("""
                insert into accountability_setting (owner_unit_id, reminder_days) values (:owner, :days)
                on conflict (owner_unit_id) do update set reminder_days = excluded.reminder_days, updated_at = now()""")
                .param("owner", ownerUnitId).param("days", days).update();
    }
}
