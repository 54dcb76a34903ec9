package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.exports.render.DownloadName;
import vn.lantoa.accountability.exports.render.ExportFormat;

/** A Vietnamese title survives the download, and old browsers get a readable ASCII name. */
class DownloadNameTest {

    @Test
    void theHeaderCarriesTheTitleInUtf8AndAFoldedFallback() {
        String header = DownloadName.contentDisposition("Báo cáo tin bài Quý IV/2026 – Đắk Lắk", ExportFormat.PDF);
        assertThat(header).startsWith("attachment; filename=\"Bao-cao-tin-bai-Quy-IV-2026-Dak-Lak.pdf\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo("Báo cáo tin bài Quý IV-2026 – Đắk Lắk.pdf");
        String ascii = header.substring(header.indexOf('"') + 1, header.lastIndexOf('"'));
        assertThat(ascii.chars()).allMatch(c -> c < 128);
    }

    @Test
    void nothingButMarksLeavesADefaultName() {
        assertThat(DownloadName.contentDisposition("///", ExportFormat.XLSX))
                .isEqualTo("attachment; filename=\"bao-cao.xlsx\"; filename*=UTF-8''bao-cao.xlsx");
    }
}
