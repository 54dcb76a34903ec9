package vn.lantoa.newsroom.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import vn.lantoa.newsroom.StoryKind;

/** What an author or editor types, in the page or through the API. Limits match the columns. */
public class StoryForm {

    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 60;
    public static final int MAX_BODY_TEXT = 60_000;

    /** Who the story is written for: "u" + unit id or "d" + department id; only when it is created. */
    private String authorSeat;

    @NotNull(message = "{validation.required}")
    private StoryKind kind = StoryKind.NEWS;

    @NotBlank(message = "{story.title.required}")
    @Size(max = 250, message = "{validation.size.max}")
    private String title;

    @Size(max = 1000, message = "{validation.size.max}")
    private String summary = "";

    @Size(max = 400_000, message = "{story.body.tooLong}")
    private String body = "";

    private Long sectionId;

    @Size(max = 700, message = "{validation.size.max}")
    private String tags = "";

    @Size(max = 150, message = "{validation.size.max}")
    private String byline = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime eventAt;

    @Size(max = 250, message = "{validation.size.max}")
    private String eventPlace = "";

    private boolean majorEvent;
    private boolean toPortal = true;
    private boolean toFanpage;
    private boolean toGroup;
    private Long departmentId;
    /** The text revision the writer started from: saving over someone else's newer text is refused. */
    private Integer revision;

    public static StoryForm of(Story story) {
        StoryForm form = new StoryForm();
        form.kind = story.kind();
        form.title = story.title();
        form.summary = story.summary();
        form.body = story.body();
        form.sectionId = story.sectionId();
        form.tags = String.join(", ", story.tags());
        form.byline = story.byline();
        form.eventAt = story.eventAt();
        form.eventPlace = story.eventPlace();
        form.majorEvent = story.majorEvent();
        form.toPortal = story.toPortal();
        form.toFanpage = story.toFanpage();
        form.toGroup = story.toGroup();
        form.departmentId = story.departmentId();
        return form;
    }

    /** Tags as typed ("phụ nữ, chuyển đổi số"), trimmed and without repeats. */
    public Set<String> tagSet() {
        return Arrays.stream(tags == null ? new String[0] : tags.split("[,;\\n]"))
                .map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public StoryContent content(String sanitizedBody) {
        return new StoryContent(kind, title, summary, sanitizedBody, sectionId, tagSet(), byline, eventAt, eventPlace,
                majorEvent, toPortal, toFanpage, toGroup, departmentId);
    }

    public String getAuthorSeat() { return authorSeat; }
    public void setAuthorSeat(String authorSeat) { this.authorSeat = authorSeat; }
    public StoryKind getKind() { return kind; }
    public void setKind(StoryKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getByline() { return byline; }
    public void setByline(String byline) { this.byline = byline; }
    public LocalDateTime getEventAt() { return eventAt; }
    public void setEventAt(LocalDateTime eventAt) { this.eventAt = eventAt; }
    public String getEventPlace() { return eventPlace; }
    public void setEventPlace(String eventPlace) { this.eventPlace = eventPlace; }
    public boolean isMajorEvent() { return majorEvent; }
    public void setMajorEvent(boolean majorEvent) { this.majorEvent = majorEvent; }
    public boolean isToPortal() { return toPortal; }
    public void setToPortal(boolean toPortal) { this.toPortal = toPortal; }
    public boolean isToFanpage() { return toFanpage; }
    public void setToFanpage(boolean toFanpage) { this.toFanpage = toFanpage; }
    public boolean isToGroup() { return toGroup; }
    public void setToGroup(boolean toGroup) { this.toGroup = toGroup; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Integer getRevision() { return revision; }
    public void setRevision(Integer revision) { this.revision = revision; }
}
