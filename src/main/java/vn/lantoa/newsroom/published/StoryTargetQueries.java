package vn.lantoa.newsroom.published;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.StoryTargets;

/** The targets of a published story, read from the story row. */
@Component
class StoryTargetQueries implements StoryTargets {

    private final JdbcClient jdbc;

    StoryTargetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Targets> ofPublished(long storyId) {
        return jdbc.sql("select id, to_portal, to_fanpage, to_group from story where id = :id and status = 'PUBLISHED'")
                .param("id", storyId)
                .query((rs, n) -> new Targets(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))).optional();
    }
}
