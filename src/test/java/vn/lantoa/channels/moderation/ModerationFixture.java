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

/**
 * A test subtree of its own for moderation: a province with one commune under the root, accounts with
 * roles on them, fanpages connected to the fake Graph API with a Page token of chosen permissions.
 */
public final class ModerationFixture {

    public static final String[] ALL_PERMISSIONS = {"pages_show_list", "pages_read_engagement", "pages_read_user_content",
        "pages_manage_engagement", "read_insights"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    public final String tag;
    public final UnitRef province;
    public final UnitRef commune;

    public ModerationFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tag = "MX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
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
    public String account(String role, UnitRef unit) {
        String username = "mx" + (System.nanoTime() % 1_000_000L) + "." + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into account (username, full_name, email, password_hash, home_unit_id)
                values (:u, :name, :u || '@lantoa.local', (select password_hash from account where username = 'canbo.hacthanh'), :unit)
                returning id""")
                .param("u", username).param("name", "Cán bộ " + username).param("unit", unit.id()).query(Long.class).single();
        jdbc.sql("insert into role_grant (account_id, role, unit_id) values (:a, :role, :unit)")
                .param("a", id).param("role", role).param("unit", unit.id()).update();
        return username;
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
