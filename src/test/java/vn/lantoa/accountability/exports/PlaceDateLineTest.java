package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.exports.document.DocumentNumber;
import vn.lantoa.accountability.exports.document.PlaceDateLine;
import vn.lantoa.accountability.exports.document.Recipients;
import vn.lantoa.accountability.exports.document.TableBlock;

/** The decree's small rules of writing: dates, numbers and recipients. */
class PlaceDateLineTest {

    @ParameterizedTest
    @CsvSource({
        "2026-01-05, 'Thanh Hóa, ngày 05 tháng 01 năm 2026'",
        "2026-01-01, 'Thanh Hóa, ngày 01 tháng 01 năm 2026'",
        "2026-02-09, 'Thanh Hóa, ngày 09 tháng 02 năm 2026'",
        "2026-02-28, 'Thanh Hóa, ngày 28 tháng 02 năm 2026'",
        "2026-03-10, 'Thanh Hóa, ngày 10 tháng 3 năm 2026'",
        "2026-03-07, 'Thanh Hóa, ngày 07 tháng 3 năm 2026'",
        "2026-09-30, 'Thanh Hóa, ngày 30 tháng 9 năm 2026'",
        "2026-10-02, 'Thanh Hóa, ngày 02 tháng 10 năm 2026'",
        "2026-12-31, 'Thanh Hóa, ngày 31 tháng 12 năm 2026'",
    })
    void daysUnderTenAndTheMonthsOneAndTwoGetALeadingZero(LocalDate date, String expected) {
        assertThat(PlaceDateLine.of("Thanh Hóa", date)).isEqualTo(expected);
    }

    @Test
    void everyDayOfAYearFollowsTheRule() {
        for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
            String line = PlaceDateLine.of("Hà Nội", d);
            String day = line.replaceAll(".*ngày (\\d+) .*", "$1");
            String month = line.replaceAll(".*tháng (\\d+) .*", "$1");
            assertThat(day).hasSize(2);
            assertThat(Integer.parseInt(day)).isEqualTo(d.getDayOfMonth());
            assertThat(month).hasSize(d.getMonthValue() <= 2 || d.getMonthValue() >= 10 ? 2 : 1);
            assertThat(line).startsWith("Hà Nội, ngày ").endsWith("năm 2028");
        }
    }

    @Test
    void withoutAPlaceTheLineIsTheDateAlone() {
        assertThat(PlaceDateLine.of("  ", LocalDate.of(2026, 4, 30))).isEqualTo("ngày 30 tháng 4 năm 2026");
    }

    @Test
    void numbersFollowTheUnionsPatternAndLeaveAGapWhenNotAssigned() {
        DocumentNumber number = new DocumentNumber("{number}/BC-{code}", "HLHPN");
        assertThat(number.line(5, 2026)).isEqualTo("Số: 05/BC-HLHPN");
        assertThat(number.line(12, 2026)).isEqualTo("Số: 12/BC-HLHPN");
        assertThat(number.line(null, 2026)).isEqualTo("Số:       /BC-HLHPN");
        assertThat(new DocumentNumber("{number}/{year}/BC-{code}", "HLHPN").format(101, 2026)).isEqualTo("101/2026/BC-HLHPN");
        assertThat(DocumentNumber.problem("{number}/BC-{code}")).isNull();
        assertThat(DocumentNumber.problem("BC-{code}")).isEqualTo("exports.settings.pattern.noNumber");
        assertThat(DocumentNumber.problem("{number}/BC-{ma}")).isEqualTo("exports.settings.pattern.unknown");
        assertThat(DocumentNumber.problem("{number}/BC-{code")).isEqualTo("exports.settings.pattern.unknown");
        assertThat(DocumentNumber.problem("{number}<b>")).isEqualTo("exports.settings.pattern.characters");
        assertThat(DocumentNumber.problem(" ")).isEqualTo("exports.settings.pattern.required");
    }

    @Test
    void recipientsStartWithADashEndWithASemicolonAndTheArchiveLineCloses() {
        Recipients recipients = Recipients.parse("- TW Hội LHPN Việt Nam (b/c);\nThường trực Tỉnh ủy (b/c)\n\n  Các ban Hội tỉnh.  \nLưu: VT", "VT, TG");
        assertThat(recipients.lines()).containsExactly("- TW Hội LHPN Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                "- Các ban Hội tỉnh;", "- Lưu: VT, TG.");
        assertThat(new Recipients(List.of(), null).lines()).containsExactly("- Lưu: VT.");
    }

    @Test
    void tableRowsMustMatchTheColumns() {
        assertThatThrownBy(() -> TableBlock.builder().column("A", 1, TableBlock.Align.LEFT).row("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
        TableBlock table = TableBlock.builder().column("A", 1, TableBlock.Align.LEFT).column("B", 3, TableBlock.Align.RIGHT).build();
        assertThat(table.widthShares()).containsExactly(0.25, 0.75);
    }
}
