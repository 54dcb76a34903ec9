package vn.lantoa.channels.audience;

import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelAddress;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.TestTree;

/**
 * Test data for the audience: a province of its own under the root (no other test's channels reach
 * it), channels inserted straight into the registry's table, figures straight into channel_audience,
 * and accounts holding one role on one unit (logging in with the demo password).
 */
final class AudienceFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTree tree;

    AudienceFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TestTree(jdbc);
    }

    UnitRef province() {
        String tag = "AU" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = tree.root();
        return tree.insert(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
    }

    UnitRef child(UnitRef parent, String name) {
        UnitLevel level = UnitLevel.values()[parent.level().ordinal() + 1];
        String code = parent.code() + "-" + SEQUENCE.incrementAndGet();
        return tree.insert(parent, code, name + " " + code, level);
    }

    UnitRef unit(long id) {
        return tree.unit(id);
    }

    long channel(UnitRef unit, String kind, String name, LocalDate launchedOn) {
        String slug = "test" + System.nanoTime();
        String url = switch (ChannelKind.valueOf(kind)) {
            case FACEBOOK_PAGE -> "https://www.facebook.com/" + slug + "/";
            case FACEBOOK_GROUP -> "https://www.facebook.com/groups/" + slug + "/";
            case ZALO_OA -> "https://zalo.me/" + System.nanoTime();
            case ZALO_GROUP -> "https://zalo.me/g/" + slug;
            case YOUTUBE -> "https://www.youtube.com/@" + slug;
            case TIKTOK -> "https://www.tiktok.com/@" + slug;
            case WEBSITE -> "https://" + slug + ".example.vn/";
        };
        return jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, launched_on)
                values (:unit, :kind, :name, :url, :key, :launched) returning id""")
                .param("unit", unit.id()).param("kind", kind).param("name", name).param("url", url)
                .param("key", ChannelAddress.of(ChannelKind.valueOf(kind), url).key()).param("launched", launchedOn)
                .query(Long.class).single();
    }

    String url(long channelId) {
        return jdbc.sql("select url from channel where id = :id").param("id", channelId).query(String.class).single();
    }

    void deactivate(long channelId) {
        jdbc.sql("update channel set active = false where id = :id").param("id", channelId).update();
    }

    void figure(long channelId, LocalDate day, int audience) {
        jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, source) values (:c, :d, :a, 'API')
                on conflict (channel_id, day) do update set audience = excluded.audience""")
                .param("c", channelId).param("d", day).param("a", audience).update();
    }

    /** A new account holding the role on the unit; returns its username. */
    String holding(String role, UnitRef unit) {
        return tree.account("au", role, unit);
    }
}
