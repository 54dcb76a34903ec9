package vn.lantoa.accountability;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Test data for accountability: a province of its own under the root with communes (so no other
 * test's rules or stories reach it), quota rules, and stories written straight into the newsroom's
 * table with the exact timestamps a test needs.
 */
public final class Fixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public Fixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Province(UnitRef province, List<UnitRef> communes) {
    }

    public Province province(int communes) {
        String tag = "FX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = unit(jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class).single());
        UnitRef province = insertUnit(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        List<UnitRef> list = new ArrayList<>();
        for (int i = 1; i <= communes; i++) {
            list.add(insertUnit(province, tag + "-" + i, "Hội LHPN xã " + tag + " số " + i, UnitLevel.COMMUNE));
        }
        return new Province(province, list);
    }

    public UnitRef child(UnitRef parent, UnitLevel level) {
        String tag = parent.code() + "-" + SEQUENCE.incrementAndGet();
        return insertUnit(parent, tag, "Đơn vị " + tag, level);
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

    public UnitRef unit(long id) {
        return jdbc.sql("select id, code, name, level, path, active from unit where id = :id").param("id", id)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .single();
    }

    public void deactivate(UnitRef unit) {
        jdbc.sql("update unit set active = false where id = :id").param("id", unit.id()).update();
    }

    /** A story as the newsroom would have stored it; {@code eventAt} is Vietnam-local, may be null. */
    public long story(UnitRef author, String status, Instant submittedAt, LocalDateTime eventAt, Instant publishedAt) {
        return jdbc.sql("""
                insert into story (kind, title, author_unit_id, author_unit_path, status, created_by, submitted_at, event_at, published_at)
                values ('NEWS', :title, :unit, :path, :status, (select id from account where username = 'canbo.hacthanh'),
                        :submitted, :event, :published) returning id""")
                .param("title", "Tin kiểm thử " + SEQUENCE.incrementAndGet()).param("unit", author.id()).param("path", author.path())
                .param("status", status).param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
                .param("event", eventAt).param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
                .query(Long.class).single();
    }

    public long submitted(UnitRef author, Instant submittedAt) {
        return story(author, "SUBMITTED", submittedAt, null, null);
    }

    public void majorEvent(long storyId, Instant deadline, Instant reachedEditorsAt) {
        jdbc.sql("update story set major_event = true, reach_deadline = :deadline, reached_editors_at = :reached where id = :id")
                .param("deadline", Timestamp.from(deadline)).param("reached", reachedEditorsAt == null ? null : Timestamp.from(reachedEditorsAt))
                .param("id", storyId).update();
    }

    public void photo(long storyId) {
        jdbc.sql("insert into story_media (story_id, media_id, media_kind, position) values (:id, gen_random_uuid(), 'IMAGE', 0)")
                .param("id", storyId).update();
    }

    /** A quota rule written as the admin page would, for units of a level under the owner. */
    public long rule(UnitRef owner, UnitLevel level, String measure, int minCount, String period, String countedBy, Integer sharePercent,
                     LocalDate validFrom) {
        return jdbc.sql("""
                insert into quota_rule (owner_unit_id, name, target_level, measure, min_count, period, counted_by, share_percent, valid_from)
                values (:owner, :name, :level, :measure, :min, :period, :countedBy, :share, :from) returning id""")
                .param("owner", owner.id()).param("name", "Định mức kiểm thử " + SEQUENCE.incrementAndGet())
                .param("level", level.name()).param("measure", measure).param("min", minCount).param("period", period)
                .param("countedBy", countedBy).param("share", sharePercent).param("from", validFrom)
                .query(Long.class).single();
    }

    public void mediaRequired(long ruleId, String requirement) {
        jdbc.sql("update quota_rule set media_required = :m where id = :id").param("m", requirement).param("id", ruleId).update();
    }

    public void moveStory(long storyId, UnitRef to) {
        jdbc.sql("update story set author_unit_id = :unit, author_unit_path = :path where id = :id")
                .param("unit", to.id()).param("path", to.path()).param("id", storyId).update();
    }
}
