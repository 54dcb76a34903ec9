package vn.lantoa.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.search.SearchQuery;
import vn.lantoa.search.SearchResults;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.search.Suggestion;
import vn.lantoa.search.internal.SearchIndexing;
import vn.lantoa.search.internal.SearchPermissions;

@Tag(name = "Tìm kiếm", description = "Tìm tin bài đã đăng, có dấu hoặc không dấu; trạng thái và lập lại chỉ mục")
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    private final SiteSearch search;
    private final SearchIndexing indexing;

    SearchApi(SiteSearch search, SearchIndexing indexing) {
        this.search = search;
        this.indexing = indexing;
    }

    @Operation(summary = "Tìm tin bài đã đăng",
            description = "q có dấu hoặc không dấu (\"phu nu\" tìm được \"Phụ nữ\"), cụm từ trong ngoặc kép; lọc theo chuyên mục, "
                    + "cây đơn vị (tiền tố đường dẫn như /1/25/) và ngày đăng from–to (kể cả hai đầu, giờ Việt Nam). "
                    + "titleHtml và snippetHtml đã thoát HTML, chỉ có thẻ <mark> quanh từ khớp. q trống: mới nhất trước.")
    @GetMapping
    SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long sectionId,
                         @Parameter(example = "/1/2/") @RequestParam(required = false) String unitPath,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
        return search.search(new SearchQuery(q, sectionId, unitPath, from, to, page, size));
    }

    @Operation(summary = "Gợi ý tiêu đề khi đang gõ", description = "Mọi từ đã gõ phải có trong tiêu đề, từ cuối là tiền tố; có dấu hoặc không dấu.")
    @GetMapping("/suggestions")
    List<Suggestion> suggestions(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "8") int limit) {
        return search.suggest(q, limit);
    }

    @Operation(summary = "Trạng thái chỉ mục", description = "Số tài liệu đã lưu và đã lập chỉ mục, lần lập lại gần nhất. Quản trị viên.")
    @GetMapping("/index")
    SearchIndexing.Status index() {
        SearchPermissions.requireSee(CurrentActor.get());
        return indexing.status();
    }

    @Operation(summary = "Lập lại chỉ mục", description = "Dựng lại toàn bộ chỉ mục từ các tài liệu đã lưu, chạy nền; theo dõi ở GET /api/v1/search/index. "
            + "Quản trị viên của đơn vị cấp cao nhất. 202 khi bắt đầu, 409 khi đang chạy.")
    @PostMapping("/reindex")
    ResponseEntity<SearchIndexing.Status> reindex() {
        boolean started = indexing.rebuild(CurrentActor.get());
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(indexing.status());
    }
}
