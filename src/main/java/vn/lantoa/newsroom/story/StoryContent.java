package vn.lantoa.newsroom.story;

import java.time.LocalDateTime;
import java.util.Set;
import vn.lantoa.newsroom.StoryKind;

/** What an author or editor writes: everything of a story but its status and media. */
public record StoryContent(
        StoryKind kind,
        String title,
        String summary,
        String body,
        Long sectionId,
        Set<String> tags,
        String byline,
        LocalDateTime eventAt,
        String eventPlace,
        boolean majorEvent,
        boolean toPortal,
        boolean toFanpage,
        boolean toGroup,
        Long departmentId) {
}
