package vn.lantoa.newsroom.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.newsroom.story.AttachedMedia;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryAction;

/** A story as the API shows it, with the moves the caller may make now. */
record StoryDto(long id, long version, StoryKind kind, String title, String summary, String body, Long sectionId, Set<String> tags,
                long authorUnitId, Long authorDepartmentId, Long departmentId, String byline, LocalDateTime eventAt, String eventPlace,
                boolean majorEvent, boolean toPortal, boolean toFanpage, boolean toGroup, StoryStatus status, Instant statusSince,
                String statusReason, boolean needsDepartmentApproval, Instant createdAt, Instant updatedAt, Instant submittedAt,
                Instant reachedEditorsAt, Instant reachDeadline, Instant publishedAt, Instant publishAt, Instant unpublishAt,
                UUID coverMediaId, List<MediaDto> media, List<StepDto> steps, List<StoryAction> allowedActions) {

    record MediaDto(UUID id, AttachedMedia.Kind kind, int position, String caption, String altText) {
    }

    record StepDto(StoryStatus status, Instant enteredAt, Instant leftAt, Long actorId, String reason) {
    }

    static StoryDto of(Story s, List<StoryAction> allowed) {
        return new StoryDto(s.id(), s.version(), s.kind(), s.title(), s.summary(), s.body(), s.sectionId(), s.tags(), s.authorUnitId(),
                s.authorDepartmentId(), s.departmentId(), s.byline(), s.eventAt(), s.eventPlace(), s.majorEvent(), s.toPortal(),
                s.toFanpage(), s.toGroup(), s.status(), s.statusSince(), s.statusReason(), s.needsDepartmentApproval(), s.createdAt(),
                s.updatedAt(), s.submittedAt(), s.reachedEditorsAt(), s.reachDeadline(), s.publishedAt(), s.publishAt(), s.unpublishAt(),
                s.coverMediaId(),
                s.media().stream().map(m -> new MediaDto(m.mediaId(), m.kind(), m.position(), m.caption(), m.altText())).toList(),
                s.steps().stream().map(st -> new StepDto(st.status(), st.enteredAt(), st.leftAt(), st.actorId(), st.reason())).toList(),
                allowed);
    }
}
