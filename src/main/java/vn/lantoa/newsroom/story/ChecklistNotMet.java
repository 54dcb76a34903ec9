package vn.lantoa.newsroom.story;

import java.util.List;
import vn.lantoa.common.web.InvalidInput;

/** Submission refused because the photo/video checklist is not met; carries every gap. */
public class ChecklistNotMet extends InvalidInput {

    private final transient List<MediaRule.Gap> gaps;

    public ChecklistNotMet(List<MediaRule.Gap> gaps) {
        super("media", "story.checklist.notMet", gaps.size());
        this.gaps = List.copyOf(gaps);
    }

    public List<MediaRule.Gap> gaps() {
        return gaps;
    }

    @Override
    public List<Detail> details() {
        return gaps.stream().map(g -> new Detail(g.messageKey(), g.args())).toList();
    }
}
