package vn.lantoa.accountability.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;

/**
 * {@code story_tally} (V21) is a copy of the story facts kept by triggers: after every kind of change
 * a story goes through — through the newsroom's API and by plain SQL — it must equal what the
 * {@code story_fact} view computes from the stories themselves.
 */
@IntegrationTest
class StoryTallyTest {

    private static final String FROM_FACTS = """
            select f.story_id, f.author_unit_id, date_trunc('month', f.counted_on_event)::date as event_month,
                   date_trunc('month', f.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date as submitted_month, f.section_id,
                   f.has_photo, f.has_video, f.is_submitted, f.is_accepted, f.is_published
            from story_fact f""";
    private static final String FROM_TALLY = """
            select t.story_id, t.author_unit_id, t.event_month, t.submitted_month, t.section_id, t.has_photo, t.has_video,
                   t.is_submitted, t.is_accepted, t.is_published
            from story_tally t""";

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theTallyFollowsEveryChangeOfAStoryAndItsMedia() {
        Fixture fixture = new Fixture(jdbc);
        Fixture.Province province = fixture.province(2);
        UnitRef first = province.communes().get(0);
        UnitRef second = province.communes().get(1);
        Instant lastDayOfQuarter = LocalDateTime.parse("2026-09-30T23:30").atZone(ReportingPeriod.ZONE).toInstant();

        long story = fixture.story(first, "DRAFT", null, null, null);
        assertThat(tallied(story)).as("a draft is not in the tally").isEmpty();

        jdbc.sql("update story set status = 'SUBMITTED', submitted_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(lastDayOfQuarter)).param("id", story).update();
        assertThat(tallied(story)).containsEntry("submitted_month", java.sql.Date.valueOf("2026-09-01"))
                .containsEntry("has_photo", false).containsEntry("is_submitted", true);

        fixture.photo(story);
        jdbc.sql("insert into story_media (story_id, media_id, media_kind, position) values (:id, gen_random_uuid(), 'VIDEO_LINK', 1)")
                .param("id", story).update();
        assertThat(tallied(story)).containsEntry("has_photo", true).containsEntry("has_video", true);

        jdbc.sql("update story set event_at = '2026-10-02T08:00', status = 'PUBLISHED', published_at = now() where id = :id")
                .param("id", story).update();
        fixture.moveStory(story, second);
        jdbc.sql("delete from story_media where story_id = :id and media_kind = 'IMAGE'").param("id", story).update();
        assertThat(tallied(story)).containsEntry("event_month", java.sql.Date.valueOf("2026-10-01"))
                .containsEntry("author_unit_id", second.id()).containsEntry("is_published", true).containsEntry("has_photo", false);

        long withMedia = fixture.submitted(first, lastDayOfQuarter);
        fixture.photo(withMedia);
        jdbc.sql("delete from story where id = :id").param("id", withMedia).update();
        assertThat(tallied(withMedia)).as("a deleted story leaves the tally").isEmpty();

        assertTallyEqualsFacts();
    }

    @Test
    void storiesWrittenThroughTheNewsroomAreTalliedAsTheyMove() {
        Stories stories = new Stories(port, jdbc);
        long story = stories.draft(Stories.OFFICER, Stories.uniqueTitle("Tin đếm định mức"));
        assertThat(tallied(story)).isEmpty();
        stories.moveOk(Stories.OFFICER, story, "SUBMIT", "SUBMITTED");
        assertThat(tallied(story)).containsEntry("has_photo", true).containsEntry("is_submitted", true).containsEntry("is_accepted", false);
        assertTallyEqualsFacts();
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql + " order by 1").query().listOfRows();
    }

    private Map<String, Object> tallied(long storyId) {
        return jdbc.sql(FROM_TALLY + " where t.story_id = :id").param("id", storyId).query().listOfRows().stream().findFirst()
                .orElse(Map.of());
    }

    /** The whole table, every test's stories and the demo's: one missed trigger anywhere shows here. */
    private void assertTallyEqualsFacts() {
        assertThat(rows(FROM_TALLY)).isEqualTo(rows(FROM_FACTS));
    }
}
