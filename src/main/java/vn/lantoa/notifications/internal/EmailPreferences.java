package vn.lantoa.notifications.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each person's choice of email; no row means every notice by email. */
@Component
class EmailPreferences {

    private final JdbcClient jdbc;

    EmailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EmailMode of(long accountId) {
        return jdbc.sql("select email_mode from notice_preference where account_id = :account").param("account", accountId)
                .query(String.class).optional().map(EmailMode::valueOf).orElse(EmailMode.EVERY);
    }

    Map<Long, EmailMode> of(Collection<Long> accountIds) {
        Map<Long, EmailMode> modes = new HashMap<>();
        accountIds.forEach(id -> modes.put(id, EmailMode.EVERY));
        if (!accountIds.isEmpty()) {
            jdbc.sql("select account_id, email_mode from notice_preference where account_id in (:ids)").param("ids", accountIds)
                    .query((rs, row) -> Map.entry(rs.getLong(1), EmailMode.valueOf(rs.getString(2))))
                    .list().forEach(e -> modes.put(e.getKey(), e.getValue()));
        }
        return modes;
    }

    void choose(long accountId, EmailMode mode) {
        jdbc.sql("""
                insert into notice_preference (account_id, email_mode, updated_at) values (:account, :mode, now())
                on conflict (account_id) do update set email_mode = excluded.email_mode, updated_at = excluded.updated_at
                """).param("account", accountId).param("mode", mode.name()).update();
    }
}
