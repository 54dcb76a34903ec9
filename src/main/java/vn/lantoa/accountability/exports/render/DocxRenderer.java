package vn.lantoa.accountability.exports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.lantoa.accountability.exports.document.Block;
import vn.lantoa.accountability.exports.document.Decree30;
import vn.lantoa.accountability.exports.document.DocumentHeader;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Signature;
import vn.lantoa.accountability.exports.document.TableBlock;

/**
 * Writes an {@link OfficialReport} as a Word document in the layout of Decree 30/2020/NĐ-CP,
 * Appendix I: A4 portrait with the decree's margins, Times New Roman, the borderless two-column
 * header, justified body with a 1.27 cm first-line indent, bordered tables, "Nơi nhận" and the
 * signature side by side, and page numbers centred at the top from the second page on.
 */
public final class DocxRenderer {

    public static final String FONT = "Times New Roman";
    /** A4 in twips. */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    /** The header table reaches a little into the margins so that the national name fits on one line in 13 pt. */
    static final int HEADER_LEFT = Decree30.twips(74);
    static final int HEADER_RIGHT = Decree30.twips(98);
    static final int HEADER_INDENT = -Decree30.twips(4);
    static final int SPACING_6PT = 120;

    private final int textWidth = PAGE_WIDTH - Decree30.twips(Decree30.MARGIN_LEFT_MM) - Decree30.twips(Decree30.MARGIN_RIGHT_MM);

