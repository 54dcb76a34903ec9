package vn.lantoa.portal.site;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.UnitMoved;

/**
 * Keeps the portal's copies of unit paths (reader comments, for the moderators' scope; daily view
 * counts, for a site's most-read lists) true when a unit moves, in the move's own transaction.
 */
@Component
class UnitPathsOnMove {

    private final JdbcClient jdbc;

    UnitPathsOnMove(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        for (String table : new String[] {"portal_comment", "portal_view_day"}) {
            jdbc.sql("update " + table + " set unit_path = " + moved.rewrite("unit_path") + " where unit_path like :oldPath || '%'")
                    .param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).update();
        }
    }
}
