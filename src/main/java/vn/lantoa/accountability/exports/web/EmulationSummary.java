package vn.lantoa.accountability.exports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.emulation.EmulationCriterion;
import vn.lantoa.accountability.emulation.EmulationRanking;
import vn.lantoa.accountability.emulation.EmulationScoring;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.TableBlock;

/**
 * The yearly emulation ranking as a document of its own: how the score is made (criteria and
 * weights), the ranking with each criterion's value, and each unit's breakdown in the workbook.
 * The ranking is the emulation module's; nothing is scored here.
 */
@Component
class EmulationSummary {

    private final DocumentTexts texts;

    EmulationSummary(DocumentTexts texts) {
        this.texts = texts;
    }

    String subject(EmulationRanking ranking) {
        return texts.text("exports.emulation.subject", Integer.toString(ranking.year()));
    }

    void addTo(OfficialReport.Builder report, EmulationRanking ranking) {
        report.section(texts.text("exports.emulation.criteria"));
        report.paragraph(texts.text("emulation.explain"));
        for (EmulationCriterion c : EmulationCriterion.values()) {
            report.bullet(texts.text("exports.emulation.weight", texts.text(c.messageKey()), ranking.weights().weight(c)));
        }
        if (ranking.provisional()) {
            report.paragraph(texts.text("exports.emulation.provisional"));
        }
        report.section(texts.text("exports.emulation.ranking"));
        if (ranking.rows().isEmpty()) {
            report.paragraph(texts.text("emulation.empty"));
            return;
        }
        TableBlock.Builder table = TableBlock.builder().caption(texts.text("emulation.caption", ranking.rows().size()))
                .column(texts.text("emulation.rank"), 8, TableBlock.Align.CENTER)
                .column(texts.text("emulation.unit"), 34, TableBlock.Align.LEFT);
        for (EmulationCriterion c : EmulationCriterion.values()) {
            table.column(texts.text(c.messageKey()), 11, TableBlock.Align.RIGHT);
        }
        table.column(texts.text("emulation.score"), 10, TableBlock.Align.RIGHT);
        for (EmulationRanking.Row row : ranking.rows()) {
            List<String> cells = new ArrayList<>(List.of(rank(row), row.unit().name()));
            for (EmulationCriterion c : EmulationCriterion.values()) {
                cells.add(row.percent(c) == null ? "–" : decimal(row.percent(c)) + "%");
            }
            cells.add(row.score() == null ? "–" : decimal(row.score()));
            table.row(cells);
        }
        report.table(table.build());
    }

    Sheet sheet(EmulationRanking ranking, String issuingBody) {
        Sheet.Builder sheet = Sheet.builder(texts.text("exports.emulation.sheet")).title(issuingBody)
                .title(subject(ranking) + (ranking.provisional() ? " (" + texts.text("emulation.provisional") + ")" : ""))
                .column(texts.text("emulation.rank"), 8)
                .column(texts.text("exports.stories.col.code"), 12)
                .column(texts.text("emulation.unit"), 40);
        for (EmulationCriterion c : EmulationCriterion.values()) {
            sheet.column(texts.text(c.messageKey()) + " (" + ranking.weights().weight(c) + ")", 16)
                    .column(texts.text("exports.emulation.col.raw"), 24);
        }
        sheet.column(texts.text("emulation.score"), 10);
        for (EmulationRanking.Row row : ranking.rows()) {
            List<SheetCell> cells = new ArrayList<>(List.of(SheetCell.text(rank(row)), SheetCell.text(row.unit().code()),
                    SheetCell.text(row.unit().name())));
            for (EmulationCriterion c : EmulationCriterion.values()) {
                EmulationScoring.Line line = row.line(c).orElse(null);
                cells.add(line == null || line.percent() == null ? SheetCell.empty() : SheetCell.percent(line.percent() / 100));
                cells.add(SheetCell.text(line == null ? "" : raw(line)));
            }
            cells.add(row.score() == null ? SheetCell.empty() : SheetCell.decimal(row.score()));
            sheet.row(cells);
        }
        return sheet.build();
    }

    private String raw(EmulationScoring.Line line) {
        if (line.measure().rawKey() != null) {
            return texts.text(line.measure().rawKey(), line.measure().rawArgs());
        }
        return line.measure().missingKey() == null ? "" : texts.text(line.measure().missingKey(), line.measure().rawArgs());
    }

    private String rank(EmulationRanking.Row row) {
        if (row.rank() == null) {
            return "–";
        }
        return row.tied() ? row.rank() + " (" + texts.text("emulation.tied") + ")" : Integer.toString(row.rank());
    }

    private static String decimal(double value) {
        return String.format(Locale.forLanguageTag("vi"), "%.1f", value);
    }
}
