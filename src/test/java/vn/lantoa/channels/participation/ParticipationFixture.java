package vn.lantoa.channels.participation;

import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Units, roster entries and declarations of the participation tests, each test in subtrees of its own under Thanh Hóa. */
public final class ParticipationFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Unit(long id, String code, String name, String path) {
    }

    private final JdbcClient jdbc;

    public ParticipationFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Unit byCode(String code) {
        return jdbc.sql("select id, code, name, path from unit where code = ?").param(code).query(Unit.class).single();
    }

    public Unit child(Unit parent, String level, String name) {
        String code = "PC" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values (?, ?, lower(?), ?, ?, '', 0) returning id""")
                .params(code, name, name, level, parent.id()).query(Long.class).single();
        jdbc.sql("update unit set path = ?, depth = ? where id = ?")
                .params(parent.path() + id + "/", parent.path().split("/").length - 1, id).update();
        return jdbc.sql("select id, code, name, path from unit where id = ?").param(id).query(Unit.class).single();
    }

    /** The demo province's fanpage. */
    public long provincePage() {
        return jdbc.sql("""
                select c.id from channel c join unit u on u.id = c.unit_id
                where u.code = 'TH' and c.kind = 'FACEBOOK_PAGE' and c.active order by c.id limit 1""").query(Long.class).single();
    }

    public long cadre(Unit unit, String name, String profileUrl) {
        var link = profileUrl == null ? null : ProfileLink.parse(profileUrl).orElseThrow();
        return jdbc.sql("""
                        insert into participation_cadre (unit_id, full_name, name_key, profile_url, profile_key)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(unit.id(), name, NameKey.of(name), link == null ? null : link.url(), link == null ? null : link.key())
                .query(Long.class).single();
    }

    public void declared(long cadre, long page, YearMonth month, int interactions) {
        record(cadre, page, month, "DECLARED", interactions);
    }

    public void imported(long cadre, long page, YearMonth month, int interactions) {
        record(cadre, page, month, "IMPORTED", interactions);
    }

    private void record(long cadre, long page, YearMonth month, String source, int interactions) {
        jdbc.sql("""
                        insert into participation_month (cadre_id, channel_id, month, source, follows, interactions)
                        values (?, ?, ?, ?, true, ?)""")
                .params(cadre, page, month.atDay(1), source, interactions).update();
    }

    public static String suffix() {
        java.util.Random random = new java.util.Random();
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 5; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