    public byte[] render(OfficialReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaultFont(doc);
            page(doc);
            header(doc, report.header());
            titles(doc, report);
            for (Block block : report.body()) {
                block(doc, block);
            }
            closing(doc, report);
            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaultFont(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(Decree30.twips(Decree30.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(Decree30.twips(10)));
        margins.setFooter(BigInteger.valueOf(Decree30.twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    private void header(XWPFDocument doc, DocumentHeader header) {
        XWPFTable table = borderless(doc, new int[] {HEADER_LEFT, HEADER_RIGHT});
        table.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(HEADER_INDENT));
        table.getCTTbl().getTblPr().getTblInd().setType(STTblWidth.DXA);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph p = first(left);
        centred(p);
        run(p, header.parentBody(), 13, false, false);
        p = left.addParagraph();
        centred(p);
        run(p, header.issuingBody(), 13, true, false);
        rule(left.addParagraph(), HEADER_LEFT, Decree30.twips(30));
        p = left.addParagraph();
        centred(p);
        p.setSpacingBefore(SPACING_6PT);
        run(p, header.numberLine(), 13, false, false);

        p = first(right);
        centred(p);
        run(p, Decree30.NATIONAL_NAME, 13, true, false);
        p = right.addParagraph();
        centred(p);
        run(p, Decree30.MOTTO, 14, true, false);
        rule(right.addParagraph(), HEADER_RIGHT, Decree30.twips(61));
        p = right.addParagraph();
        centred(p);
        p.setSpacingBefore(SPACING_6PT);
        run(p, header.placeDateLine(), 14, false, true);
    }

    private static void titles(XWPFDocument doc, OfficialReport report) {
        XWPFParagraph title = doc.createParagraph();
        centred(title);
        title.setSpacingBefore(2 * SPACING_6PT * 2);
        run(title, report.title(), 14, true, false);
        if (!report.subject().isEmpty()) {
            XWPFParagraph subject = doc.createParagraph();
            centred(subject);
            run(subject, report.subject(), 14, true, false);
        }
        rule(doc.createParagraph(), PAGE_WIDTH - Decree30.twips(45), Decree30.twips(35));
    }

    private void block(XWPFDocument doc, Block block) {
        if (block instanceof Block.Heading h) {
            XWPFParagraph p = body(doc.createParagraph());
            if (h.level() == 2) {
                p.setIndentationFirstLine(Decree30.twips(Decree30.FIRST_LINE_INDENT_MM));
            }
            p.setKeepNext(true);
            run(p, h.line(), 14, true, false);
        } else if (block instanceof Block.Paragraph para) {
            XWPFParagraph p = body(doc.createParagraph());
            p.setIndentationFirstLine(Decree30.twips(Decree30.FIRST_LINE_INDENT_MM));
            run(p, para.text(), 14, false, false);
        } else if (block instanceof Block.Bullet bullet) {
            XWPFParagraph p = body(doc.createParagraph());
            p.setIndentationFirstLine(Decree30.twips(Decree30.FIRST_LINE_INDENT_MM));
            run(p, bullet.line(), 14, false, false);
        } else if (block instanceof TableBlock table) {
            table(doc, table);
        }
    }

    private void table(XWPFDocument doc, TableBlock block) {
        if (block.caption() != null && !block.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            centred(caption);
            caption.setSpacingBefore(SPACING_6PT);
            caption.setKeepNext(true);
            run(caption, block.caption(), 13, true, false);
        }
        List<Double> shares = block.widthShares();
        int[] widths = new int[shares.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.round(textWidth * shares.get(i));
        }
        int rowCount = block.headerRows().size() + block.rows().size() + (block.totalRow() == null ? 0 : 1);
        XWPFTable table = doc.createTable(rowCount, widths.length);
        grid(table, widths);
        String border = "000000";
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(40, 80, 40, 80);
        int r = 0;
        for (List<String> header : block.headerRows()) {
            XWPFTableRow row = table.getRow(r++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            fill(row, header, widths, null, true);
        }
        for (List<String> cells : block.rows()) {
            XWPFTableRow row = table.getRow(r++);
            row.setCantSplitRow(true);
            fill(row, cells, widths, block.columns(), false);
        }
        if (block.totalRow() != null) {
            fill(table.getRow(r), block.totalRow(), widths, block.columns(), true);
        }
        // a little air between the table and what follows
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, List<TableBlock.Column> columns, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Integer.toString(widths[c]));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = first(cell);
            p.setAlignment(columns == null ? ParagraphAlignment.CENTER : switch (columns.get(c).align()) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
            });
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            run(p, cells.get(c), 13, bold, false);
        }
    }

    private void closing(XWPFDocument doc, OfficialReport report) {
        int left = textWidth * 45 / 100;
        XWPFTable table = borderless(doc, new int[] {left, textWidth - left});
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        XWPFParagraph p = first(recipients);
        p.setSpacingBefore(SPACING_6PT * 2);
        run(p, Decree30.RECIPIENTS_LABEL, 12, true, true);
        for (String line : report.recipients().lines()) {
            XWPFParagraph entry = recipients.addParagraph();
            tight(entry);
            run(entry, line, 11, false, false);
        }

        Signature s = report.signature();
        p = first(signature);
        centred(p);
        p.setSpacingBefore(SPACING_6PT * 2);
        run(p, s.authority(), 14, true, false);
        p = signature.addParagraph();
        centred(p);
        run(p, s.title(), 14, true, false);
        for (int i = 0; i < 4; i++) {
            XWPFParagraph blank = signature.addParagraph();
            centred(blank);
            if (i == 1 && s.signedMark()) {
                run(blank, Decree30.SIGNED_MARK, 14, false, true);
            }
        }
        p = signature.addParagraph();
        centred(p);
        run(p, s.name(), 14, true, false);
    }

    /** Page numbers centred at the top, not on the first page (Word's "different first page"). */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = others.createParagraph();
        centred(p);
        XWPFRun begin = run(p, "", 13, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = run(p, "", 13, false, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = run(p, "", 13, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", 13, false, false);
        XWPFRun end = run(p, "", 13, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static XWPFTable borderless(XWPFDocument doc, int[] widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        grid(table, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        // zero cell margins written out: an empty tblCellMar leaves Word's 0.19 cm on each side
        CTTblPr pr = table.getCTTbl().getTblPr();
        var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        for (int c = 0; c < widths.length; c++) {
            table.getRow(0).getCell(c).setWidth(Integer.toString(widths[c]));
        }
        return table;
    }

    /** Fixed column widths, so that Word and LibreOffice lay the table out alike. */
    private static void grid(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** A short horizontal rule, centred in a space of the given width: a bottom border on an empty, tiny paragraph. */
    private static void rule(XWPFParagraph p, int spaceWidth, int ruleWidth) {
        int indent = Math.max(0, (spaceWidth - ruleWidth) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, "", 2, false, false);
    }

    private static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBefore(SPACING_6PT);
        p.setSpacingAfter(SPACING_6PT);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        tight(p);
    }

    private static void tight(XWPFParagraph p) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (!text.isEmpty()) {
            run.setText(text);
        }
        return run;
    }
}
