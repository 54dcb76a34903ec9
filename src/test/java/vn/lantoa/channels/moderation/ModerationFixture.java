package vn.lantoa.channels.moderation;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.TestTree;

/**
 * A test subtree of its own for moderation: a province with one commune under the root, accounts with
 * roles on them, fanpages connected to the fake Graph API with a Page token of chosen permissions.
 */
public final class ModerationFixture {

    public static final String[] ALL_PERMISSIONS = {"pages_show_list", "pages_read_engagement", "pages_read_user_content",
        "pages_manage_engagement", "read_insights"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTree tree;
    public final String tag;
    public final UnitRef province;
    public final UnitRef commune;

    public ModerationFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TestTree(jdbc);
        this.tag = "MX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = tree.root();
        this.province = tree.insert(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        this.commune = tree.insert(province, tag + "-1", "Hội LHPN xã " + tag, UnitLevel.COMMUNE);
    }

    UnitRef unit(long id) {
        return tree.unit(id);
    }

    /** A new account holding the role on the unit; returns its username (password: the demo one). */
    public String account(String role, UnitRef unit) {
        return tree.account("mx", role, unit);
    }

    public long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    /** A fanpage of the unit with this platform id, not connected. */
    public long page(UnitRef unit, String pageId) {
        String url = "https://www.facebook.com/" + pageId;
        return jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id) values (:unit, 'FACEBOOK_PAGE', :name, :url, :key, :ext)
                returning id""")
                .param("unit", unit.id()).param("name", "Fanpage " + tag + " " + pageId).param("url", url)
                .param("key", "facebook.com/" + pageId + "#" + SEQUENCE.incrementAndGet()).param("ext", pageId).query(Long.class).single();
    }

    /** A fanpage known to the fake Graph API and connected with a Page token holding these permissions. */
    public long connectedPage(UnitRef unit, String pageId, Connections connections, TokenCipher cipher, String... permissions) {
        long channel = page(unit, pageId);
        FakeGraphApi graph = FakeGraphApi.shared();
        graph.page(pageId, "Trang " + tag, 1000);
        String token = "EAAmod" + pageId;
        graph.pageToken(token, pageId, permissions);
        connections.connect(channel, Platform.FACEBOOK, pageId, "Trang " + tag, cipher.seal(token), null, TokenCipher.hint(token), null,
                null, String.join(",", permissions), null, Instant.now());
        return channel;
    }

    /** A platform id nobody else uses in this JVM. */
    public String platformId() {
        return "8" + (System.nanoTime() % 1_000_000_000_000L) + SEQUENCE.incrementAndGet();
    }

    /** A rule stored as the editor stores it. */
    public long rule(UnitRef unit, String name, String keywords, boolean link, String action, Long assignee, int position) {
        return jdbc.sql("""
                insert into channel_moderation_rule (unit_id, name, keywords, has_link, action, assignee_id, position)
                values (:u, :name, :k, :link, :action, :assignee, :p) returning id""")
                .param("u", unit.id()).param("name", name).param("k", keywords).param("link", link).param("action", action)
                .param("assignee", assignee).param("p", position).query(Long.class).single();
    }
}
