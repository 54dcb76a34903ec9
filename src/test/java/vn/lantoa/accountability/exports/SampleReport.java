package vn.lantoa.accountability.exports;

import java.time.LocalDate;
import java.util.List;
import vn.lantoa.accountability.exports.document.DocumentHeader;
import vn.lantoa.accountability.exports.document.DocumentNumber;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Recipients;
import vn.lantoa.accountability.exports.document.Signature;
import vn.lantoa.accountability.exports.document.TableBlock;

/** A report long enough for three pages, with every kind of block, as the renderers' tests read it back. */
final class SampleReport {

    static final LocalDate DATE = LocalDate.of(2026, 1, 5);
    static final String[] COMMUNES = {"Hạc Thành", "Hoằng Hóa", "Quảng Xương", "Tĩnh Gia", "Nga Sơn", "Hậu Lộc", "Đông Sơn",
        "Thiệu Hóa", "Yên Định", "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Bá Thước", "Quan Hóa",
        "Mường Lát", "Thường Xuân", "Như Xuân", "Như Thanh", "Nông Cống", "Triệu Sơn", "Thọ Xuân", "Quan Sơn"};

    private SampleReport() {
    }

    static OfficialReport build() {
        DocumentHeader header = new DocumentHeader("Hội Liên hiệp Phụ nữ Việt Nam", "Hội LHPN tỉnh Thanh Hóa",
                new DocumentNumber(DocumentNumber.DEFAULT_PATTERN, "HLHPN").line(5, 2026), "Thanh Hóa", DATE);
        OfficialReport.Builder report = OfficialReport.builder(header, "Kết quả công tác truyền thông quý IV năm 2025");
        report.section("KẾT QUẢ ĐẠT ĐƯỢC");
        report.subsection("Công tác tuyên truyền trên nền tảng số");
        for (int i = 0; i < 4; i++) {
            report.paragraph("Thực hiện Kế hoạch số 12/KH-HLHPN về đẩy mạnh công tác truyền thông trên không gian mạng, các cấp Hội "
                    + "trong tỉnh đã chủ động đưa tin, bài phản ánh hoạt động của phụ nữ ở cơ sở; chất lượng tin, bài từng bước được "
                    + "nâng lên, nội dung phong phú, kịp thời, gắn với các sự kiện chính trị của địa phương và của Hội.");
        }
        report.bullet("Số tin, bài được đăng trên trang thông tin điện tử của Hội tăng so với cùng kỳ;");
        report.bullet("Các cơ sở Hội cấp xã gửi tin, bài đều đặn hằng tháng.");
        TableBlock.Builder table = TableBlock.builder().caption("Số tin, bài các cơ sở Hội đã gửi")
                .column("TT", 6, TableBlock.Align.CENTER)
                .column("Đơn vị", 40, TableBlock.Align.LEFT)
                .column("Tin, bài đã gửi", 18, TableBlock.Align.RIGHT)
                .column("Tỷ lệ", 14, TableBlock.Align.RIGHT)
                .headerRow("(1)", "(2)", "(3)", "(4)");
        for (int i = 0; i < COMMUNES.length; i++) {
            table.row(Integer.toString(i + 1), "Hội LHPN xã " + COMMUNES[i], Integer.toString(i * 3 + 1), (i % 10) + ",5%");
        }
        report.table(table.total("", "Tổng cộng", "852", "100%").build());
        report.section("PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026");
        for (int i = 0; i < 5; i++) {
            report.paragraph("Tiếp tục nâng cao chất lượng tin, bài; bồi dưỡng kỹ năng số cho cán bộ Hội cơ sở; phát huy vai trò của "
                    + "đội ngũ báo cáo viên, tuyên truyền viên trong việc lan tỏa thông tin tích cực, phản bác thông tin sai trái.");
        }
        report.recipients(new Recipients(List.of("Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c)", "Thường trực Tỉnh ủy (b/c)",
                "Hội LHPN các xã, phường"), "VT, TG"));
        report.signature(new Signature("TM. Ban Thường vụ", "Phó Chủ tịch", "Lê Thị Hương", false));
        return report.build();
    }
}
