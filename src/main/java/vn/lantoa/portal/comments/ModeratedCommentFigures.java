package vn.lantoa.portal.comments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.figures.ActivityFigures;

/**
 * The portal's figure for a unit's monthly report: reader comments on the stories of the unit's
 * subtree that were decided (approved or rejected, by a moderator or a keyword rule) in the period.
 * Stories are placed by their author unit's current place in the tree.
 */
@Component
class ModeratedCommentFigures implements ActivityFigures {

    static final String KEY = "portal.comments-moderated";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    ModeratedCommentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActivityFigure> of(String unitPath, LocalDate from, LocalDate until) {
        long decided = jdbc.sql("""
                select count(*) from portal_comment c
                join story s on s.id = c.story_id
                join unit u on u.id = s.author_unit_id
                where c.status in ('APPROVED', 'REJECTED') and c.decided_at >= :from and c.decided_at < :until
                  and u.path like :path || '%'""")
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()))
                .param("until", java.sql.Timestamp.from(until.atStartOfDay(VIETNAM).toInstant()))
                .param("path", unitPath)
                .query(Long.class).single();
        return List.of(new ActivityFigure(KEY, "report.figure.commentsModerated", decided));
    }
}
