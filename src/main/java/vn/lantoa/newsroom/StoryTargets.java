package vn.lantoa.newsroom;

import java.util.Optional;

/**
 * Where a published story is to go besides the portal, as its author and editors chose: the fanpage,
 * the group. Read by the channels module when the story is published (the events carry no targets).
 */
public interface StoryTargets {

    record Targets(long storyId, boolean toPortal, boolean toFanpage, boolean toGroup) {

        public boolean anyChannel() {
            return toFanpage || toGroup;
        }
    }

    /** The targets of a story in status PUBLISHED; empty for any other story. */
    Optional<Targets> ofPublished(long storyId);
}
