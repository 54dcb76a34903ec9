package vn.lantoa.accountability.exports.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.TableBlock;
import vn.lantoa.accountability.exports.document.VietnameseNumbers;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.MonthlyReports;
import vn.lantoa.accountability.reports.ReportRollups;
import vn.lantoa.accountability.reports.UnitReportState;
import vn.lantoa.org.UnitRef;

/**
 * The summary's section on the units' monthly reports over the months of the period that are due:
 * reporting and on-time rates (as DHIS2 shows them), the units that have not reported or reported
 * late, and the sums of every figure. The roll-up is the reports module's; nothing is added up here.
 */
@Component
class ReportsSummary {

    private final ReportRollups rollups;
    private final MonthlyReports reports;
    private final DocumentTexts texts;
    private final MessageSource messages;

    ReportsSummary(ReportRollups rollups, MonthlyReports reports, DocumentTexts texts, MessageSource messages) {
        this.rollups = rollups;
        this.reports = reports;
        this.texts = texts;
        this.messages = messages;
    }

    /** Empty rollup when no month of the period is due yet. */
    record Result(ReportingPeriod period, YearMonth until, Optional<ReportRollups.Rollup> rollup) {
    }

    Result of(UnitRef province, ReportingPeriod period) {
        Optional<YearMonth> until = reports.lastDueMonth(period);
        return new Result(period, until.orElse(null), until.map(to -> rollups.rollup(province, period.firstMonth(), to)));
    }

    void addTo(OfficialReport.Builder report, Result result) {
        report.section(texts.text("exports.reports.section"));
        if (result.rollup().isEmpty()) {
            report.paragraph(texts.text("exports.reports.notDue", texts.periodName(result.period())));
            return;
        }
        ReportRollups.Rollup rollup = result.rollup().get();
        ReportRollups.Rates rates = rollup.rates();
        report.paragraph(texts.text("exports.reports.rates", months(result), rates.expected(), rates.received(),
                VietnameseNumbers.percent(rates.received(), rates.expected()), rates.onTime(),
                VietnameseNumbers.percent(rates.onTime(), rates.expected())));
        report.paragraph(texts.text("exports.reports.missing", names(rollup.missing())));
        report.paragraph(texts.text("exports.reports.late", names(rollup.late())));
        if (!rollup.totals().isEmpty()) {
            TableBlock.Builder table = TableBlock.builder().caption(texts.text("exports.reports.table"))
                    .column(texts.text("exports.stories.col.no"), 6, TableBlock.Align.CENTER)
                    .column(texts.text("exports.reports.col.figure"), 60, TableBlock.Align.LEFT)
                    .column(texts.text("exports.reports.col.total"), 20, TableBlock.Align.RIGHT);
            int i = 0;
            for (ReportRollups.Total total : rollup.totals()) {
                table.row(Integer.toString(++i), label(total), VietnameseNumbers.count(total.value()));
            }
            report.table(table.build());
        }
    }

    Sheet sheet(Result result, String issuingBody) {
        Sheet.Builder sheet = Sheet.builder(texts.text("exports.reports.sheet")).title(issuingBody)
                .title(texts.text("exports.reports.table") + " – " + texts.periodName(result.period()))
                .column(texts.text("exports.stories.col.no"), 6)
                .column(texts.text("exports.stories.col.code"), 12)
                .column(texts.text("exports.stories.col.unit"), 40)
                .column(texts.text("exports.reports.col.expected"), 10)
                .column(texts.text("exports.reports.col.received"), 10)
                .column(texts.text("exports.reports.col.onTime"), 10)
                .column(texts.text("exports.reports.col.accepted"), 10)
                .column(texts.text("exports.reports.col.state"), 18);
        if (result.rollup().isEmpty()) {
            return sheet.build();
        }
        ReportRollups.Rollup rollup = result.rollup().get();
        int i = 0;
        for (ReportRollups.UnitState unit : rollup.units()) {
            sheet.row(SheetCell.whole(++i), SheetCell.text(unit.unit().code()), SheetCell.text(unit.unit().name()),
                    SheetCell.whole(unit.expected()), SheetCell.whole(unit.received()), SheetCell.whole(unit.onTime()),
                    SheetCell.whole(unit.accepted()), SheetCell.text(texts.text(UnitReportState.of(unit).messageKey())));
        }
        ReportRollups.Rates rates = rollup.rates();
        sheet.total(SheetCell.empty(), SheetCell.empty(), SheetCell.text(texts.text("exports.stories.total")),
                SheetCell.whole(rates.expected()), SheetCell.whole(rates.received()), SheetCell.whole(rates.onTime()),
                SheetCell.empty(), rates.expected() == 0 ? SheetCell.empty() : SheetCell.percent(rates.received(), rates.expected()));
        return sheet.build();
    }

    /** The sums of every figure, as a sheet of their own. */
    Sheet totalsSheet(Result result, String issuingBody) {
        Sheet.Builder sheet = Sheet.builder(texts.text("exports.reports.totalsSheet")).title(issuingBody)
                .title(texts.text("exports.reports.table") + " – " + texts.periodName(result.period()))
                .column(texts.text("exports.stories.col.no"), 6)
                .column(texts.text("exports.reports.col.figure"), 60)
                .column(texts.text("exports.reports.col.total"), 14);
        int i = 0;
        for (ReportRollups.Total total : result.rollup().map(ReportRollups.Rollup::totals).orElse(List.of())) {
            sheet.row(SheetCell.whole(++i), SheetCell.text(label(total)), SheetCell.whole(total.value()));
        }
        return sheet.build();
    }

    private String months(Result result) {
        ReportingPeriod first = ReportingPeriod.month(result.period().firstMonth());
        return result.until().equals(result.period().firstMonth()) ? texts.periodInSentence(first)
                : texts.text("exports.reports.months", texts.periodInSentence(first),
                        texts.periodInSentence(ReportingPeriod.month(result.until())));
    }

    private String label(ReportRollups.Total total) {
        return total.labelIsMessageKey() ? messages.getMessage(total.label(), null, total.label(), DocumentTexts.DOCUMENT) : total.label();
    }

    private String names(List<ReportRollups.UnitState> units) {
        if (units.isEmpty()) {
            return texts.text("exports.reports.nobody");
        }
        return units.stream().map(u -> u.unit().name()).collect(Collectors.joining(", ")) + " (" + units.size() + ")";
    }
}
