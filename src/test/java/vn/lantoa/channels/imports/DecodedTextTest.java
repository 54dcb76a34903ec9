package vn.lantoa.channels.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.common.web.InvalidInput;

/** Reading exported files: encodings, Excel's sep= line, separators, quoted newlines and files cut short. */
class DecodedTextTest {

    private static final String CSV = "Post ID,Title,Reach\r\n111,Phụ nữ Thanh Hóa,12\r\n222,\"Hội viên, cán bộ\",7\r\n";

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static CsvTable table(byte[] content) {
        return CsvTable.read(DecodedText.of(content), 1000, "tooMany");
    }

    private static void assertSample(CsvTable table) {
        assertThat(table.header()).containsExactly("Post ID", "Title", "Reach");
        assertThat(table.rows()).extracting(CsvTable.Row::values)
                .containsExactly(List.of("111", "Phụ nữ Thanh Hóa", "12"), List.of("222", "Hội viên, cán bộ", "7"));
        assertThat(table.isCut()).isFalse();
    }

    @Test
    void utf8WithBom() {
        DecodedText decoded = DecodedText.of(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV, StandardCharsets.UTF_8));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).startsWith("Post ID");
        assertSample(table(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV, StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithoutBom() {
        assertSample(table(CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(table(CSV.getBytes(StandardCharsets.UTF_8)).rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void utf16LittleEndianWithSepLine() {
        byte[] content = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "sep=,\r\n" + CSV, StandardCharsets.UTF_16LE);
        DecodedText decoded = DecodedText.of(content);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.declaredSeparator()).isEqualTo(',');
        CsvTable table = table(content);
        assertSample(table);
        assertThat(table.rows().get(0).line()).as("the sep= line counts as line 1, the header as 2").isEqualTo(3);
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() {
        assertSample(table(CSV.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(DecodedText.of(CSV.getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(DecodedText.of(CSV.getBytes(StandardCharsets.UTF_16BE)).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void utf16BigEndianWithBom() {
        byte[] content = bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV, StandardCharsets.UTF_16BE);
        assertThat(DecodedText.of(content).charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertSample(table(content));
    }

    @Test
    void semicolonsByGuessAndBySepLine() {
        String semi = CSV.replace(",", ";").replace("\"Hội viên; cán bộ\"", "\"Hội viên, cán bộ\"");
        CsvTable guessed = table(semi.getBytes(StandardCharsets.UTF_8));
        assertThat(guessed.separator()).isEqualTo(';');
        assertSample(guessed);
        CsvTable declared = table(("sep=;\n" + semi).getBytes(StandardCharsets.UTF_8));
        assertThat(declared.separator()).isEqualTo(';');
        assertSample(declared);
    }

    @Test
    void quotedNewlinesKeepTheLineWhereTheRowStarts() {
        String text = "Post ID,Title,Reach\n1,\"Dòng một\nDòng hai, có phẩy\n\"\"trích\"\"\",5\n2,Tiếp,6\n";
        CsvTable table = table(text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values().get(1)).isEqualTo("Dòng một\nDòng hai, có phẩy\n\"trích\"");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void aFileCutInsideAQuoteKeepsTheRowsBefore() {
        String text = "Post ID,Title,Reach\n1,Một,5\n2,Hai,6\n3,\"Ba bị cắt";
        CsvTable table = table(text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).extracting(r -> r.values().get(0)).containsExactly("1", "2");
        assertThat(table.cutAtLine()).isEqualTo(4);
    }

    @Test
    void aFileCutInTheMiddleOfARowKeepsTheRowsBefore() {
        String text = "Post ID,Title,Reach\n1,Một,5\n2,Ha";
        CsvTable table = table(text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).extracting(r -> r.values().get(0)).containsExactly("1");
        assertThat(table.cutAtLine()).isEqualTo(3);
        byte[] utf8 = "Post ID,Title,Reach\n1,Một,5\n2,Hộ".getBytes(StandardCharsets.UTF_8);
        byte[] cutInCharacter = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(table(cutInCharacter).cutAtLine()).as("cut inside a multi-byte character").isEqualTo(3);
        byte[] utf16 = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Post ID,Title,Reach\r\n1,Một,5\r\n2,Hai", StandardCharsets.UTF_16LE);
        assertThat(table(java.util.Arrays.copyOf(utf16, utf16.length - 1)).cutAtLine()).as("odd byte count in UTF-16").isEqualTo(3);
    }

    @Test
    void spreadsheetsAndBinaryFilesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> DecodedText.of(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(InvalidInput.class).hasMessage("channels.file.spreadsheet");
        assertThatThrownBy(() -> DecodedText.of(new byte[] {(byte) 0xC3, 0x28, 0x41, 0x42, 0x43, 0x44, 0x0A, 0x41}))
                .isInstanceOf(InvalidInput.class).hasMessage("channels.file.notText");
        assertThatThrownBy(() -> DecodedText.of(new byte[0])).isInstanceOf(InvalidInput.class);
    }
}
