package vn.lantoa.newsroom;

import java.util.List;
import java.util.Locale;

/**
 * What became of a published story on the channels it targets, one line per channel, for the staff
 * story page. Implemented by the module that posts (channels); the newsroom only shows the lines, so
 * it never depends on that module. No implementation means nothing is shown.
 */
public interface StoryDeliveryStatus {

    /**
     * One target: the channel's name, its state in plain words of the locale, a link to the post once
     * posted (else null), and whether someone must act (a failure), with where to act (else null).
     */
    record Line(String channel, String state, String postUrl, boolean failing, String actUrl, String actLabel) {
    }

    List<Line> lines(long storyId, Locale locale);
}
