package vn.lantoa.portal.comments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.common.security.CurrentActor;

/** The moderators' queue for apps: the same checks of role and scope as the pages (ModerationQueue). */
@Tag(name = "Bình luận bạn đọc", description = "Hàng chờ duyệt bình luận của bạn đọc: duyệt, từ chối, sửa rồi duyệt")
@RestController
@RequestMapping("/api/v1/portal/comments")
class CommentApi {

    private final CommentModeration moderation;
    private final ModerationQueue queue;

    CommentApi(CommentModeration moderation, ModerationQueue queue) {
        this.moderation = moderation;
        this.queue = queue;
    }

    record AttachmentDto(String kind, String url, String fileName, long sizeBytes) {
    }

    record CommentDto(long id, long siteId, long storyId, String storyTitle, String name, String email, String text,
                      String submittedText, CommentStatus status, boolean flagged, List<String> matchedRules, int linkCount,
                      Instant createdAt, String decidedBy, Instant decidedAt, boolean decidedByRules, String rejectReason,
                      AttachmentDto attachment) {

        static CommentDto of(QueueRow row) {
            QueueRow.Attachment a = row.attachment();
            return new CommentDto(row.id(), row.siteId(), row.storyId(), row.storyTitle(), row.name(), row.email(), row.text(),
                    row.submittedText(), row.status(), row.flagged(),
                    row.matches().stream().map(m -> m.category() + ":" + m.phrase()).toList(), row.linkCount(), row.createdAt(),
                    row.decidedBy(), row.decidedAt(), row.automatic(), row.rejectReason(),
                    a == null ? null : new AttachmentDto(a.image() ? "IMAGE" : "PDF",
                            a.image() ? a.url() : "/api/v1/portal/comments/" + row.id() + "/attachment", a.fileName(), a.sizeBytes()));
        }
    }

    record PageDto(List<CommentDto> comments, long total, int page, int pages, long pending) {
    }

    record RejectRequest(String reason) {
    }

    record EditRequest(String text) {
    }

    @Operation(summary = "Bình luận trong phạm vi của người gọi: chờ duyệt trước (bị đánh dấu lên đầu), lọc theo trạng thái, trang, tin")
    @GetMapping
    PageDto list(@RequestParam(required = false) CommentStatus status, @RequestParam(required = false) Long siteId,
                 @RequestParam(required = false) Long storyId, @RequestParam(defaultValue = "0") int page) {
        var actor = CurrentActor.get();
        ModerationQueue.Page rows = queue.page(actor, new ModerationQueue.Filter(status, siteId, storyId, page));
        return new PageDto(rows.rows().stream().map(CommentDto::of).toList(), rows.total(), rows.page(), rows.pages(),
                queue.pending(actor));
    }

    @Operation(summary = "Một bình luận")
    @GetMapping("/{id}")
    CommentDto get(@PathVariable long id) {
        return CommentDto.of(queue.get(CurrentActor.get(), id));
    }

    @Operation(summary = "Tệp PDF đính kèm, để tải về (ảnh có địa chỉ /media riêng)")
    @GetMapping("/{id}/attachment")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id) throws IOException {
        CommentModeration.Pdf pdf = moderation.pdf(CurrentActor.get(), id);
        return CommentController.download(pdf.fileName(), pdf.sizeBytes(), pdf.content(), CacheControl.noStore());
    }

    @Operation(summary = "Duyệt: bình luận hiện dưới bài viết")
    @PostMapping("/{id}/approve")
    CommentDto approve(@PathVariable long id) {
        return CommentDto.of(moderation.approve(CurrentActor.get(), id));
    }

    @Operation(summary = "Từ chối, có thể kèm lý do (chỉ ban biên tập thấy)")
    @PostMapping("/{id}/reject")
    CommentDto reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        return CommentDto.of(moderation.reject(CurrentActor.get(), id, request == null ? "" : request.reason()));
    }

    @Operation(summary = "Sửa nội dung rồi duyệt; lời gốc của bạn đọc được giữ lại")
    @PostMapping("/{id}/edit")
    CommentDto edit(@PathVariable long id, @RequestBody EditRequest request) {
        return CommentDto.of(moderation.editAndApprove(CurrentActor.get(), id, request.text()));
    }
}
