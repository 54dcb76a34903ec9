package vn.lantoa.newsroom.story;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.UnitMoved;

/**
 * Keeps each story's copy of its author unit's path true when the unit (or one above it) moves, in
 * the move's own transaction: every scope check and queue filter reads that copy.
 */
@Component
class AuthorPathsOnMove {

    private final JdbcClient jdbc;

    AuthorPathsOnMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        jdbc.sql("update story set author_unit_path = " + moved.rewrite("author_unit_path") + " where author_unit_path like :oldPath || '%'")
                .param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).update();
    }
}
