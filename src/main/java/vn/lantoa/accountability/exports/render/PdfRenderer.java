package vn.lantoa.accountability.exports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import vn.lantoa.accountability.exports.document.Block;
import vn.lantoa.accountability.exports.document.Decree30;
import vn.lantoa.accountability.exports.document.DocumentHeader;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Signature;
import vn.lantoa.accountability.exports.document.TableBlock;

/**
 * Writes an {@link OfficialReport} as a PDF in the same layout as {@link DocxRenderer}: the model
 * becomes XHTML with print CSS ({@code @page} margins of the decree, the page number in the top
 * margin box from page 2 on), and openhtmltopdf lays it out on PDFBox. Liberation Serif 2 (metric
 * compatible with Times New Roman, every Vietnamese letter) is bundled under {@code /fonts} and
 * embedded as a subset with Identity-H encoding, so the file reads the same on any machine.
 */
public final class PdfRenderer {

    /** The family name the CSS asks for; served by the bundled Liberation Serif. */
    static final String FAMILY = "Times New Roman";
    private static final List<FontFile> FONTS = List.of(
            new FontFile("/fonts/LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new FontFile("/fonts/LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new FontFile("/fonts/LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC),
            new FontFile("/fonts/LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC));

    static {
        XRLog.setLoggingEnabled(false);
    }

    private record FontFile(String resource, int weight, BaseRendererBuilder.FontStyle style) {

        byte[] bytes() {
            return Bytes.of(resource);
        }
    }

    /** The font files, read once. */
    private static final class Bytes {

        private static final java.util.Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] of(String resource) {
            return CACHE.computeIfAbsent(resource, r -> {
                try (InputStream in = PdfRenderer.class.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IllegalStateException("missing font " + r);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public byte[] render(OfficialReport report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (FontFile font : FONTS) {
                byte[] bytes = font.bytes();
                builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, font.weight(), font.style(), true);
            }
            builder.withHtmlContent(html(report), null);
            builder.withProducer("Lan Tỏa");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as XHTML for print; public so that it can be looked at in a browser. */
    public String html(OfficialReport report) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>").append(esc(report.title()))
                .append("</title><style>").append(css()).append("</style></head><body>");
        header(h, report.header());
        h.append("<div class=\"title\">").append(esc(report.title())).append("</div>");
        if (!report.subject().isEmpty()) {
            h.append("<div class=\"subject\">").append(esc(report.subject())).append("</div>");
        }
        h.append("<div class=\"rule subject-rule\"></div>");
        for (Block block : report.body()) {
            block(h, block);
        }
        closing(h, report);
        h.append("</body></html>");
        return h.toString();
    }

    /**
     * The page box is the decree's text area widened by the few millimetres the header reaches into the
     * margins (openhtmltopdf clips at the page box); the body is padded back to 30 mm and 15 mm.
     */
    private static final double HEADER_OUT_LEFT = 4;
    private static final double HEADER_OUT_RIGHT = 74 + 98 - 4 - (Decree30.PAGE_WIDTH_MM - Decree30.MARGIN_LEFT_MM - Decree30.MARGIN_RIGHT_MM);

    private static String css() {
        return String.format(Locale.ROOT, """
                @page { size: 210mm 297mm; margin: %smm %smm %smm %smm;
                  @top-center { content: counter(page); font-family: '%s'; font-size: 13pt; vertical-align: middle; } }
                @page :first { @top-center { content: none; } }
                body { font-family: '%s'; font-size: 14pt; line-height: 1.2; margin: 0; padding: 0 %smm 0 %smm; }
                div.header { margin-left: -%smm; margin-right: -%smm; }
                table.header { width: 100%%; border-collapse: collapse; table-layout: fixed; }
                table.header td { vertical-align: top; text-align: center; padding: 0; }
                td.issuer { width: %smm; font-size: 13pt; } td.nation { width: %smm; }
                .upper { text-transform: none; } .b { font-weight: bold; } .i { font-style: italic; }
                .s13 { font-size: 13pt; } .s14 { font-size: 14pt; }
                .rule { border-top: 0.6pt solid #000; height: 0; margin: 2pt auto 0 auto; }
                .number { margin-top: 6pt; } .place-date { margin-top: 6pt; font-style: italic; font-size: 14pt; }
                .title { margin-top: 24pt; text-align: center; font-weight: bold; font-size: 14pt; }
                .subject { text-align: center; font-weight: bold; font-size: 14pt; }
                .subject-rule { width: 35mm; margin-top: 5pt; margin-bottom: 6pt; }
                p, .h1, .h2, .bullet { margin: 6pt 0; text-align: justify; }
                p, .bullet, .h2 { text-indent: %smm; }
                .h1, .h2 { font-weight: bold; page-break-after: avoid; }
                .caption { text-align: center; font-weight: bold; font-size: 13pt; margin: 6pt 0 3pt 0; page-break-after: avoid; }
                table.data { width: 100%%; border-collapse: collapse; font-size: 13pt; -fs-table-paginate: paginate; margin-bottom: 6pt; }
                table.data th, table.data td { border: 0.6pt solid #000; padding: 1pt 4pt; vertical-align: middle; }
                table.data th { font-weight: bold; text-align: center; }
                table.data tr { page-break-inside: avoid; }
                table.data tr.total td { font-weight: bold; }
                .left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
                table.closing { width: 100%%; border-collapse: collapse; table-layout: fixed; margin-top: 12pt; page-break-inside: avoid; }
                table.closing td { vertical-align: top; padding: 0; }
                td.recipients { width: 45%%; } td.signature { text-align: center; font-size: 14pt; }
                .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
                .recipient { font-size: 11pt; line-height: 1.15; }
                .sign-space { height: 72pt; padding-top: 12pt; font-style: italic; }
                """,
                n(Decree30.MARGIN_TOP_MM), n(Decree30.MARGIN_RIGHT_MM - HEADER_OUT_RIGHT), n(Decree30.MARGIN_BOTTOM_MM),
                n(Decree30.MARGIN_LEFT_MM - HEADER_OUT_LEFT), FAMILY, FAMILY, n(HEADER_OUT_RIGHT), n(HEADER_OUT_LEFT),
                n(HEADER_OUT_LEFT), n(HEADER_OUT_RIGHT),
                n(74), n(98), n(Decree30.FIRST_LINE_INDENT_MM));
    }

    private static String n(double mm) {
        return String.format(Locale.ROOT, "%.2f", mm);
    }

    private static void header(StringBuilder h, DocumentHeader header) {
        h.append("<div class=\"header\"><table class=\"header\"><tr><td class=\"issuer\">")
                .append("<div class=\"s13\">").append(esc(header.parentBody())).append("</div>")
                .append("<div class=\"s13 b\">").append(esc(header.issuingBody())).append("</div>")
                .append("<div class=\"rule\" style=\"width: 30mm\"></div>")
                .append("<div class=\"s13 number\">").append(esc(header.numberLine()).replace("  ", "&#160; ")).append("</div>")
                .append("</td><td class=\"nation\">")
                .append("<div class=\"s13 b\">").append(esc(Decree30.NATIONAL_NAME)).append("</div>")
                .append("<div class=\"s14 b\">").append(esc(Decree30.MOTTO)).append("</div>")
                .append("<div class=\"rule\" style=\"width: 61mm\"></div>")
                .append("<div class=\"place-date\">").append(esc(header.placeDateLine())).append("</div>")
                .append("</td></tr></table></div>");
    }

    private static void block(StringBuilder h, Block block) {
        if (block instanceof Block.Heading heading) {
            h.append("<div class=\"h").append(heading.level()).append("\">").append(esc(heading.line())).append("</div>");
        } else if (block instanceof Block.Paragraph p) {
            h.append("<p>").append(esc(p.text())).append("</p>");
        } else if (block instanceof Block.Bullet b) {
            h.append("<div class=\"bullet\">").append(esc(b.line())).append("</div>");
        } else if (block instanceof TableBlock t) {
            table(h, t);
        }
    }

    private static void table(StringBuilder h, TableBlock table) {
        if (table.caption() != null && !table.caption().isBlank()) {
            h.append("<div class=\"caption\">").append(esc(table.caption())).append("</div>");
        }
        h.append("<table class=\"data\"><colgroup>");
        for (double share : table.widthShares()) {
            h.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.2f", share * 100)).append("%\"/>");
        }
        h.append("</colgroup><thead>");
        for (List<String> row : table.headerRows()) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<th>").append(esc(cell)).append("</th>");
            }
            h.append("</tr>");
        }
        h.append("</thead><tbody>");
        for (List<String> row : table.rows()) {
            row(h, table, row, "");
        }
        if (table.totalRow() != null) {
            row(h, table, table.totalRow(), " class=\"total\"");
        }
        h.append("</tbody></table>");
    }

    private static void row(StringBuilder h, TableBlock table, List<String> cells, String attributes) {
        h.append("<tr").append(attributes).append(">");
        for (int c = 0; c < cells.size(); c++) {
            h.append("<td class=\"").append(table.columns().get(c).align().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(cells.get(c))).append("</td>");
        }
        h.append("</tr>");
    }

    private static void closing(StringBuilder h, OfficialReport report) {
        Signature s = report.signature();
        h.append("<table class=\"closing\"><tr><td class=\"recipients\"><div class=\"recipients-label\">")
                .append(esc(Decree30.RECIPIENTS_LABEL)).append("</div>");
        for (String line : report.recipients().lines()) {
            h.append("<div class=\"recipient\">").append(esc(line)).append("</div>");
        }
        h.append("</td><td class=\"signature\"><div class=\"b\">").append(esc(s.authority())).append("</div>")
                .append("<div class=\"b\">").append(esc(s.title())).append("</div>")
                .append("<div class=\"sign-space\">").append(s.signedMark() ? esc(Decree30.SIGNED_MARK) : "").append("</div>")
                .append("<div class=\"b\">").append(esc(s.name())).append("</div>")
                .append("</td></tr></table>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
