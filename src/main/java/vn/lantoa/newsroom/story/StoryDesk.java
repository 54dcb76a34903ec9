package vn.lantoa.newsroom.story;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.PublishedStoryRevised;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.org.DepartmentRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The newsroom's use cases as one person makes them: write, save, attach photos, comment, and move
 * a story along the workflow. Every call checks the person's role and scope first.
 */
@Service
@Transactional
public class StoryDesk {

    private final StoryRepository stories;
    private final Revisions revisions;
    private final Comments comments;
    private final MediaRules mediaRules;
    private final EditorialRoutes routes;
    private final Sections sections;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReachDeadline reachDeadline;
    private final Clock clock;

    StoryDesk(StoryRepository stories, Revisions revisions, Comments comments, MediaRules mediaRules, EditorialRoutes routes,
              Sections sections, OrgDirectory org, AuditLog audit, ApplicationEventPublisher events, ReachDeadline reachDeadline,
              Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.comments = comments;
        this.mediaRules = mediaRules;
        this.routes = routes;
        this.sections = sections;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.reachDeadline = reachDeadline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Story get(Actor actor, long id) {
        Story story = stories.findById(id).orElseThrow(() -> new NotFound("story.error.notFound"));
        if (!StoryPermissions.mayView(actor, story)) {
            throw new NotFound("story.error.notFound");
        }
        return story;
    }

    public Story create(Actor actor, StoryForm form) {
        AuthorSeat seat = seat(actor, form.getAuthorSeat());
        Instant now = clock.instant();
        Story story = new Story(content(form, seat.unitId(), seat.departmentId()), seat.unitId(), seat.unitPath(), seat.departmentId(),
                actor.accountId(), now);
        story.setReachDeadline(reachDeadline.forEventAt(story.eventAt()));
        saved(story);
        revisions.keep(story, actor.accountId(), now, null);
        audit(story, "story.created", null);
        return story;
    }

    public Story save(Actor actor, long id, StoryForm form) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        if (form.getRevision() != null && form.getRevision() != revisions.latestNumber(id)) {
            throw new Conflict("version", "story.error.changedMeanwhile");
        }
        Instant now = clock.instant();
        story.write(content(form, story.authorUnitId(), story.authorDepartmentId()), now);
        story.setReachDeadline(reachDeadline.forEventAt(story.eventAt()));
        saved(story);
        revisions.keep(story, actor.accountId(), now, null);
        audit(story, "story.saved", null);
        return story;
    }

