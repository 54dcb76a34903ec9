package vn.lantoa.channels.inbox;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.channels.webhook.PageMessageReceived;

/**
 * A province of its own for the inbox tests: two departments (family, policy), a commune under it, a
 * connected Facebook Page of the province on the fake Graph API (its token with pages_messaging), routing
 * rules, and accounts holding roles there. Messages arrive as the webhook reports them, by the
 * {@link PageMessageReceived} event.
 */
public final class InboxFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    public final String tag;
    public final long province;
    public final String provincePath;
    public final long commune;
    public final long family;
    public final long policy;
    public final long pageChannel;
    public final String pageId;
    public final String pageName;
    public final String token;

    public InboxFixture(JdbcClient jdbc, TokenCipher cipher, ApplicationEventPublisher events, String... permissions) {
        this.jdbc = jdbc;
        this.events = events;
        this.tag = "IX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        long root = jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class).single();
        this.province = unit(root, tag, "Hội LHPN tỉnh " + tag, "PROVINCE");
        this.provincePath = jdbc.sql("select path from unit where id = :id").param("id", province).query(String.class).single();
        this.commune = unit(province, tag + "-1", "Hội LHPN xã " + tag, "COMMUNE");
        this.family = department(province, "GDXH", "Ban Gia đình – Xã hội " + tag);
        this.policy = department(province, "CSLP", "Ban Chính sách – Luật pháp " + tag);
        this.pageId = "8" + (System.nanoTime() % 1_000_000_000_000L) + SEQUENCE.incrementAndGet();
        this.pageName = "Fanpage Hội LHPN tỉnh " + tag;
        String url = "https://www.facebook.com/" + pageId;
        this.pageChannel = jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id) values (:unit, 'FACEBOOK_PAGE', :name, :url, :key, :ext)
                returning id""").param("unit", province).param("name", pageName).param("url", url)
                .param("key", "facebook.com/" + pageId + "#" + SEQUENCE.incrementAndGet()).param("ext", pageId).query(Long.class).single();
        FakeGraphApi graph = FakeGraphApi.shared();
        graph.page(pageId, pageName, 1000);
        this.token = "EAAInbox" + pageId + "Secret";
        graph.pageToken(token, pageId, permissions.length == 0
                ? new String[] {"pages_show_list", "pages_read_engagement", "read_insights", "pages_messaging"} : permissions);
        jdbc.sql("""
                insert into channel_connection (channel_id, platform, external_id, external_name, token_sealed, token_hint, status,
                        permissions, connected_at, last_success_at, last_attempt_at)
                values (:c, 'FACEBOOK', :ext, :name, :sealed, :hint, 'CONNECTED', 'pages_messaging', now(), now(), now())""")
                .param("c", pageChannel).param("ext", pageId).param("name", pageName).param("sealed", cipher.seal(token))
                .param("hint", TokenCipher.hint(token)).update();
        jdbc.sql("insert into inbox_rule (channel_id, position, keywords, keywords_folded, department_id) values (:c, 1, :k, :f, :d)")
                .param("c", pageChannel).param("k", "bạo lực, hôn nhân").param("f", Routing.foldedKeywords("bạo lực, hôn nhân"))
                .param("d", family).update();
        jdbc.sql("insert into inbox_rule (channel_id, position, keywords, keywords_folded, department_id) values (:c, 2, :k, :f, :d)")
                .param("c", pageChannel).param("k", "vay vốn").param("f", Routing.foldedKeywords("vay vốn")).param("d", policy).update();
        jdbc.sql("insert into inbox_route (channel_id, default_department_id) values (:c, :d)").param("c", pageChannel).param("d", policy)
                .update();
    }

    private long unit(long parent, String code, String name, String level) {
        String parentPath = jdbc.sql("select path from unit where id = :id").param("id", parent).query(String.class).single();
        int depth = jdbc.sql("select depth from unit where id = :id").param("id", parent).query(Integer.class).single() + 1;
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth) values (:code, :name, lower(:code), :level, :parent, '', 0)
                returning id""").param("code", code).param("name", name).param("level", level).param("parent", parent)
                .query(Long.class).single();
        jdbc.sql("update unit set path = :path, depth = :depth where id = :id").param("path", parentPath + id + "/").param("depth", depth)
                .param("id", id).update();
        return id;
    }

    private long department(long unit, String code, String name) {
        return jdbc.sql("insert into department (unit_id, code, name) values (:u, :c, :n) returning id").param("u", unit).param("c", code)
                .param("n", name).query(Long.class).single();
    }

    /** A new account holding the role on the unit (in the department for the department roles); its username. */
    public String account(String role, long unit, Long department) {
        String username = "ix" + (System.nanoTime() % 1_000_000L) + "." + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into account (username, full_name, email, password_hash, home_unit_id)
                values (:u, :name, :u || '@lantoa.local', (select password_hash from account where username = 'canbo.hacthanh'), :unit)
                returning id""").param("u", username).param("name", "Cán bộ " + username).param("unit", unit).query(Long.class).single();
        jdbc.sql("insert into role_grant (account_id, role, unit_id, department_id) values (:a, :role, :unit, :d)")
                .param("a", id).param("role", role).param("unit", unit).param("d", department).update();
        return username;
    }

    public long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    public String psid() {
        return "7" + (System.nanoTime() % 1_000_000_000_000L) + SEQUENCE.incrementAndGet();
    }

    public String mid() {
        return "m_test" + System.nanoTime() + "_" + SEQUENCE.incrementAndGet();
    }

    /** The person wrote to the page: the webhook's event. Returns the message id. */
    public String personWrites(String psid, String text, Instant at) {
        String mid = mid();
        events.publishEvent(new PageMessageReceived(pageId, psid, mid, text, List.of(), false, at));
        return mid;
    }

    /** The page's own message came back from the webhook (an echo), with this message id. */
    public void echo(String psid, String mid, String text, Instant at) {
        events.publishEvent(new PageMessageReceived(pageId, psid, mid, text, List.of(), true, at));
    }

    public long conversation(String psid) {
        return jdbc.sql("select id from inbox_conversation where channel_id = :c and psid = :p").param("c", pageChannel).param("p", psid)
                .query(Long.class).single();
    }
}
