package vn.lantoa.accountability.exports.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The settings form; lengths here, the pattern and code rules in {@link DocumentSettingsStore}. */
public class DocumentSettingsForm {

    @Size(max = 200, message = "{validation.size.max}")
    private String parentBody = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String issuingBody = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.size.max}")
    private String shortCode = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size.max}")
    private String numberPattern = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String place = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String signerAuthority = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String signerTitle = "";
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String signerName = "";
    @Size(max = 2000, message = "{validation.size.max}")
    private String recipients = "";
    @Size(max = 100, message = "{validation.size.max}")
    private String archive = "";
    private boolean autoNumber;
    private long version = -1;

    static DocumentSettingsForm of(DocumentSettings s) {
        DocumentSettingsForm form = new DocumentSettingsForm();
        form.parentBody = s.parentBody();
        form.issuingBody = s.issuingBody();
        form.shortCode = s.shortCode();
        form.numberPattern = s.numberPattern();
        form.place = s.place();
        form.signerAuthority = s.signerAuthority();
        form.signerTitle = s.signerTitle();
        form.signerName = s.signerName();
        form.recipients = s.recipients();
        form.archive = s.archive();
        form.autoNumber = s.autoNumber();
        form.version = s.stored() ? s.version() : -1;
        return form;
    }

    DocumentSettingsChange toChange() {
        return new DocumentSettingsChange(parentBody, issuingBody, shortCode, numberPattern, place, signerAuthority, signerTitle,
                signerName, recipients, archive, autoNumber, version);
    }

    /** The settings as typed, for the live preview (nothing is saved). */
    DocumentSettings preview(long unitId) {
        String pattern = DocumentNumberPreview.safePattern(numberPattern);
        return new DocumentSettings(unitId, nz(parentBody), nz(issuingBody), nz(shortCode), pattern, nz(place), nz(signerAuthority),
                nz(signerTitle), nz(signerName), nz(recipients), nz(archive), autoNumber, version, false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getParentBody() { return parentBody; }
    public void setParentBody(String parentBody) { this.parentBody = parentBody; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getShortCode() { return shortCode; }
    public void setShortCode(String shortCode) { this.shortCode = shortCode; }
    public String getNumberPattern() { return numberPattern; }
    public void setNumberPattern(String numberPattern) { this.numberPattern = numberPattern; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getArchive() { return archive; }
    public void setArchive(String archive) { this.archive = archive; }
    public boolean isAutoNumber() { return autoNumber; }
    public void setAutoNumber(boolean autoNumber) { this.autoNumber = autoNumber; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** A pattern good enough to preview while the admin is still typing it. */
    static final class DocumentNumberPreview {

        private DocumentNumberPreview() {
        }

        static String safePattern(String pattern) {
            return vn.lantoa.accountability.exports.document.DocumentNumber.problem(pattern) == null ? pattern.strip()
                    : vn.lantoa.accountability.exports.document.DocumentNumber.DEFAULT_PATTERN;
        }
    }
}
