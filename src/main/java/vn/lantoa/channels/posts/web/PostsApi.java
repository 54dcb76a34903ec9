package vn.lantoa.channels.posts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.posts.PostAccess;
import vn.lantoa.channels.posts.PostFigures;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

@Tag(name = "Bài đăng trên kênh", description = "Tương tác của các bài đăng trên kênh của đơn vị và cấp dưới")
@RestController
@RequestMapping("/api/v1")
class PostsApi {

    record UnitDto(long id, String code, String name, String path) {
    }

    record PostsDto(UnitDto unit, LocalDate from, LocalDate to, PostFigures.Totals totals, List<PostFigures.UnitFigures> units,
                    List<PostFigures.PostLine> best) {
    }

    private final PostAccess access;
    private final PostFigures figures;

    PostsApi(PostAccess access, PostFigures figures) {
        this.access = access;
        this.figures = figures;
    }

    @Operation(summary = "Tổng hợp bài đăng và tương tác của một đơn vị (cả cấp dưới) trong kỳ, cùng 10 bài tốt nhất")
    @GetMapping("/channels/posts")
    PostsDto posts(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "tu", required = false) String tu,
                   @RequestParam(name = "den", required = false) String den) {
        UnitRef unit = access.subtree(CurrentActor.get(), unitId);
        PostFigures.Period period = PostsController.period(tu, den);
        return new PostsDto(new UnitDto(unit.id(), unit.code(), unit.name(), unit.path()), period.from(), period.to(),
                figures.totals(unit, period), figures.byChildUnit(unit, period, PostFigures.Sort.engagement, false),
                figures.best(unit, period, PostsController.BEST));
    }
}
