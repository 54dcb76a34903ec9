package vn.lantoa.accountability.exports.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name a downloaded file gets: the Vietnamese title as it is for browsers that read RFC 6266's
 * {@code filename*=UTF-8''…} (RFC 5987 encoding), and an ASCII fallback with the diacritics folded
 * ("Báo cáo quý IV/2026" → "Bao-cao-quy-IV-2026.pdf") for those that do not.
 */
public final class DownloadName {

    private DownloadName() {
    }

    /** The value of a Content-Disposition header for an attachment. */
    public static String contentDisposition(String title, ExportFormat format) {
        String name = unicode(title) + "." + format.extension();
        return "attachment; filename=\"" + ascii(title) + "." + format.extension() + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The title without characters that file systems refuse, spaces kept. */
    static String unicode(String title) {
        String s = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("(^[-. ]+|[-. ]+$)", "");
        return s.isEmpty() ? "bao-cao" : s;
    }

    /** Folded to ASCII letters, digits and dashes: "Báo cáo Hoằng Hóa" → "Bao-cao-Hoang-Hoa". */
    static String ascii(String title) {
        String folded = Normalizer.normalize(unicode(title), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        String s = folded.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("(^[-.]+|[-.]+$)", "");
        return s.isEmpty() ? "bao-cao" : s;
    }

    /** RFC 5987 attr-char: letters, digits and !#$&+-.^_`|~ as they are, every other byte as %XX. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
