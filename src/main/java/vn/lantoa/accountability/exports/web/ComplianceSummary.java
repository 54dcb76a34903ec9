package vn.lantoa.accountability.exports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceStatus;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.compliance.Timeliness;
import vn.lantoa.accountability.compliance.UnitCompliance;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.TableBlock;
import vn.lantoa.accountability.exports.document.VietnameseNumbers;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitRef;

/**
 * The summary's section on quotas: each rule met by how many units against the share asked, the
 * 12-working-hour timeliness of major events, and every held unit's count against each rule. The
 * figures are the compliance board's; nothing is counted here.
 */
@Component
class ComplianceSummary {

    private final ComplianceBoard board;
    private final DocumentTexts texts;

    ComplianceSummary(ComplianceBoard board, DocumentTexts texts) {
        this.board = board;
        this.texts = texts;
    }

    record Result(ReportingPeriod period, List<RuleCompliance> rules, Timeliness timeliness) {

        /** Each held unit once, in the tree's order, with its compliance per rule (null where a rule does not hold it). */
        Map<UnitRef, List<UnitCompliance>> byUnit() {
            Map<UnitRef, UnitCompliance[]> units = new LinkedHashMap<>();
            for (int r = 0; r < rules.size(); r++) {
                for (UnitCompliance u : rules.get(r).units()) {
                    units.computeIfAbsent(u.unit(), k -> new UnitCompliance[rules.size()])[r] = u;
                }
            }
            Map<UnitRef, List<UnitCompliance>> rows = new LinkedHashMap<>();
            units.forEach((unit, row) -> rows.put(unit, java.util.Arrays.asList(row)));
            return rows;
        }

        static ComplianceStatus overall(List<UnitCompliance> row) {
            return row.stream().filter(java.util.Objects::nonNull).map(UnitCompliance::status)
                    .reduce(ComplianceStatus.MET, ComplianceStatus::worse);
        }
    }

    Result of(UnitRef province, ReportingPeriod period) {
        List<RuleCompliance> rules = board.compliance(province, period).stream().filter(r -> r.held() > 0).toList();
        return new Result(period, rules, board.timeliness(province, period));
    }

    void addTo(OfficialReport.Builder report, Result result) {
        report.section(texts.text("exports.compliance.section"));
        if (result.rules().isEmpty()) {
            report.paragraph(texts.text("exports.compliance.none", texts.periodName(result.period())));
        }
        for (RuleCompliance rule : result.rules()) {
            report.paragraph(texts.text("exports.compliance.rule", rule.rule().name(), rule.met(), rule.held(),
                    VietnameseNumbers.percent(rule.met(), rule.held()), rule.rule().share().orElse(100),
                    texts.text(rule.reached() ? "exports.compliance.reached" : "exports.compliance.notReached")));
        }
        Timeliness t = result.timeliness();
        report.paragraph(t.majorEvents() == 0 ? texts.text("exports.compliance.noMajorEvents")
                : texts.text("exports.compliance.timeliness", t.majorEvents(), t.onTime(),
                        VietnameseNumbers.percent(t.onTime(), t.onTime() + t.late()), t.late(), t.pending()));
        if (result.rules().isEmpty()) {
            return;
        }
        TableBlock.Builder table = TableBlock.builder().caption(texts.text("exports.compliance.table"))
                .column(texts.text("exports.stories.col.no"), 6, TableBlock.Align.CENTER)
                .column(texts.text("exports.stories.col.unit"), 40, TableBlock.Align.LEFT);
        for (int r = 0; r < result.rules().size(); r++) {
            table.column(texts.text("exports.compliance.col.rule", r + 1), 14, TableBlock.Align.CENTER);
        }
        table.column(texts.text("exports.compliance.col.result"), 16, TableBlock.Align.CENTER);
        int i = 0;
        for (var entry : result.byUnit().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(++i), entry.getKey().name()));
            entry.getValue().forEach(u -> cells.add(u == null ? "–" : u.counted() + "/" + u.required()));
            cells.add(texts.text(Result.overall(entry.getValue()).messageKey()));
            table.row(cells);
        }
        report.table(table.build());
        for (int r = 0; r < result.rules().size(); r++) {
            report.bullet(texts.text("exports.compliance.legend", r + 1, result.rules().get(r).rule().name()));
        }
    }

    Sheet sheet(Result result, String issuingBody) {
        Sheet.Builder sheet = Sheet.builder(texts.text("exports.compliance.sheet")).title(issuingBody)
                .title(texts.text("exports.compliance.table") + " – " + texts.periodName(result.period()))
                .column(texts.text("exports.stories.col.no"), 6)
                .column(texts.text("exports.stories.col.code"), 12)
                .column(texts.text("exports.stories.col.unit"), 40);
        for (RuleCompliance rule : result.rules()) {
            sheet.column(texts.text("exports.compliance.col.counted", rule.rule().name()), 16)
                    .column(texts.text("exports.compliance.col.required"), 10)
                    .column(texts.text("exports.compliance.col.status"), 14);
        }
        int i = 0;
        for (var entry : result.byUnit().entrySet()) {
            List<SheetCell> cells = new ArrayList<>(List.of(SheetCell.whole(++i), SheetCell.text(entry.getKey().code()),
                    SheetCell.text(entry.getKey().name())));
            for (UnitCompliance u : entry.getValue()) {
                cells.add(u == null ? SheetCell.empty() : SheetCell.whole(u.counted()));
                cells.add(u == null ? SheetCell.empty() : SheetCell.whole(u.required()));
                cells.add(u == null ? SheetCell.empty() : SheetCell.text(texts.text(u.status().messageKey())));
            }
            sheet.row(cells);
        }
        List<SheetCell> total = new ArrayList<>(List.of(SheetCell.empty(), SheetCell.empty(), SheetCell.text(texts.text("exports.compliance.unitsMet"))));
        for (RuleCompliance rule : result.rules()) {
            total.add(SheetCell.whole(rule.met()));
            total.add(SheetCell.whole(rule.held()));
            total.add(rule.held() == 0 ? SheetCell.empty() : SheetCell.percent(rule.met(), rule.held()));
        }
        sheet.total(total.toArray(SheetCell[]::new));
        return sheet.build();
    }
}
