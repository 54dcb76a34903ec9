package vn.lantoa.accountability.exports.settings;

/** What an admin submits on the settings page. */
public record DocumentSettingsChange(String parentBody, String issuingBody, String shortCode, String numberPattern, String place,
                                     String signerAuthority, String signerTitle, String signerName, String recipients,
                                     String archive, boolean autoNumber, long version) {
}
