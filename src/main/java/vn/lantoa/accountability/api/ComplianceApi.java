package vn.lantoa.accountability.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceStatus;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.compliance.Timeliness;
import vn.lantoa.accountability.compliance.UnitCompliance;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.web.ComplianceScope;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

@Tag(name = "Định mức tin bài", description = "Định mức của Hội cấp tỉnh (hoặc Trung ương) cho các đơn vị trong phạm vi")
@RestController
class ComplianceApi {

    private final ComplianceBoard board;
    private final ComplianceScope scope;

    ComplianceApi(ComplianceBoard board, ComplianceScope scope) {
        this.board = board;
        this.scope = scope;
    }

    record UnitRow(long id, String code, String name, long counted, long required, int percent, int periodsDue, int periodsMet,
                   ComplianceStatus status) {

        static UnitRow of(UnitCompliance u) {
            return new UnitRow(u.unit().id(), u.unit().code(), u.unit().name(), u.counted(), u.required(), u.percent(), u.periodsDue(),
                    u.periodsMet(), u.status());
        }
    }

    record RuleRow(long id, String name, long ownerUnitId, int held, int met, Double share, int shareAsked, boolean reached,
                   Map<ComplianceStatus, Long> byStatus, List<String> periods, List<UnitRow> units) {

        static RuleRow of(RuleCompliance r) {
            return new RuleRow(r.rule().id(), r.rule().name(), r.rule().ownerUnitId(), r.held(), r.met(), r.share().orElse(null),
                    r.rule().share().orElse(100), r.reached(), r.byStatus(), r.periods().stream().map(ReportingPeriod::code).toList(),
                    r.units().stream().map(UnitRow::of).toList());
        }
    }

    record TimelinessDto(long majorEvents, long onTime, long late, long pending, Double rate) {
    }

    record ComplianceDto(long unitId, String unitName, String period, List<RuleRow> rules, TimelinessDto timeliness) {
    }

    @Operation(summary = "Tình hình thực hiện định mức của một đơn vị và cấp dưới trong một kỳ",
            description = "ky: 2026-11 (tháng), 2026-Q4 (quý), 2026 (năm); mặc định quý hiện tại. don-vi: mặc định đơn vị gốc của người gọi.")
    @GetMapping("/api/v1/accountability/compliance")
    ComplianceDto compliance(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "ky", required = false) String ky) {
        UnitRef unit = scope.subtree(CurrentActor.get(), unitId);
        ReportingPeriod period = scope.period(ky);
        Timeliness t = board.timeliness(unit, period);
        return new ComplianceDto(unit.id(), unit.name(), period.code(),
                board.compliance(unit, period).stream().map(RuleRow::of).toList(),
                new TimelinessDto(t.majorEvents(), t.onTime(), t.late(), t.pending(), t.rate().orElse(null)));
    }
}
