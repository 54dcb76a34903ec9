package vn.lantoa.accountability.exports.web;

import org.springframework.stereotype.Service;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Workbook;
import vn.lantoa.accountability.exports.render.DocxRenderer;
import vn.lantoa.accountability.exports.render.ExportFormat;
import vn.lantoa.accountability.exports.render.PdfRenderer;
import vn.lantoa.accountability.exports.render.XlsxWriter;

/** Turns an official report or a workbook into the bytes of the asked format. */
@Service
public class ExportService {

    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final XlsxWriter xlsx = new XlsxWriter();

    public ExportedFile official(OfficialReport report, ExportFormat format, String fileTitle) {
        byte[] bytes = switch (format) {
            case DOCX -> docx.render(report);
            case PDF -> pdf.render(report);
            case XLSX -> throw new IllegalArgumentException("an official report is a .docx or a .pdf");
        };
        return new ExportedFile(bytes, format, fileTitle);
    }

    public ExportedFile spreadsheet(Workbook workbook, String fileTitle) {
        return new ExportedFile(xlsx.write(workbook), ExportFormat.XLSX, fileTitle);
    }
}
