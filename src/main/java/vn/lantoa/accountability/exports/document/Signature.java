package vn.lantoa.accountability.exports.document;

import java.util.Locale;

/**
 * The signature block: the authority line ("TM. BAN THƯỜNG VỤ"), the signer's title ("PHÓ CHỦ TỊCH"),
 * room for the signature and seal, and the signer's name; "(Đã ký)" only on copies made after signing.
 */
public record Signature(String authority, String title, String name, boolean signedMark) {

    public Signature {
        Locale vi = Locale.forLanguageTag("vi");
        authority = authority == null ? "" : authority.strip().toUpperCase(vi);
        title = title == null ? "" : title.strip().toUpperCase(vi);
        name = name == null ? "" : name.strip();
    }
}
