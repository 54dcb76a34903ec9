package vn.lantoa.newsroom.story;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;

/**
 * A news item or article on its way from a unit to the public. The story itself refuses moves its
 * status does not allow and approvals by its own author; who else may make a move is
 * {@link StoryPermissions}' business.
 */
@Entity
@Table(name = "story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private StoryKind kind;

    private String title;
    private String summary;
    private String body;
    private Long sectionId;
    private long authorUnitId;
    private String authorUnitPath;
    private Long authorDepartmentId;
    private Long departmentId;
    private String byline;
    private LocalDateTime eventAt;
    private String eventPlace;
    private boolean majorEvent;
    private boolean toPortal;
    private boolean toFanpage;
    private boolean toGroup;

    @Enumerated(EnumType.STRING)
    private StoryStatus status;

    private Instant statusSince;
    private String statusReason;
    private boolean needsDepartmentApproval;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant reachedEditorsAt;
    private Instant reachDeadline;
    private Instant publishedAt;
    private Instant publishAt;
    private Instant unpublishAt;
    private UUID coverMediaId;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @CollectionTable(name = "story_tag", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "tag")
    @OrderBy
    private java.util.Set<String> tags = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @CollectionTable(name = "story_media", joinColumns = @JoinColumn(name = "story_id"))
    @OrderBy("position")
    private List<AttachedMedia> media = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @JoinColumn(name = "story_id", nullable = false)
    @OrderBy("enteredAt")
    private List<StoryStep> steps = new ArrayList<>();

    protected Story() {
    }

    public Story(StoryContent content, long authorUnitId, String authorUnitPath, Long authorDepartmentId, long createdBy, Instant now) {
        this.authorUnitId = authorUnitId;
        this.authorUnitPath = authorUnitPath;
        this.authorDepartmentId = authorDepartmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = StoryStatus.DRAFT;
        this.statusSince = now;
        this.needsDepartmentApproval = true;
        this.steps.add(new StoryStep(StoryStatus.DRAFT, now, createdBy, null));
        write(content, now);
    }

    public void write(StoryContent content, Instant now) {
        this.kind = content.kind();
        this.title = content.title().strip();
        this.summary = content.summary() == null ? "" : content.summary().strip();
        this.body = content.body() == null ? "" : content.body();
        this.sectionId = content.sectionId();
        this.tags.clear();
        if (content.tags() != null) {
            this.tags.addAll(content.tags());
        }
        this.byline = content.byline() == null ? "" : content.byline().strip();
        this.eventAt = content.eventAt();
        this.eventPlace = content.eventPlace() == null ? "" : content.eventPlace().strip();
        this.majorEvent = content.majorEvent();
        this.toPortal = content.toPortal();
        this.toFanpage = content.toFanpage();
        this.toGroup = content.toGroup();
        this.departmentId = authorDepartmentId != null ? authorDepartmentId : content.departmentId();
        this.updatedAt = now;
    }

    // --- the workflow -----------------------------------------------------------------------

    /** Makes a move of the workflow, or refuses it when the story's status or authorship forbids it. */
    public void perform(StoryAction action, long actorId, Instant now, String reason) {
        if (!action.startsFrom(status, needsDepartmentApproval)) {
            throw new Conflict("status", "story.error.notFromStatus", action, status);
        }
        if (action.isApproval() && actorId == createdBy) {
            throw new Forbidden("story.error.ownStory");
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", "story.error.reasonRequired");
        }
        moveTo(action.target(), actorId, now, action.needsReason() ? reason.strip() : null);
        switch (action) {
            case SUBMIT -> submitted(now);
            case APPROVE -> reachedEditorsAt = firstNonNull(reachedEditorsAt, now);
            case PUBLISH -> published(now);
            case UNSCHEDULE -> publishAt = null;
            case UNPUBLISH -> unpublishAt = null;
            default -> { }
        }
    }

    /** Submission decides the route: whether a department head must approve before the editors. */
    public void routeThroughDepartment(boolean needed) {
        if (!StoryStatus.WITH_AUTHOR.contains(status)) {
            throw new Conflict("status", "story.error.notFromStatus", StoryAction.SUBMIT, status);
        }
        this.needsDepartmentApproval = needed && departmentId != null;
    }

    public void schedule(long actorId, Instant publishAt, Instant unpublishAt, Instant now) {
        if (publishAt == null || !publishAt.isAfter(now)) {
            throw new InvalidInput("publishAt", "story.error.publishAtPast");
        }
        checkUnpublishAfter(unpublishAt, publishAt);
        perform(StoryAction.SCHEDULE, actorId, now, null);
        this.publishAt = publishAt;
        this.unpublishAt = unpublishAt;
    }

    public void publishNow(long actorId, Instant unpublishAt, Instant now) {
        checkUnpublishAfter(unpublishAt, now);
        perform(StoryAction.PUBLISH, actorId, now, null);
        this.unpublishAt = unpublishAt;
    }

    /** The scheduler's moves: made by nobody, at the time an editor set. */
    public boolean publishIfDue(Instant now) {
        if (status != StoryStatus.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        moveTo(StoryStatus.PUBLISHED, null, now, null);
        published(now);
        return true;
    }

    public boolean unpublishIfDue(Instant now) {
        if (status != StoryStatus.PUBLISHED || unpublishAt == null || unpublishAt.isAfter(now)) {
            return false;
        }
        moveTo(StoryStatus.UNPUBLISHED, null, now, null);
        unpublishAt = null;
        return true;
    }

    private void checkUnpublishAfter(Instant unpublishAt, Instant start) {
        if (unpublishAt != null && !unpublishAt.isAfter(start)) {
            throw new InvalidInput("unpublishAt", "story.error.unpublishBeforePublish");
        }
    }

    private void submitted(Instant now) {
        submittedAt = firstNonNull(submittedAt, now);
        if (!needsDepartmentApproval) {
            reachedEditorsAt = firstNonNull(reachedEditorsAt, now);
        }
    }

    private void published(Instant now) {
        publishedAt = firstNonNull(publishedAt, now);
        publishAt = null;
    }

    private void moveTo(StoryStatus next, Long actorId, Instant now, String reason) {
        currentStep().ifPresent(step -> step.leave(now));
        steps.add(new StoryStep(next, now, actorId, reason));
        status = next;
        statusSince = now;
        statusReason = reason;
        updatedAt = now;
    }

    private Optional<StoryStep> currentStep() {
        return steps.stream().filter(StoryStep::isOpen).max(Comparator.comparing(StoryStep::enteredAt));
    }

    private static Instant firstNonNull(Instant first, Instant second) {
        return first != null ? first : second;
    }

    // --- photos and videos --------------------------------------------------------------------

    public void attach(UUID mediaId, AttachedMedia.Kind mediaKind, Instant now) {
        media.add(new AttachedMedia(mediaId, mediaKind, media.size()));
        if (coverMediaId == null && mediaKind == AttachedMedia.Kind.IMAGE) {
            coverMediaId = mediaId;
        }
        updatedAt = now;
    }

    public void describe(UUID mediaId, String caption, String altText, Instant now) {
        attached(mediaId).describe(caption, altText);
        updatedAt = now;
    }

    public void detach(UUID mediaId, Instant now) {
        media.remove(attached(mediaId));
        for (int i = 0; i < media.size(); i++) {
            media.get(i).moveTo(i);
        }
        if (mediaId.equals(coverMediaId)) {
            coverMediaId = media.stream().filter(AttachedMedia::isPhoto).map(AttachedMedia::mediaId).findFirst().orElse(null);
        }
        updatedAt = now;
    }

    public void chooseCover(UUID mediaId, Instant now) {
        if (!attached(mediaId).isPhoto()) {
            throw new InvalidInput("cover", "story.error.coverNotPhoto");
        }
        coverMediaId = mediaId;
        updatedAt = now;
    }

    public void move(UUID mediaId, int offset, Instant now) {
        AttachedMedia item = attached(mediaId);
        int from = media.indexOf(item);
        int to = Math.max(0, Math.min(media.size() - 1, from + offset));
        media.remove(from);
        media.add(to, item);
        for (int i = 0; i < media.size(); i++) {
            media.get(i).moveTo(i);
        }
        updatedAt = now;
    }

    private AttachedMedia attached(UUID mediaId) {
        return media.stream().filter(m -> m.mediaId().equals(mediaId)).findFirst()
                .orElseThrow(() -> new InvalidInput("media", "story.error.mediaNotFound"));
    }

    /** When a major-event story must have reached the editors (seed 001: 12 working hours after the event). */
    public void setReachDeadline(Instant deadline) {
        this.reachDeadline = majorEvent ? deadline : null;
    }

    public StoryEvent.StoryRef ref() {
        return new StoryEvent.StoryRef(id, title, kind, authorUnitId, authorUnitPath, departmentId, createdBy);
    }

    // --- reading ------------------------------------------------------------------------------

    public Long id() { return id; }
    public long version() { return version; }
    public StoryKind kind() { return kind; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public Long sectionId() { return sectionId; }
    public java.util.Set<String> tags() { return java.util.Collections.unmodifiableSet(tags); }
    public long authorUnitId() { return authorUnitId; }
    public String authorUnitPath() { return authorUnitPath; }
    public Long authorDepartmentId() { return authorDepartmentId; }
    public Long departmentId() { return departmentId; }
    public String byline() { return byline; }
    public LocalDateTime eventAt() { return eventAt; }
    public String eventPlace() { return eventPlace; }
    public boolean majorEvent() { return majorEvent; }
    public boolean toPortal() { return toPortal; }
    public boolean toFanpage() { return toFanpage; }
    public boolean toGroup() { return toGroup; }
    public StoryStatus status() { return status; }
    public Instant statusSince() { return statusSince; }
    public String statusReason() { return statusReason; }
    public boolean needsDepartmentApproval() { return needsDepartmentApproval; }
    public long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant reachedEditorsAt() { return reachedEditorsAt; }
    public Instant reachDeadline() { return reachDeadline; }
    public Instant publishedAt() { return publishedAt; }
    public Instant publishAt() { return publishAt; }
    public Instant unpublishAt() { return unpublishAt; }
    public UUID coverMediaId() { return coverMediaId; }
    public List<AttachedMedia> media() { return java.util.Collections.unmodifiableList(media); }
    public List<StoryStep> steps() { return java.util.Collections.unmodifiableList(steps); }

    public long photoCount() {
        return media.stream().filter(AttachedMedia::isPhoto).count();
    }

    public long videoCount() {
        return media.size() - photoCount();
    }

    public boolean isDepartmentStory() {
        return authorDepartmentId != null;
    }
}
