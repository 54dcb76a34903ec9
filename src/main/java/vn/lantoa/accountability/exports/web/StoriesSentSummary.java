package vn.lantoa.accountability.exports.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.TableBlock;
import vn.lantoa.accountability.exports.document.VietnameseNumbers;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitRef;

/**
 * A section of the province's summary: how many stories each commune-level union (with everything
 * under it) sent in a period, counted from the newsroom's {@code story_fact} view by the time of first
 * submission in Vietnam's time, units placed by their current path. Builds the table for the page, a
 * section of the official report and a sheet of the workbook; the compliance, monthly-report and
 * emulation sections go next to it.
 */
@Component
public class StoriesSentSummary {

    private final JdbcClient jdbc;
    private final DocumentTexts texts;

    StoriesSentSummary(JdbcClient jdbc, DocumentTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** One commune-level union and the stories it and its branches sent. */
    public record Row(long unitId, String code, String name, boolean active, long sent) {
    }

    public record Result(UnitRef province, ReportingPeriod period, List<Row> rows) {

        public long total() {
            return rows.stream().mapToLong(Row::sent).sum();
        }

        public long unitsThatSent() {
            return rows.stream().filter(r -> r.sent() > 0).count();
        }

        public String share(Row row) {
            return VietnameseNumbers.percent(row.sent(), total());
        }
    }

    public Result of(UnitRef province, ReportingPeriod period) {
        List<Row> rows = jdbc.sql("""
                with sent as (
                  select a.path, count(*) as n
                  from story_fact f join unit a on a.id = f.author_unit_id
                  where f.submitted_at >= :start and f.submitted_at < :end and a.path like :prefix
                  group by a.path)
                select c.id, c.code, c.name, c.active, coalesce(sum(s.n), 0) as sent
                from unit c left join sent s on s.path like c.path || '%'
                where c.level = 'COMMUNE' and c.path like :prefix
                group by c.id, c.code, c.name, c.active
                having c.active or coalesce(sum(s.n), 0) > 0
                order by c.code""")
                .param("start", java.sql.Timestamp.from(period.startInstant()))
                .param("end", java.sql.Timestamp.from(period.endInstant()))
                .param("prefix", province.path() + "%")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getLong(5)))
                .list();
        return new Result(province, period, rows);
    }

    private String periodName(ReportingPeriod period) {
        return texts.periodName(period);
    }

    /** The section as the official report prints it: a summary sentence, the table and where the figures come from. */
    public void addTo(OfficialReport.Builder report, Result result, LocalDate asOf) {
        report.section(text("exports.stories.section"));
        report.paragraph(text("exports.stories.summary", periodName(result.period()), Long.toString(result.unitsThatSent()),
                Integer.toString(result.rows().size()),
                VietnameseNumbers.percent(result.unitsThatSent(), result.rows().size()), VietnameseNumbers.count(result.total())));
        TableBlock.Builder table = TableBlock.builder().caption(text("exports.stories.table"))
                .column(text("exports.stories.col.no"), 7, TableBlock.Align.CENTER)
                .column(text("exports.stories.col.unit"), 48, TableBlock.Align.LEFT)
                .column(text("exports.stories.col.sent"), 18, TableBlock.Align.RIGHT)
                .column(text("exports.stories.col.share"), 15, TableBlock.Align.RIGHT);
        int i = 0;
        for (Row row : result.rows()) {
            table.row(Integer.toString(++i), row.name(), VietnameseNumbers.count(row.sent()), result.share(row));
        }
        table.total("", text("exports.stories.total"), VietnameseNumbers.count(result.total()), result.total() == 0 ? "" : "100%");
        report.table(table.build());
        report.paragraph(text("exports.stories.source", asOf.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
    }

    public Sheet sheet(Result result, String issuingBody) {
        Sheet.Builder sheet = Sheet.builder(text("exports.stories.sheet"))
                .title(issuingBody)
                .title(text("exports.stories.table") + " – " + periodName(result.period()))
                .column(text("exports.stories.col.no"), 6)
                .column(text("exports.stories.col.code"), 12)
                .column(text("exports.stories.col.unit"), 42)
                .column(text("exports.stories.col.sent"), 14)
                .column(text("exports.stories.col.share"), 12);
        int i = 0;
        for (Row row : result.rows()) {
            sheet.row(SheetCell.whole(++i), SheetCell.text(row.code()), SheetCell.text(row.name()), SheetCell.whole(row.sent()),
                    SheetCell.percent(row.sent(), result.total()));
        }
        sheet.total(SheetCell.empty(), SheetCell.empty(), SheetCell.text(text("exports.stories.total")), SheetCell.whole(result.total()),
                result.total() == 0 ? SheetCell.empty() : SheetCell.percent(1.0));
        return sheet.build();
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
