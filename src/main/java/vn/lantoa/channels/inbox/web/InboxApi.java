package vn.lantoa.channels.inbox.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.inbox.InboxAccess;
import vn.lantoa.channels.inbox.InboxFigures;
import vn.lantoa.common.security.CurrentActor;

@Tag(name = "Hộp thư trang", description = "Thời gian trả lời tin nhắn gửi tới các trang, theo trang và ban phụ trách")
@RestController
@RequestMapping("/api/v1")
class InboxApi {

    record FiguresDto(LocalDate from, LocalDate to, List<InboxFigures.Line> lines) {
    }

    private final InboxAccess access;
    private final InboxFigures figures;

    InboxApi(InboxAccess access, InboxFigures figures) {
        this.access = access;
        this.figures = figures;
    }

    @Operation(summary = "Số cuộc trò chuyện, thời gian trả lời đầu tiên (trung vị, phân vị 90, phút), tỉ lệ trả lời trong 24 giờ và số chưa trả lời,"
            + " theo trang và ban, trong kỳ (mặc định 30 ngày gần nhất); dòng cuối (không có trang) là tổng")
    @GetMapping("/channels/inbox/figures")
    FiguresDto figures(@RequestParam(name = "tu", required = false) String tu, @RequestParam(name = "den", required = false) String den) {
        InboxFigures.Period period = InboxController.period(tu, den, LocalDate.now(InboxFigures.VIETNAM));
        return new FiguresDto(period.from(), period.to(), figures.lines(access.scope(CurrentActor.get()), period));
    }
}
