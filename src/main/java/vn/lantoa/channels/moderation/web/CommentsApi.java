package vn.lantoa.channels.moderation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.moderation.ModerationAccess;
import vn.lantoa.channels.moderation.ModerationFigures;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

@Tag(name = "Kiểm duyệt bình luận", description = "Số liệu kiểm duyệt bình luận trên fanpage của đơn vị và cấp dưới")
@RestController
@RequestMapping("/api/v1")
class CommentsApi {

    record UnitDto(long id, String code, String name) {
    }

    record FiguresDto(UnitDto unit, ModerationFigures.Figures figures) {
    }

    private final ModerationAccess access;
    private final ModerationFigures figures;

    CommentsApi(ModerationAccess access, ModerationFigures figures) {
        this.access = access;
        this.figures = figures;
    }

    @Operation(summary = "Số bình luận đã xử lý theo trang và thao tác; thời gian phản hồi (trung vị, p90, tỉ lệ trong 24 giờ)")
    @GetMapping("/channels/comments/figures")
    FiguresDto figures(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "tu", required = false) String from,
                       @RequestParam(name = "den", required = false) String to) {
        UnitRef unit = access.subtree(CurrentActor.get(), unitId);
        return new FiguresDto(new UnitDto(unit.id(), unit.code(), unit.name()), figures.figures(unit.path(), ModerationFigures.period(from, to)));
    }
}
