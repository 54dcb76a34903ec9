package vn.lantoa.newsroom.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;

/** The nudge job announces a story stalled at a step once, again only after it moves, and never a fresh one. */
@IntegrationTest
@RecordApplicationEvents
class StalledStoriesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StalledStories stalled;

    @Autowired
    ApplicationEvents events;

    @Test
    void aStalledStepIsAnnouncedOnceAndTheNextStepAgain() {
        Stories stories = new Stories(port, jdbc);
        String title = Stories.uniqueTitle("Tin chờ duyệt quá lâu");
        long id = stories.storyIn("SUBMITTED", title);
        stalled.run();
        assertThat(announced(id)).as("just submitted: not stalled").isEmpty();

        backdate(id);
        stalled.run();
        stalled.run();
        List<StoryEvent.Stalled> nudges = announced(id);
        assertThat(nudges).as("once per step, however often the job runs").hasSize(1);
        assertThat(nudges.get(0).status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(nudges.get(0).actorId()).isNull();
        assertThat(nudges.get(0).story().title()).isEqualTo(title);
        assertThat(nudges.get(0).waitedWorkingTime()).isGreaterThan(Duration.ofHours(8));

        stories.moveOk(Stories.HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED");
        stalled.run();
        assertThat(announced(id)).as("the new step has only just begun").hasSize(1);
        backdate(id);
        stalled.run();
        assertThat(announced(id)).extracting(StoryEvent.Stalled::status)
                .containsExactly(StoryStatus.SUBMITTED, StoryStatus.DEPARTMENT_APPROVED);
    }

    @Test
    void storiesNotWaitingForTheUnionAreNeverNudged() {
        Stories stories = new Stories(port, jdbc);
        long id = stories.storyIn("SUBMITTED", Stories.uniqueTitle("Tin bị trả lại từ lâu"));
        stories.moveOk(Stories.HEAD_TG, id, "RETURN", "RETURNED");
        backdate(id);
        stalled.run();
        assertThat(announced(id)).isEmpty();
    }

    /** A month back holds far more than 8 working hours, even across the longest holidays (Tết). */
    private void backdate(long storyId) {
        jdbc.sql("update story set status_since = status_since - interval '30 days' where id = :id").param("id", storyId).update();
    }

    private List<StoryEvent.Stalled> announced(long storyId) {
        return events.stream(StoryEvent.Stalled.class).filter(e -> e.story().id() == storyId).toList();
    }
}
