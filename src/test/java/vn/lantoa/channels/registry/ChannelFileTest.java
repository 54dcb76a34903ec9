package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.web.InvalidInput;

class ChannelFileTest {

    private static final String CSV = "Mã đơn vị,Loại kênh,Tên kênh,Địa chỉ,Ngày lập,Người quản trị\n"
            + "TH-001,Fanpage Facebook,Hội LHPN phường Hạc Thành,https://www.facebook.com/hoilhpn.hacthanh,15/03/2021,\"Lan (0912); Hà\"\n";

    private static byte[] withBom(byte[] bom, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text);
        return out.toByteArray();
    }

    @Test
    void everyEncodingGivesTheSameRows() {
        List<ChannelFile.ChannelRow> plain = ChannelFile.read(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(plain).hasSize(1);
        assertThat(plain.get(0)).isEqualTo(new ChannelFile.ChannelRow(2, "TH-001", "Fanpage Facebook", "Hội LHPN phường Hạc Thành",
                "https://www.facebook.com/hoilhpn.hacthanh", "", "15/03/2021", "Lan (0912); Hà"));
        assertThat(ChannelFile.read(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(plain);
        assertThat(ChannelFile.read(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(plain);
        assertThat(ChannelFile.read(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(plain);
        assertThat(ChannelFile.read(CSV.getBytes(StandardCharsets.UTF_16LE))).as("UTF-16 without a BOM").isEqualTo(plain);
        assertThat(ChannelFile.read(CSV.replace(',', ';').replace("\"Lan (0912); Hà\"", "\"Lan (0912); Hà\"")
                .getBytes(StandardCharsets.UTF_8)).get(0).unitCode()).isEqualTo("TH-001");
        // rows keep their line in the file, the sep= line counted
        assertThat(ChannelFile.read(("sep=,\r\n" + CSV).getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new ChannelFile.ChannelRow(3, "TH-001", "Fanpage Facebook", "Hội LHPN phường Hạc Thành",
                        "https://www.facebook.com/hoilhpn.hacthanh", "", "15/03/2021", "Lan (0912); Hà"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsNamesThem() {
        assertThatThrownBy(() -> ChannelFile.read("Mã đơn vị,Tên kênh\nTH-001,X\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ChannelFile.MissingColumns.class,
                        e -> assertThat(e.columns()).containsExactly(ChannelFile.Column.KIND, ChannelFile.Column.URL));
        assertThatThrownBy(() -> ChannelFile.read(new byte[0])).isInstanceOf(InvalidInput.class).hasMessage("channels.import.error.empty");
        assertThatThrownBy(() -> ChannelFile.read("Mã đơn vị,Tên kênh\nTH-001,Xã\n".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a legacy 8-bit encoding").hasMessage("channels.import.error.unreadable");
    }

    @Test
    void kindsDatesAndAdminsAsPeopleWriteThem() {
        assertThat(KindNames.parse("Fanpage")).contains(ChannelKind.FACEBOOK_PAGE);
        assertThat(KindNames.parse("NHÓM FACEBOOK")).contains(ChannelKind.FACEBOOK_GROUP);
        assertThat(KindNames.parse("facebook_group")).contains(ChannelKind.FACEBOOK_GROUP);
        assertThat(KindNames.parse("Nhóm Zalo")).contains(ChannelKind.ZALO_GROUP);
        assertThat(KindNames.parse("zalo oa")).contains(ChannelKind.ZALO_OA);
        assertThat(KindNames.parse("Trang thông tin điện tử")).contains(ChannelKind.WEBSITE);
        assertThat(KindNames.parse("Instagram")).isEmpty();
        assertThat(LaunchDate.parse("15/03/2021")).contains(LocalDate.of(2021, 3, 15));
        assertThat(LaunchDate.parse("5/3/2021")).contains(LocalDate.of(2021, 3, 5));
        assertThat(LaunchDate.parse("2021-03-15")).contains(LocalDate.of(2021, 3, 15));
        assertThat(LaunchDate.parse("31/02/2021")).isEmpty();
        assertThat(LaunchDate.parse("tháng 3")).isEmpty();
        assertThat(AdminList.parse("Nguyễn Thị Lan (0912 345 678); Lê Thu Hà\nnguyen thi lan (khác)")).containsExactly(
                new AdminList.Entry("Nguyễn Thị Lan", "0912 345 678"), new AdminList.Entry("Lê Thu Hà", null));
        assertThat(AdminList.format(AdminList.parse("A (1);B"))).isEqualTo("A (1); B");
        assertThat(AdminList.tooLong(List.of(new AdminList.Entry("x".repeat(201), null)))).hasSize(1);
    }
}