    public Story restore(Actor actor, long id, int revisionNumber) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        Revisions.Revision old = revisions.find(id, revisionNumber).orElseThrow(() -> new NotFound("story.error.revisionNotFound"));
        Instant now = clock.instant();
        StoryForm form = StoryForm.of(story);
        form.setTitle(old.title());
        form.setSummary(old.summary());
        form.setBody(old.body());
        form.setByline(old.byline());
        story.write(content(form, story.authorUnitId(), story.authorDepartmentId()), now);
        saved(story);
        revisions.keep(story, actor.accountId(), now, "#" + revisionNumber);
        audit(story, "story.restored", "#" + revisionNumber);
        return story;
    }

    /** A move of the workflow; publishAt/unpublishAt only for scheduling and publishing. */
    public Story perform(Actor actor, long id, StoryAction action, String reason, Instant publishAt, Instant unpublishAt) {
        Story story = get(actor, id);
        if (!StoryPermissions.may(actor, story, action)) {
            throw new Forbidden("story.error.notAllowed", action);
        }
        Instant now = clock.instant();
        switch (action) {
            case SUBMIT -> submit(actor, story, now);
            case SCHEDULE -> story.schedule(actor.accountId(), publishAt, unpublishAt, now);
            case PUBLISH -> story.publishNow(actor.accountId(), unpublishAt, now);
            default -> story.perform(action, actor.accountId(), now, reason);
        }
        stories.saveAndFlush(story);
        audit(story, "story." + action.name().toLowerCase(), story.statusReason());
        announce(story, action, actor.accountId(), now);
        return story;
    }

    private void submit(Actor actor, Story story, Instant now) {
        List<MediaRule.Gap> gaps = mediaRules.forKind(story.kind()).check(story);
        if (!gaps.isEmpty()) {
            throw new ChecklistNotMet(gaps);
        }
        story.routeThroughDepartment(routes.routeFor(story.authorUnitId()).needsDepartmentApproval(story));
        story.perform(StoryAction.SUBMIT, actor.accountId(), now, null);
    }

    private void announce(Story story, StoryAction action, long actorId, Instant now) {
        StoryEvent.StoryRef ref = story.ref();
        StoryEvent event = switch (action) {
            case SUBMIT -> new StoryEvent.Submitted(ref, actorId, now, story.needsDepartmentApproval());
            case APPROVE -> new StoryEvent.Approved(ref, actorId, now);
            case RETURN -> new StoryEvent.Returned(ref, actorId, now, story.statusReason());
            case REJECT -> new StoryEvent.Rejected(ref, actorId, now, story.statusReason());
            case PUBLISH -> new StoryEvent.Published(ref, actorId, now);
            case UNPUBLISH -> new StoryEvent.Unpublished(ref, actorId, now);
            default -> null;
        };
        if (event != null) {
            events.publishEvent(event);
        }
    }

    // --- photos and videos --------------------------------------------------------------------

    /** Checks, before an upload is read, that the person may edit the story and it may take one more of this kind (any kind when null). */
    @Transactional(readOnly = true)
    public Story readyForMedia(Actor actor, long id, AttachedMedia.Kind kind) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        if (kind == null) {
            return story;
        }
        MediaRule rule = mediaRules.forKind(story.kind());
        if (kind == AttachedMedia.Kind.IMAGE && !rule.roomForPhoto(story)) {
            throw new InvalidInput("media", "story.checklist.noRoomForPhoto", rule.maxPhotos());
        }
        if (kind != AttachedMedia.Kind.IMAGE && !rule.roomForVideo(story)) {
            throw new InvalidInput("media", "story.checklist.noRoomForVideo", rule.maxVideos());
        }
        return story;
    }

    public Story attach(Actor actor, long id, UUID mediaId, AttachedMedia.Kind kind) {
        Story story = readyForMedia(actor, id, kind);
        story.attach(mediaId, kind, clock.instant());
        return saved(story);
    }

    public Story describe(Actor actor, long id, UUID mediaId, String caption, String altText) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        if (caption != null && caption.strip().length() > 500 || altText != null && altText.strip().length() > 300) {
            throw new InvalidInput("caption", "story.error.captionTooLong");
        }
        story.describe(mediaId, caption, altText, clock.instant());
        return saved(story);
    }

    public Story detach(Actor actor, long id, UUID mediaId) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        story.detach(mediaId, clock.instant());
        return saved(story);
    }

    public Story chooseCover(Actor actor, long id, UUID mediaId) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        story.chooseCover(mediaId, clock.instant());
        return saved(story);
    }

    public Story moveMedia(Actor actor, long id, UUID mediaId, int offset) {
        Story story = get(actor, id);
        requireEdit(actor, story);
        story.move(mediaId, offset, clock.instant());
        return saved(story);
    }

    /** Saves a change; a story that is live tells the public site, which shows the change at once. */
    private Story saved(Story story) {
        Story flushed = stories.saveAndFlush(story);
        if (flushed.status() == StoryStatus.PUBLISHED) {
            events.publishEvent(new PublishedStoryRevised(flushed.id(), clock.instant()));
        }
        return flushed;
    }

    // --- the editorial thread -----------------------------------------------------------------

    public long comment(Actor actor, long id, String body) {
        Story story = get(actor, id);
        if (!StoryPermissions.mayComment(actor, story)) {
            throw new Forbidden("story.error.notAllowedComment");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "story.comment.required");
        }
        if (text.length() > 4000) {
            throw new InvalidInput("body", "validation.size.max", 4000);
        }
        Instant now = clock.instant();
        long commentId = comments.add(id, actor.accountId(), text, now);
        events.publishEvent(new StoryEvent.Commented(story.ref(), actor.accountId(), now, commentId,
                text.length() > 200 ? text.substring(0, 200) + "…" : text));
        return commentId;
    }

    // --- rules shared by the writes -----------------------------------------------------------

    private void requireEdit(Actor actor, Story story) {
        if (!StoryPermissions.mayEdit(actor, story)) {
            throw new Forbidden("story.error.notAllowedEdit", story.status());
        }
    }

    private AuthorSeat seat(Actor actor, String key) {
        List<AuthorSeat> seats = AuthorSeat.of(actor);
        if (seats.isEmpty()) {
            throw new Forbidden("story.error.noSeat");
        }
        if (key == null || key.isBlank()) {
            return seats.get(0);
        }
        return seats.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInput("authorSeat", "story.error.seatNotYours"));
    }

    private StoryContent content(StoryForm form, long authorUnitId, Long authorDepartmentId) {
        String body = RichText.sanitize(form.getBody());
        if (RichText.text(body).length() > StoryForm.MAX_BODY_TEXT) {
            throw new InvalidInput("body", "story.body.tooLong");
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new InvalidInput("title", "story.title.required");
        }
        checkTags(form);
        if (form.getSectionId() != null && sections.find(form.getSectionId()).isEmpty()) {
            throw new InvalidInput("sectionId", "story.error.sectionUnknown");
        }
        if (form.isMajorEvent() && form.getEventAt() == null) {
            throw new InvalidInput("eventAt", "story.error.majorEventNeedsTime");
        }
        Long department = authorDepartmentId != null ? authorDepartmentId : receivingDepartment(authorUnitId, form.getDepartmentId());
        form.setDepartmentId(department);
        return form.content(body);
    }

    private static void checkTags(StoryForm form) {
        var tags = form.tagSet();
        if (tags.size() > StoryForm.MAX_TAGS) {
            throw new InvalidInput("tags", "story.error.tooManyTags", StoryForm.MAX_TAGS);
        }
        if (tags.stream().anyMatch(t -> t.length() > StoryForm.MAX_TAG_LENGTH)) {
            throw new InvalidInput("tags", "story.error.tagTooLong", StoryForm.MAX_TAG_LENGTH);
        }
    }

    /** A unit's story goes to a department of its province; the editorial one unless the author picks another. */
    private Long receivingDepartment(long authorUnitId, Long chosen) {
        List<DepartmentRef> departments = receivingDepartments(authorUnitId);
        if (chosen != null) {
            return departments.stream().map(DepartmentRef::id).filter(d -> Objects.equals(d, chosen)).findFirst()
                    .orElseThrow(() -> new InvalidInput("departmentId", "story.error.departmentUnknown"));
        }
        return departments.stream().filter(DepartmentRef::editorial).map(DepartmentRef::id).findFirst().orElse(null);
    }

    @Transactional(readOnly = true)
    public List<DepartmentRef> receivingDepartments(long authorUnitId) {
        long province = org.provinceOf(authorUnitId).map(UnitRef::id).orElse(authorUnitId);
        return org.departmentsOf(province);
    }

    private void audit(Story story, String action, String details) {
        audit.record(AuditEntry.of(action, "story", story.id(), story.title(), story.authorUnitPath(), details));
    }
}
