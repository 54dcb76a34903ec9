package vn.lantoa.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Units and accounts inserted straight into the tables, for fixtures that need a subtree of their own:
 * a unit under a parent (path and depth as the org module writes them), a unit read back, the root, and
 * an account holding one role on one unit that logs in with the demo password.
 */
public final class TestTree {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public TestTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UnitRef root() {
        return unit(jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class).single());
    }

    public UnitRef insert(UnitRef parent, String code, String name, UnitLevel level) {
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values (:code, :name, lower(:code), :level, :parent, '', 0) returning id""")
                .param("code", code).param("name", name).param("level", level.name()).param("parent", parent.id())
                .query(Long.class).single();
        jdbc.sql("update unit set path = :path, depth = :depth where id = :id")
                .param("path", parent.path() + id + "/").param("depth", parent.ancestorIds().size()).param("id", id).update();
        return unit(id);
    }

    public UnitRef unit(long id) {
        return jdbc.sql("select id, code, name, level, path, active from unit where id = :id").param("id", id)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .single();
    }

    /** A new account (username starting with the prefix) holding the role on the unit; returns its username. */
    public String account(String prefix, String role, UnitRef unit) {
        String username = prefix + (System.nanoTime() % 1_000_000L) + "." + SEQUENCE.incrementAndGet();
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
