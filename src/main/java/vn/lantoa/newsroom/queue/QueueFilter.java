package vn.lantoa.newsroom.queue;

import java.util.Set;
import vn.lantoa.newsroom.StoryStatus;

/** The editors' queue filters; null means "any". minAgeDays keeps stories waiting at least that long; q is part of a title. */
public record QueueFilter(Long unitId, Long sectionId, StoryStatus status, Integer minAgeDays, String q, int page) {

    public Set<StoryStatus> statuses() {
        return status != null ? Set.of(status) : StoryStatus.IN_PROGRESS;
    }
}
