package vn.lantoa.newsroom.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.newsroom.queue.Page;
import vn.lantoa.newsroom.queue.QueueFilter;
import vn.lantoa.newsroom.queue.StoryQueries;
import vn.lantoa.newsroom.queue.StoryRow;
import vn.lantoa.newsroom.story.Comments;
import vn.lantoa.newsroom.story.Revisions;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryAction;
import vn.lantoa.newsroom.story.StoryDesk;
import vn.lantoa.newsroom.story.StoryForm;
import vn.lantoa.newsroom.story.StoryPermissions;

@Tag(name = "Tin bài", description = "Viết, gửi, duyệt, biên tập và xuất bản tin bài")
@RestController
@RequestMapping("/api/v1/stories")
class StoryApi {

    enum ListScope { MINE, APPROVALS, QUEUE }

    record Transition(@NotNull(message = "{validation.required}") StoryAction action, String reason, Instant publishAt, Instant unpublishAt) {
    }

    record CommentBody(String body) {
    }

    record RevisionDto(int number, String title, String summary, String body, String byline, long savedBy, String savedByName,
                       Instant savedAt, String note) {
    }

    private final StoryDesk desk;
    private final StoryQueries queries;
    private final Comments comments;
    private final Revisions revisions;
    private final vn.lantoa.newsroom.story.StoryMedia media;

    StoryApi(StoryDesk desk, StoryQueries queries, Comments comments, Revisions revisions, vn.lantoa.newsroom.story.StoryMedia media) {
        this.media = media;
        this.desk = desk;
        this.queries = queries;
        this.comments = comments;
        this.revisions = revisions;
    }

    @Operation(summary = "Danh sách tin bài: của đơn vị tôi (MINE), chờ tôi duyệt (APPROVALS) hoặc hàng chờ biên tập (QUEUE)")
    @GetMapping
    Page<StoryRow> list(@RequestParam(defaultValue = "MINE") ListScope scope, @RequestParam(required = false) StoryStatus status,
                        @RequestParam(required = false) Long sectionId, @RequestParam(defaultValue = "0") int page) {
        Actor actor = CurrentActor.get();
        return switch (scope) {
            case MINE -> queries.ofMyUnits(actor, status, page);
            case APPROVALS -> queries.awaitingApproval(actor, page);
            case QUEUE -> {
                if (!actor.holds(Role.EDITOR) && !actor.holds(Role.LEADERSHIP)) {
                    throw new Forbidden("error.forbidden");
                }
                yield queries.editorsQueue(actor, new QueueFilter(null, sectionId, status, null, null, page), null);
            }
        };
    }

    @Operation(summary = "Tạo bản nháp tin bài")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StoryDto create(@Valid @RequestBody StoryForm form) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.create(actor, form));
    }

    @GetMapping("/{id}")
    StoryDto get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.get(actor, id));
    }

    @Operation(summary = "Sửa nội dung (mỗi lần lưu giữ một phiên bản)")
    @PutMapping("/{id}")
    StoryDto update(@PathVariable long id, @Valid @RequestBody StoryForm form) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.save(actor, id, form));
    }

    @Operation(summary = "Gửi tin bài lên Hội cấp trên (kiểm tra đủ ảnh, chú thích)")
    @PostMapping("/{id}/submit")
    StoryDto submit(@PathVariable long id) {
        return transition(id, new Transition(StoryAction.SUBMIT, null, null, null));
    }

    @Operation(summary = "Chuyển bước quy trình: APPROVE, TAKE, RETURN, REJECT, PUBLISH, SCHEDULE…")
    @PostMapping("/{id}/transitions")
    StoryDto transition(@PathVariable long id, @Valid @RequestBody Transition transition) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.perform(actor, id, transition.action(), transition.reason(), transition.publishAt(), transition.unpublishAt()));
    }

    @Operation(summary = "Tải lên một ảnh (JPEG, PNG, WebP, HEIC ≤ 20 MB) hoặc video MP4 (≤ 500 MB) cho tin bài")
    @PostMapping(path = "/{id}/media", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    StoryDto upload(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        Actor actor = CurrentActor.get();
        try (var content = file.getInputStream()) {
            return dto(actor, media.upload(actor, id, content, file.getOriginalFilename()));
        }
    }

    record Link(String url) {
    }

    record Description(String caption, String altText) {
    }

    @Operation(summary = "Thêm liên kết video YouTube hoặc Facebook")
    @PostMapping("/{id}/media/link")
    @ResponseStatus(HttpStatus.CREATED)
    StoryDto link(@PathVariable long id, @RequestBody Link link) {
        Actor actor = CurrentActor.get();
        return dto(actor, media.link(actor, id, link.url()));
    }

    @Operation(summary = "Chú thích và mô tả (alt) của một ảnh")
    @PutMapping("/{id}/media/{mediaId}")
    StoryDto describe(@PathVariable long id, @PathVariable java.util.UUID mediaId, @RequestBody Description description) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.describe(actor, id, mediaId, description.caption(), description.altText()));
    }

    @PostMapping("/{id}/media/{mediaId}/cover")
    StoryDto cover(@PathVariable long id, @PathVariable java.util.UUID mediaId) {
        Actor actor = CurrentActor.get();
        return dto(actor, desk.chooseCover(actor, id, mediaId));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/media/{mediaId}")
    StoryDto removeMedia(@PathVariable long id, @PathVariable java.util.UUID mediaId) {
        Actor actor = CurrentActor.get();
        return dto(actor, media.remove(actor, id, mediaId));
    }

    @GetMapping("/{id}/comments")
    List<Comments.Comment> comments(@PathVariable long id) {
        desk.get(CurrentActor.get(), id);
        return comments.of(id);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    List<Comments.Comment> comment(@PathVariable long id, @RequestBody CommentBody body) {
        desk.comment(CurrentActor.get(), id, body.body());
        return comments.of(id);
    }

    @GetMapping("/{id}/revisions")
    List<RevisionDto> revisions(@PathVariable long id) {
        desk.get(CurrentActor.get(), id);
        return revisions.of(id).stream().map(r -> new RevisionDto(r.number(), r.title(), r.summary(), r.body(), r.byline(), r.savedBy(),
                r.savedByName(), r.savedAt(), r.note())).toList();
    }

    static StoryDto dto(Actor actor, Story story) {
        return StoryDto.of(story, StoryPermissions.available(actor, story));
    }
}
