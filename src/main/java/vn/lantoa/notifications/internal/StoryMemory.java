package vn.lantoa.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.StoryEvent;

/**
 * What notifications keep of a story from its events — who has commented, and whether it went
 * through a department when last submitted — so that they never need to read the newsroom's tables.
 */
@Component
class StoryMemory {

    private final JdbcClient jdbc;

    StoryMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(StoryEvent event) {
        if (event instanceof StoryEvent.Submitted submitted) {
            jdbc.sql("""
                    insert into notice_story_route (story_id, needs_department_approval) values (:story, :via)
                    on conflict (story_id) do update set needs_department_approval = excluded.needs_department_approval
                    """).param("story", submitted.story().id()).param("via", submitted.needsDepartmentApproval()).update();
        } else if (event instanceof StoryEvent.Commented commented && commented.actorId() != null) {
            jdbc.sql("insert into notice_participant (story_id, account_id) values (:story, :account) on conflict do nothing")
                    .param("story", commented.story().id()).param("account", commented.actorId()).update();
        }
    }

    Set<Long> participants(long storyId) {
        return new LinkedHashSet<>(jdbc.sql("select account_id from notice_participant where story_id = :story order by account_id")
                .param("story", storyId).query(Long.class).list());
    }

    Optional<Boolean> routedThroughDepartment(long storyId) {
        return jdbc.sql("select needs_department_approval from notice_story_route where story_id = :story")
                .param("story", storyId).query(Boolean.class).optional();
    }
}
