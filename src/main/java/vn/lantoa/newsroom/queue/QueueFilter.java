package vn.lantoa.newsroom.queue;

import java.util.Set;
import vn.lantoa.newsroom.StoryStatus;

/** The editors' queue filters; null means "any". minAgeDays keeps stories waiting at least that long. */
public record QueueFilter(Long unitId, Long sectionId, StoryStatus status, Integer minAgeDays, int page) {

    public Set<StoryStatus> statuses() {
        return status != null ? Set.of(status) : StoryStatus.IN_PROGRESS;
    }
}
