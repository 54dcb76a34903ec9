package vn.lantoa.accountability.exports.settings;

import java.time.LocalDate;
import vn.lantoa.accountability.exports.document.DocumentHeader;
import vn.lantoa.accountability.exports.document.DocumentNumber;
import vn.lantoa.accountability.exports.document.Recipients;
import vn.lantoa.accountability.exports.document.Signature;

/**
 * How one union heads, numbers and signs its official documents. {@code stored} is false for the
 * defaults offered before an admin has saved anything.
 */
public record DocumentSettings(long ownerUnitId, String parentBody, String issuingBody, String shortCode, String numberPattern,
                               String place, String signerAuthority, String signerTitle, String signerName, String recipients,
                               String archive, boolean autoNumber, long version, boolean stored) {

    public static final String DEFAULT_PARENT_BODY = "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM";
    public static final String DEFAULT_CODE = "HLHPN";
    public static final String DEFAULT_AUTHORITY = "TM. BAN THƯỜNG VỤ";
    public static final String DEFAULT_TITLE = "CHỦ TỊCH";

    /** What a union gets before its admin fills the form: the unit's own name as the issuing body. */
    public static DocumentSettings defaults(long unitId, String unitName, boolean central) {
        return new DocumentSettings(unitId, central ? "" : DEFAULT_PARENT_BODY, unitName, central ? "TWHLHPN" : DEFAULT_CODE,
                DocumentNumber.DEFAULT_PATTERN, "", DEFAULT_AUTHORITY, DEFAULT_TITLE, "", "", "VT", false, -1, false);
    }

    public DocumentNumber number() {
        return new DocumentNumber(numberPattern, shortCode);
    }

    /** The header of a document dated {@code date}; the number left blank when {@code number} is null. */
    public DocumentHeader header(Integer number, LocalDate date) {
        return new DocumentHeader(parentBody, issuingBody, number().line(number, date.getYear()), place, date);
    }

    public Signature signature() {
        return new Signature(signerAuthority, signerTitle, signerName, false);
    }

    public Recipients recipientList() {
        return Recipients.parse(recipients, archive);
    }
}
