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
import vn.lantoa.support.TestTree;

/**
 * Test data for accountability: a province of its own under the root with communes (so no other
 * test's rules or stories reach it), quota rules, and stories written straight into the newsroom's
 * table with the exact timestamps a test needs.
 */
public final class Fixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTree tree;

    public Fixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TestTree(jdbc);
    }

    public record Province(UnitRef province, List<UnitRef> communes) {
    }

    public Province province(int communes) {
        String tag = "FX" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = tree.root();
        UnitRef province = tree.insert(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        List<UnitRef> list = new ArrayList<>();
        for (int i = 1; i <= communes; i++) {
            list.add(tree.insert(province, tag + "-" + i, "Hội LHPN xã " + tag + " số " + i, UnitLevel.COMMUNE));
        }
        return new Province(province, list);
    }

    public UnitRef child(UnitRef parent, UnitLevel level) {
        String tag = parent.code() + "-" + SEQUENCE.incrementAndGet();
        return tree.insert(parent, tag, "Đơn vị " + tag, level);
    }

    public UnitRef unit(long id) {
        return tree.unit(id);
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
