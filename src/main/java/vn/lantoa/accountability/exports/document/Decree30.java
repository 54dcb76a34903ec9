package vn.lantoa.accountability.exports.document;

/**
 * The fixed wording of an administrative document under Decree 30/2020/NĐ-CP, Appendix I. These are
 * part of the legal format, not of the user interface: a document is issued in Vietnamese whatever
 * language its author reads the application in, so they live here and not in the message bundles.
 */
public final class Decree30 {

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String NUMBER_PREFIX = "Số:";
    public static final String RECIPIENTS_LABEL = "Nơi nhận:";
    public static final String ARCHIVE_PREFIX = "Lưu: ";
    public static final String SIGNED_MARK = "(Đã ký)";
    static final String DAY = "ngày";
    static final String MONTH = "tháng";
    static final String YEAR = "năm";

    /** A4 portrait and the decree's margins, in millimetres. */
    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double MARGIN_TOP_MM = 20;
    public static final double MARGIN_BOTTOM_MM = 20;
    public static final double MARGIN_LEFT_MM = 30;
    public static final double MARGIN_RIGHT_MM = 15;
    /** The first-line indent of body paragraphs: 1.27 cm. */
    public static final double FIRST_LINE_INDENT_MM = 12.7;

    private Decree30() {
    }

    /** Millimetres in twentieths of a point (Word's twips): 1 mm = 1440 / 25.4 twips. */
    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** Millimetres in PDF points: 1 mm = 72 / 25.4 pt. */
    public static double points(double mm) {
        return mm * 72 / 25.4;
    }
}
