package vn.lantoa.channels.connect;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * A test subtree of its own for the connectors' tests: a province with one commune under the root,
 * accounts holding roles on them, and channels inserted as the registry stores them (V20).
 */
final class ChannelFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    final String tag;
    final UnitRef province;
    final UnitRef commune;

    ChannelFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tag = "CX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = unit(jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class).single());
        this.province = insertUnit(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        this.commune = insertUnit(province, tag + "-1", "Hội LHPN xã " + tag, UnitLevel.COMMUNE);
    }

    private UnitRef insertUnit(UnitRef parent, String code, String name, UnitLevel level) {
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values (:code, :name, lower(:code), :level, :parent, '', 0) returning id""")
                .param("code", code).param("name", name).param("level", level.name()).param("parent", parent.id())
                .query(Long.class).single();
        jdbc.sql("update unit set path = :path, depth = :depth where id = :id")
                .param("path", parent.path() + id + "/").param("depth", parent.ancestorIds().size()).param("id", id).update();
        return unit(id);
    }

    UnitRef unit(long id) {
        return jdbc.sql("select id, code, name, level, path, active from unit where id = :id").param("id", id)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .single();
    }

    /** A new account holding the role on the unit; returns its username (password: the demo one). */
    String account(String role, UnitRef unit) {
        String username = "cx" + (System.nanoTime() % 1_000_000L) + "." + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into account (username, full_name, email, password_hash, home_unit_id)
                values (:u, :name, :u || '@lantoa.local', (select password_hash from account where username = 'canbo.hacthanh'), :unit)
                returning id""")
                .param("u", username).param("name", "Cán bộ " + username).param("unit", unit.id()).query(Long.class).single();
        jdbc.sql("insert into role_grant (account_id, role, unit_id) values (:a, :role, :unit)")
                .param("a", id).param("role", role).param("unit", unit.id()).update();
        return username;
    }

    long channel(UnitRef unit, String kind, String name, String externalId) {
        String url = (kind.startsWith("ZALO") ? "https://zalo.me/" : "https://www.facebook.com/") + (externalId == null ? tag + SEQUENCE.incrementAndGet() : externalId);
        return jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id) values (:unit, :kind, :name, :url, :key, :ext)
                returning id""")
                .param("unit", unit.id()).param("kind", kind).param("name", name).param("url", url)
                .param("key", url.replace("https://", "").replace("www.", "") + "#" + SEQUENCE.incrementAndGet()).param("ext", externalId)
                .query(Long.class).single();
    }

    /** A platform id nobody else uses in this JVM. */
    String platformId() {
        return "9" + (System.nanoTime() % 1_000_000_000_000L) + SEQUENCE.incrementAndGet();
    }
}
