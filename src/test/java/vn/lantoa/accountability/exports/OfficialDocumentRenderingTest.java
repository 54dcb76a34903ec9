package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.render.DocxRenderer;
import vn.lantoa.accountability.exports.render.PdfRenderer;

/** The .docx and .pdf of one report, opened back with POI and PDFBox and held to the decree's layout. */
class OfficialDocumentRenderingTest {

    static final Path OUT = Path.of("target", "exports-samples");
    static byte[] docx;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        OfficialReport report = SampleReport.build();
        docx = new DocxRenderer().render(report);
        pdf = new PdfRenderer().render(report);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("sample.docx"), docx);
        Files.write(OUT.resolve("sample.pdf"), pdf);
    }

    // ---- .docx ----

    @Test
    void theWordFileIsA4PortraitWithTheDecreesMargins() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = sect.getPgMar();
            assertThat(twips(margins.getTop())).as("top 20 mm").isEqualTo(1134);
            assertThat(twips(margins.getBottom())).as("bottom 20 mm").isEqualTo(1134);
            assertThat(twips(margins.getLeft())).as("left 30 mm").isEqualTo(1701);
            assertThat(twips(margins.getRight())).as("right 15 mm").isEqualTo(850);
        }
    }

    @Test
    void theHeaderIsATwoColumnTableWithoutBorders() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRows()).hasSize(1);
            assertThat(header.getRow(0).getTableCells()).hasSize(2);
            for (XWPFTable.XWPFBorderType border : List.of(header.getTopBorderType(), header.getBottomBorderType(),
                    header.getLeftBorderType(), header.getRightBorderType(), header.getInsideHBorderType(), header.getInsideVBorderType())) {
                assertThat(border).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            }
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            assertRun(left.getParagraphs().get(0), "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", 13, false, false);
            assertRun(left.getParagraphs().get(1), "HỘI LHPN TỈNH THANH HÓA", 13, true, false);
            assertThat(left.getParagraphs().get(2).getBorderBottom()).as("the rule under the issuing body")
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            assertRun(left.getParagraphs().get(3), "Số: 05/BC-HLHPN", 13, false, false);
            assertRun(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            assertRun(right.getParagraphs().get(1), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            assertThat(right.getParagraphs().get(2).getBorderBottom()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            assertRun(right.getParagraphs().get(3), "Thanh Hóa, ngày 05 tháng 01 năm 2026", 14, false, true);
            assertThat(right.getParagraphs().get(3).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void titleSubjectAndBodyHaveTheDecreesTypeAndSpacing() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph title = paragraph(doc, "BÁO CÁO");
            assertRun(title, "BÁO CÁO", 14, true, false);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFParagraph subject = paragraph(doc, "Kết quả công tác truyền thông quý IV năm 2025");
            assertRun(subject, subject.getText(), 14, true, false);
            assertThat(subject.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertRun(paragraph(doc, "I. KẾT QUẢ ĐẠT ĐƯỢC"), "I. KẾT QUẢ ĐẠT ĐƯỢC", 14, true, false);
            assertThat(paragraph(doc, "1. Công tác tuyên truyền trên nền tảng số")).isNotNull();
            assertThat(paragraph(doc, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026")).isNotNull();
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện Kế hoạch")).findFirst().orElseThrow();
            assertRun(body, body.getText(), 14, false, false);
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).as("1.27 cm").isEqualTo(720);
            assertThat(body.getSpacingBefore()).as("6 pt").isEqualTo(120);
            assertThat(body.getSpacingAfter()).isEqualTo(120);
            assertThat(body.getSpacingBetween()).isGreaterThanOrEqualTo(1.0);
            assertThat(paragraph(doc, "- Các cơ sở Hội cấp xã gửi tin, bài đều đặn hằng tháng.").getIndentationFirstLine()).isEqualTo(720);
        }
    }

    @Test
    void bodyTablesHaveBordersABoldHeaderAndNumbersToTheRight() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(table.getRows()).hasSize(2 + SampleReport.COMMUNES.length + 1);
            XWPFParagraph head = table.getRow(0).getCell(2).getParagraphs().get(0);
            assertRun(head, "Tin, bài đã gửi", 13, true, false);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            XWPFParagraph hoangHoa = table.getRow(3).getCell(1).getParagraphs().get(0);
            assertRun(hoangHoa, "Hội LHPN xã Hoằng Hóa", 13, false, false);
            assertThat(hoangHoa.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(table.getRow(3).getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            XWPFParagraph total = table.getRow(table.getRows().size() - 1).getCell(1).getParagraphs().get(0);
            assertRun(total, "Tổng cộng", 13, true, false);
        }
    }

    @Test
    void recipientsAndSignatureSitSideBySide() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(closing.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
            assertRun(left.get(0), "Nơi nhận:", 12, true, true);
            List<String> entries = left.subList(1, left.size()).stream().map(XWPFParagraph::getText).toList();
            assertThat(entries).containsExactly("- Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                    "- Hội LHPN các xã, phường;", "- Lưu: VT, TG.");
            for (XWPFParagraph entry : left.subList(1, left.size())) {
                assertRun(entry, entry.getText(), 11, false, false);
            }
            List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
            assertRun(right.get(0), "TM. BAN THƯỜNG VỤ", 14, true, false);
            assertRun(right.get(1), "PHÓ CHỦ TỊCH", 14, true, false);
            XWPFParagraph name = right.get(right.size() - 1);
            assertRun(name, "Lê Thị Hương", 14, true, false);
            assertThat(right.size()).as("room for the signature").isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void pageNumbersStartOnPageTwoAtTheTop() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).as("different first page").isTrue();
            var policy = doc.getHeaderFooterPolicy();
            XWPFHeader first = policy.getFirstPageHeader();
            XWPFHeader others = policy.getDefaultHeader();
            assertThat(first).isNotNull();
            assertThat(first.getText()).isBlank();
            assertThat(first.getParagraphs().get(0).getCTP().xmlText()).doesNotContain("PAGE");
            XWPFParagraph number = others.getParagraphs().get(0);
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getCTP().xmlText()).contains("fldChar").contains(" PAGE ");
        }
    }

    // ---- .pdf ----

    @Test
    void thePdfIsA4WithEmbeddedFontsAndTheVietnameseTextIntact() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("long enough for page numbers").isGreaterThanOrEqualTo(2);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                }
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Thanh Hóa, ngày 05 tháng 01 năm 2026", "Số: 05/BC-HLHPN", "HỘI LHPN TỈNH THANH HÓA", "BÁO CÁO",
                    "Hội LHPN xã Hoằng Hóa", "Nơi nhận:", "- Lưu: VT, TG.", "TM. BAN THƯỜNG VỤ", "Lê Thị Hương",
                    "Quảng Xương", "Mường Lát", "Thọ Xuân");
        }
    }

    @Test
    void thePdfKeepsTheLeftMarginOfThirtyMillimetres() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> page2 = positions(doc, 2);
            double leftmost = page2.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            assertThat(leftmost).as("30 mm = 85.0 pt").isBetween(84.0, 90.0);
            double rightmost = page2.stream().mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow();
            assertThat(rightmost).as("right margin 15 mm: text ends by 595.3 - 42.5 pt").isLessThanOrEqualTo(553.5);
        }
    }

    @Test
    void thePageNumberIsAtTheTopOfPageTwoAndNotOnPageOne() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> page1 = positions(doc, 1);
            List<TextPosition> page2 = positions(doc, 2);
            double top = Decree30points(20);
            assertThat(page1.stream().filter(t -> t.getYDirAdj() < top)).as("nothing above the top margin of page 1").isEmpty();
            List<TextPosition> above = page2.stream().filter(t -> t.getYDirAdj() < top).toList();
            assertThat(above).extracting(TextPosition::getUnicode).containsExactly("2");
            double centre = above.get(0).getXDirAdj() + above.get(0).getWidthDirAdj() / 2;
            double textCentre = (Decree30points(30) + PDRectangle.A4.getWidth() - Decree30points(15)) / 2;
            assertThat(centre).as("centred over the text").isBetween(textCentre - 4, textCentre + 4);
        }
    }

    @Test
    void aPageRendersToAPicture() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(2, doc.getNumberOfPages()); i++) {
                var image = renderer.renderImageWithDPI(i, 100);
                javax.imageio.ImageIO.write(image, "png", OUT.resolve("sample-page" + (i + 1) + ".png").toFile());
                assertThat(image.getWidth()).as("210 mm at 100 dpi").isCloseTo(827, org.assertj.core.data.Offset.offset(2));
            }
        }
    }

    private static double Decree30points(double mm) {
        return mm * 72 / 25.4;
    }

    private static List<TextPosition> positions(PDDocument doc, int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                textPositions.stream().filter(t -> !t.getUnicode().isBlank()).forEach(all::add);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return all;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static void assertRun(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        assertThat(p.getText()).isEqualTo(text);
        List<XWPFRun> runs = p.getRuns().stream().filter(r -> r.text() != null && !r.text().isEmpty()).toList();
        assertThat(runs).as("runs of " + text).isNotEmpty();
        for (XWPFRun run : runs) {
            assertThat(run.getFontFamily()).as("font of " + text).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).as("size of " + text).isEqualTo((double) size);
            assertThat(run.isBold()).as("bold " + text).isEqualTo(bold);
            assertThat(run.isItalic()).as("italic " + text).isEqualTo(italic);
        }
    }

    private static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }
}
