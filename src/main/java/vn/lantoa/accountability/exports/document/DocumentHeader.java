package vn.lantoa.accountability.exports.document;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The two columns at the top of the first page: the parent body and the issuing body with the
 * document's number on the left; the national name and motto with the place-and-date line on the
 * right (Decree 30/2020, Appendix I, fields 1–4).
 */
public record DocumentHeader(String parentBody, String issuingBody, String numberLine, String place, LocalDate date) {

    public DocumentHeader {
        parentBody = parentBody == null ? "" : parentBody.strip().toUpperCase(Locale.forLanguageTag("vi"));
        issuingBody = issuingBody == null ? "" : issuingBody.strip().toUpperCase(Locale.forLanguageTag("vi"));
        numberLine = numberLine == null ? "" : numberLine;
    }

    public String placeDateLine() {
        return PlaceDateLine.of(place, date);
    }
}
