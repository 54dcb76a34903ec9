package vn.lantoa.channels.connect;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.TestTree;

/**
 * A test subtree of its own for the connectors' tests: a province with one commune under the root,
 * accounts holding roles on them, and channels inserted as the registry stores them (V20).
 */
final class ChannelFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTree tree;
    final String tag;
    final UnitRef province;
    final UnitRef commune;

    ChannelFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TestTree(jdbc);
        this.tag = "CX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = tree.root();
        this.province = tree.insert(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        this.commune = tree.insert(province, tag + "-1", "Hội LHPN xã " + tag, UnitLevel.COMMUNE);
    }

    UnitRef unit(long id) {
        return tree.unit(id);
    }

    /** A new account holding the role on the unit; returns its username (password: the demo one). */
    String account(String role, UnitRef unit) {
        return tree.account("cx", role, unit);
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
