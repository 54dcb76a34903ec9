package vn.lantoa.accountability.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

@Tag(name = "Báo cáo tháng", description = "Báo cáo công tác truyền thông hằng tháng của đơn vị: lập, gửi, chấp nhận, trả lại, tổng hợp")
@RestController
@RequestMapping("/api/v1/accountability/reports")
class ReportApi {

    private final MonthlyReports reports;
    private final ReportRollupQueries rollups;
    private final OrgDirectory org;
    private final MessageSource messages;

    ReportApi(MonthlyReports reports, ReportRollupQueries rollups, OrgDirectory org, MessageSource messages) {
        this.reports = reports;
        this.rollups = rollups;
        this.org = org;
        this.messages = messages;
    }

    /** The answers to save: by field key, numbers as numbers or text; the version read (absent for a new report). */
    record Answers(Long version, Map<String, Object> answers) {
    }

    record Decision(long version, String comment) {
    }

    record FieldDto(String key, String label, String help, FieldKind kind, boolean required, boolean active) {
    }

    record FigureDto(String key, String label, long value) {
    }

    record HistoryDto(long id, String action, ReportStatus status, String comment, String actorName, Instant at) {
    }

    record ReportDto(long unitId, String unitName, YearMonth month, String dueDate, ReportStatus status, long version,
                     List<FieldDto> fields, Map<String, Object> answers, List<FigureDto> figures, Instant firstSubmittedAt,
                     String decisionComment, boolean canChange, boolean canAccept, boolean canReturn, List<HistoryDto> history) {
    }

    @Operation(summary = "Báo cáo của một đơn vị cho một tháng (yyyy-MM), kèm số liệu hệ thống và lịch sử")
    @GetMapping("/units/{unitId}/{month}")
    ReportDto get(@PathVariable long unitId, @PathVariable String month) {
        return dto(reports.open(CurrentActor.get(), unitId, month(month)));
    }

    @Operation(summary = "Lưu nháp báo cáo (toàn bộ hoặc không gì cả; lỗi theo từng trường)")
    @PutMapping("/units/{unitId}/{month}")
    ReportDto save(@PathVariable long unitId, @PathVariable String month, @RequestBody Answers body) {
        return change(unitId, month, body, false);
    }

    @Operation(summary = "Gửi báo cáo lên cấp trên (kiểm tra các mục bắt buộc)")
    @PostMapping("/units/{unitId}/{month}/submit")
    ReportDto submit(@PathVariable long unitId, @PathVariable String month, @RequestBody Answers body) {
        return change(unitId, month, body, true);
    }

    @Operation(summary = "Cấp trên chấp nhận báo cáo đã gửi")
    @PostMapping("/units/{unitId}/{month}/accept")
    ReportDto accept(@PathVariable long unitId, @PathVariable String month, @RequestBody Decision body) {
        Actor actor = CurrentActor.get();
        reports.accept(actor, unitId, month(month), body.version());
        return dto(reports.open(actor, unitId, month(month)));
    }

    @Operation(summary = "Cấp trên trả lại báo cáo (đã gửi hoặc đã chấp nhận) kèm lý do")
    @PostMapping("/units/{unitId}/{month}/return")
    ReportDto giveBack(@PathVariable long unitId, @PathVariable String month, @RequestBody Decision body) {
        Actor actor = CurrentActor.get();
        reports.giveBack(actor, unitId, month(month), body.version(), body.comment());
        return dto(reports.open(actor, unitId, month(month)));
    }

    @Operation(summary = "Tổng hợp báo cáo của một đơn vị và cấp dưới cho một kỳ: tháng 2026-10, quý 2026-Q4 hoặc năm 2026")
    @GetMapping("/rollup")
    ReportRollups.Rollup rollup(@RequestParam long unitId, @RequestParam String period) {
        Actor actor = CurrentActor.get();
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path())).orElseThrow(() -> new NotFound("report.error.unitNotFound"));
        if (!actor.may(unit.path(), RollupController.VIEWERS)) {
            throw new Forbidden("error.forbidden");
        }
        ReportingPeriod p = ReportingPeriod.parse(period).orElseThrow(() -> new InvalidInput("period", "report.error.badMonth"));
        return rollups.rollup(unit, p.firstMonth(), p.lastMonth());
    }

    /** Refused answers: one error per field, in the caller's language. */
    @ExceptionHandler(ReportRefused.class)
    ProblemDetail refused(ReportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message(e.messageKey(), e.args()));
        problem.setTitle(message("problem.title.400"));
        problem.setProperty("errors", e.sheet().problems().entrySet().stream()
                .map(p -> Map.of("field", p.getKey(), "message", message(p.getValue().messageKey(), p.getValue().args()))).toList());
        return problem;
    }

    private ReportDto change(long unitId, String month, Answers body, boolean submit) {
        Actor actor = CurrentActor.get();
        Map<String, String> typed = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((k, v) -> typed.put(k, v == null ? "" : v.toString()));
        }
        reports.save(actor, unitId, month(month), body.version(), typed, submit);
        return dto(reports.open(actor, unitId, month(month)));
    }

    private ReportDto dto(MonthlyReports.Sheet s) {
        return new ReportDto(s.unit().id(), s.unit().name(), s.month(), s.dueDate().toString(), s.status(), s.version(),
                s.form().fields().stream().map(f -> new FieldDto(f.key(), f.label(), f.help(), f.kind(), f.required(), f.active())).toList(),
                s.answers(),
                s.figures().stream().map(f -> new FigureDto(f.key(), f.messageKey() == null ? f.key() : message(f.messageKey()), f.value())).toList(),
                s.report().map(MonthlyReport::firstSubmittedAt).orElse(null),
                s.report().map(MonthlyReport::decisionComment).orElse(null),
                s.editable(), s.canAccept(), s.canReturn(),
                s.history().stream().map(h -> new HistoryDto(h.id(), h.action(), h.status(), h.comment(), h.actorName(), h.at())).toList());
    }

    private static YearMonth month(String text) {
        return ReportController.month(text).orElseThrow(() -> new NotFound("report.error.badMonth"));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
