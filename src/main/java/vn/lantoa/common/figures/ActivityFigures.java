package vn.lantoa.common.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures a module measures about a unit's communication work, offered to the monthly report
 * without the report knowing the module: the portal counts the comments it moderated, the social
 * channels their posts and audience. Each module declares one bean; the report collects them all.
 */
public interface ActivityFigures {

    /**
     * The figures of the unit with this path and its subtree over the Vietnam-local days
     * {@code from} (inclusive) to {@code until} (exclusive). A figure the module cannot know is left out.
     */
    List<ActivityFigure> of(String unitPath, LocalDate from, LocalDate until);

    /** One figure: a stable key ("portal.comments-moderated"), the message key of its label, and its value. */
    record ActivityFigure(String key, String messageKey, long value) {
    }
}
