package vn.lantoa.org.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.lantoa.common.web.InvalidInput;

class UnitFileTest {

    @Test
    void readsCsvWithBomSemicolonsAndVietnameseHeaders() {
        String csv = "\uFEFFMã;Tên đơn vị;Cấp;Mã cấp trên;Hội viên;Phụ nữ\nB1;\"Chi hội thôn Đông; xóm 2\";Chi hội;TH-001;120;300\n\n";
        var rows = UnitFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.name()).isEqualTo("Chi hội thôn Đông; xóm 2");
            assertThat(r.level()).isEqualTo("Chi hội");
            assertThat(r.parentCode()).isEqualTo("TH-001");
            assertThat(r.members()).isEqualTo("120");
        });
    }

    @Test
    void readsXlsxRecognisedByContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Đơn vị");
        String[] header = {"code", "name", "level", "parent code", "members", "women"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "B1");
        sheet.value(1, 1, "Chi hội thôn 1");
        sheet.value(1, 2, "BRANCH");
        sheet.value(1, 3, "TH-001");
        sheet.value(1, 4, 150);
        workbook.finish();
        var rows = UnitFile.read(out.toByteArray());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.members()).isEqualTo("150");
        });
    }

    @Test
    void refusesFilesItCannotUse() {
        assertThatThrownBy(() -> UnitFile.read(new byte[0])).isInstanceOf(InvalidInput.class).hasMessage("import.error.empty");
        assertThatThrownBy(() -> UnitFile.read("code,name\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class).hasMessage("import.error.missingColumn");
        byte[] windows1258 = {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', (byte) 0xD0, (byte) 0xF4};
        assertThatThrownBy(() -> UnitFile.read(windows1258)).isInstanceOf(InvalidInput.class).hasMessage("import.error.notUtf8");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> UnitFile.read(brokenZip)).isInstanceOf(InvalidInput.class).hasMessage("import.error.unreadable");
    }
}
