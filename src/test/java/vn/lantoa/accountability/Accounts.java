package vn.lantoa.accountability;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitRef;

/**
 * Accounts of the tests' own units (the fixture provinces have none): written straight into the
 * accounts tables with an address at lantoa.local, holding one role on one unit. They can log in
 * with the demo password, whose hash is taken from a demo account.
 */
public final class Accounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new account holding the role on the unit; returns its username. */
    public String holding(String role, UnitRef unit) {
        String username = "fx" + (System.nanoTime() % 1_000_000L) + "." + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into account (username, full_name, email, password_hash, home_unit_id)
                values (:u, :name, :u || '@lantoa.local', (select password_hash from account where username = 'canbo.hacthanh'), :unit)
                returning id""")
                .param("u", username).param("name", "Cán bộ " + username).param("unit", unit.id()).query(Long.class).single();
        jdbc.sql("insert into role_grant (account_id, role, unit_id) values (:a, :role, :unit)")
                .param("a", id).param("role", role).param("unit", unit.id()).update();
        return username;
    }
}
