package vn.lantoa.channels.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Units, channels, posts, audience figures and stories of the posts tests, each test in its own subtree under Thanh Hóa. */
public final class PostFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Unit(long id, String code, String name, String path) {
    }

    private final JdbcClient jdbc;

    public PostFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Unit byCode(String code) {
        return jdbc.sql("select id, code, name, path from unit where code = ?").param(code).query(Unit.class).single();
    }

    public Unit child(Unit parent, String level, String name) {
        String code = "PT" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values (?, ?, lower(?), ?, ?, '', 0) returning id""")
                .params(code, name, name, level, parent.id()).query(Long.class).single();
        jdbc.sql("update unit set path = ?, depth = ? where id = ?")
                .params(parent.path() + id + "/", parent.path().split("/").length - 1, id).update();
        return jdbc.sql("select id, code, name, path from unit where id = ?").param(id).query(Unit.class).single();
    }

    /** A Facebook page of the unit, with a page id of its own. */
    public long page(Unit unit, String name, String pageId) {
        String key = "facebook.com/pt-" + UUID.randomUUID();
        return jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id)
                values (?, 'FACEBOOK_PAGE', ?, ?, ?, ?) returning id""")
                .params(unit.id(), name, "https://www." + key, key, pageId).query(Long.class).single();
    }

    public void audience(long channelId, LocalDate day, int audience) {
        jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, source) values (?, ?, ?, 'MANUAL')
                on conflict (channel_id, day) do update set audience = excluded.audience""")
                .params(channelId, day, audience).update();
    }

    public long post(long channelId, Instant publishedAt, String title, long views, long reactions, long comments, long shares) {
        return jdbc.sql("""
                insert into channel_post (channel_id, external_id, published_at, title, permalink, post_type, views, reach, reactions,
                                          comments, shares, clicks, source)
                values (?, ?, ?, ?, ?, 'Photos', ?, ?, ?, ?, ?, 0, 'API') returning id""")
                .params(channelId, "p-" + UUID.randomUUID(), java.sql.Timestamp.from(publishedAt), title,
                        "https://www.facebook.com/p/" + UUID.randomUUID(), views, views / 2, reactions, comments, shares)
                .query(Long.class).single();
    }

    /** A story as the newsroom would store it, written by an officer of the unit. */
    public long story(Unit author, String title, String status) {
        return jdbc.sql("""
                insert into story (kind, title, author_unit_id, author_unit_path, status, created_by, published_at)
                values ('NEWS', ?, ?, ?, ?, (select id from account where username = 'bientap'),
                        case when ? = 'PUBLISHED' then now() end) returning id""")
                .params(title, author.id(), author.path(), status, status).query(Long.class).single();
    }
}
