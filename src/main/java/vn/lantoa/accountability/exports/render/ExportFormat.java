package vn.lantoa.accountability.exports.render;

/** The three files the union hands out. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format is an official document (rather than a spreadsheet). */
    public boolean official() {
        return this != XLSX;
    }

    public static java.util.Optional<ExportFormat> parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
