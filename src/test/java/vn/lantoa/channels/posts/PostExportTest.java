package vn.lantoa.channels.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.DecodedText;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.posts.importing.PageDailySeries;
import vn.lantoa.channels.posts.importing.PostExport;
import vn.lantoa.channels.posts.importing.PostRow;
import vn.lantoa.channels.posts.importing.PublishTimes;
import vn.lantoa.channels.posts.importing.RowProblem;
import vn.lantoa.common.web.InvalidInput;

/** Reading a Business Suite post export against the page it is imported for: header matching, bad rows, duplicates. */
class PostExportTest {

    static final HeaderAliases HEADERS = HeaderAliases.load(PostExport.HEADERS);
    static final PostExport.Page PAGE = new PostExport.Page("1000001", "Hội LHPN tỉnh Thanh Hóa");

    static PostExport.Reading read(byte[] content) {
        return PostExport.read(CsvTable.read(DecodedText.of(content), 1000, "tooMany"), PAGE, HEADERS);
    }

    static BusinessSuiteCsv twoPosts(List<String> columns) {
        return twoPosts(columns, "11/20/2026 08:15", "11/21/2026 19:30");
    }

    static BusinessSuiteCsv twoPosts(List<String> columns, String firstTime, String secondTime) {
        return BusinessSuiteCsv.of(columns)
                .post("1000001_1", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Ra quân \"Ngày thứ Bảy\", dọn vệ sinh\nkhu dân cư",
                        firstTime, "https://www.facebook.com/1000001/posts/1", 1500, 1200, 80, 12, 5, 40)
                .post("1000001_2", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Tập huấn chuyển đổi số", secondTime,
                        "https://www.facebook.com/1000001/posts/2", 900, 700, 30, 4, 2, 9);
    }

    @ParameterizedTest
    @ValueSource(ints = {34, 33, 32})
    void theColumnsOfEveryMonthAreMatched(int count) {
        List<String> columns = count == 34 ? BusinessSuiteCsv.COLUMNS_34 : count == 33 ? BusinessSuiteCsv.COLUMNS_33 : BusinessSuiteCsv.COLUMNS_32;
        assertThat(columns).hasSize(count);
        PostExport.Reading reading = read(twoPosts(columns).bytes());
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.rows()).hasSize(2);
        PostRow first = reading.rows().get(0);
        assertThat(first.externalId()).isEqualTo("1000001_1");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-20T01:15:00Z"));
        assertThat(first.title()).isEqualTo("Ra quân \"Ngày thứ Bảy\", dọn vệ sinh\nkhu dân cư");
        assertThat(first.permalink()).isEqualTo("https://www.facebook.com/1000001/posts/1");
        assertThat(first.postType()).isEqualTo("Photos");
        assertThat(List.of(first.views(), first.reach(), first.reactions(), first.comments(), first.shares(), first.clicks()))
                .containsExactly(1500L, 1200L, 80L, 12L, 5L, 40L);
        assertThat(first.extra()).containsEntry("Link clicks", "20").containsEntry("Reactions, comments and shares", "97")
                .doesNotContainKey("Reach").doesNotContainKey("Post ID");
        assertThat(reading.rows().get(1).line()).as("the quoted newline makes the first post two lines long").isEqualTo(4);
    }

    @Test
    void vietnameseHeadersAndDayFirstTimes() {
        BusinessSuiteCsv csv = twoPosts(BusinessSuiteCsv.COLUMNS_VI, "20/11/2026 08:15", "21/11/2026 19:30");
        PostExport.Reading reading = read(csv.bytes());
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).hasSize(2);
        assertThat(reading.rows().get(1).publishedAt()).isEqualTo(Instant.parse("2026-11-21T12:30:00Z"));
        assertThat(reading.rows().get(0).reach()).isEqualTo(1200L);
        assertThat(reading.rows().get(0).clicks()).isEqualTo(40L);
        assertThat(reading.rows().get(0).extra()).containsEntry("Lượt click vào liên kết", "20");
    }

    @Test
    void theOrderOfDayAndMonthComesFromTheValuesThenTheLanguage() {
        assertThat(PublishTimes.forValues(List.of("03/04/2026 10:00", "11/20/2026 08:15"), true).isDayFirst()).isFalse();
        assertThat(PublishTimes.forValues(List.of("03/04/2026 10:00", "20/11/2026 08:15"), false).isDayFirst()).isTrue();
        assertThat(PublishTimes.forValues(List.of("03/04/2026 10:00"), true).isDayFirst()).isTrue();
        assertThat(PublishTimes.forValues(List.of("03/04/2026 10:00"), false).isDayFirst()).isFalse();
        PublishTimes us = PublishTimes.monthFirst();
        assertThat(us.parse("11/20/2026 8:15 PM")).contains(Instant.parse("2026-11-20T13:15:00Z"));
        assertThat(us.parse("2026-11-20T08:15:00+0000")).contains(Instant.parse("2026-11-20T08:15:00Z"));
        assertThat(us.parse("2026-11-20 08:15")).contains(Instant.parse("2026-11-20T01:15:00Z"));
        assertThat(us.parse("13/45/2026 08:15")).isEmpty();
        assertThat(us.parse("hôm qua")).isEmpty();
    }

    @Test
    void aCsvFromAnotherToolNamesWhatIsMissingAndWhatWasFound() {
        String bank = "Ngày giao dịch,Số tham chiếu,Mô tả,Ghi nợ,Ghi có,Số dư\n20/11/2026,FT2632,Chuyển khoản hội phí,,500000,12500000\n";
        assertThatThrownBy(() -> read(bank.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("channels.posts.import.notPostExport")
                .satisfies(e -> {
                    Object[] args = ((InvalidInput) e).args();
                    assertThat(String.valueOf(args[0])).contains("Post ID", "Publish time", "Permalink / Post type", "Views");
                    assertThat(String.valueOf(args[1])).contains("Ngày giao dịch", "Số dư");
                });
        String noMetrics = "Post ID,Publish time,Permalink\n1,11/20/2026 08:15,https://facebook.com/1\n";
        assertThatThrownBy(() -> read(noMetrics.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(String.valueOf(((InvalidInput) e).args()[0])).isEqualTo("Views / Reach / Reactions / Comments / Shares / Total clicks"));
    }

    @Test
    void badRowsAreReportedWithLineColumnAndReasonAndTheOthersKept() {
        BusinessSuiteCsv csv = twoPosts(BusinessSuiteCsv.COLUMNS_34);
        csv.post("1000001_3", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Âm", "11/22/2026 08:00", "https://facebook.com/3", 10, -5, 1, 1, 1, 1);
        csv.post("1000001_4", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Chữ", "11/22/2026 09:00", "https://facebook.com/4", 10, 5, 1, 1, 1, 1)
                .set("Comments", "nhiều");
        csv.post("", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Không mã", "11/22/2026 10:00", "https://facebook.com/5", 1, 1, 1, 1, 1, 1);
        csv.post("1000001_6", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Giờ sai", "hôm qua", "https://facebook.com/6", 1, 1, 1, 1, 1, 1);
        csv.post("1000001_1", "1000001", "Hội LHPN tỉnh Thanh Hóa", "Lặp", "11/20/2026 08:15", "https://facebook.com/1", 2000, 1300, 90, 13,
                6, 41);
        PostExport.Reading reading = read(csv.bytes());
        assertThat(reading.totalRows()).isEqualTo(7);
        assertThat(reading.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Post ID", "channels.import.row.duplicatePost"),
                org.assertj.core.groups.Tuple.tuple(5, "Reach", "channels.import.row.negative"),
                org.assertj.core.groups.Tuple.tuple(6, "Comments", "channels.import.row.notNumber"),
                org.assertj.core.groups.Tuple.tuple(7, "Post ID", "channels.import.row.emptyPostId"),
                org.assertj.core.groups.Tuple.tuple(8, "Publish time", "channels.import.row.badTime"));
        assertThat(reading.problems().get(0).args()).containsExactly("1000001_1", "9");
        assertThat(reading.rows()).extracting(PostRow::externalId).containsExactly("1000001_2", "1000001_1");
        assertThat(reading.rows().get(1).views()).as("the later row of a post wins").isEqualTo(2000L);
    }

    @Test
    void anExportOfAnotherPageWarns() {
        BusinessSuiteCsv csv = BusinessSuiteCsv.english().post("9_1", "9999", "Trang khác", "Bài", "11/20/2026 08:15",
                "https://facebook.com/9", 1, 1, 1, 1, 1, 1);
        PostExport.Reading reading = read(csv.bytes());
        assertThat(reading.warnings()).extracting(PostExport.Warning::messageKey)
                .containsExactly("channels.posts.import.otherPageId", "channels.posts.import.otherPageName");
        assertThat(reading.warnings().get(0).args()).containsExactly("9999", "1000001");
    }

    @Test
    void aTruncatedExportReportsTheCutRow() {
        String text = twoPosts(BusinessSuiteCsv.COLUMNS_34).text();
        String cut = text.substring(0, text.lastIndexOf("Tập huấn") + 5);
        PostExport.Reading reading = read(cut.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.rows()).extracting(PostRow::externalId).containsExactly("1000001_1");
        assertThat(reading.problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "channels.import.row.cut"));
    }

    @Test
    void aPageDailySeriesInUtf16WithSepLine() {
        String text = "sep=,\r\n\"Date\",\"Facebook Page follows\",\"Facebook Page reach\"\r\n"
                + "\"Date\",\"Lifetime: the total number of follows\",\"Daily\"\r\n"
                + "\"2026-11-01\",\"1510\",\"300\"\r\n\"2026-11-02\",\"1514\",\"280\"\r\n\"2026-11-03\",\"-2\",\"0\"\r\n\"2026-11-02\",\"1515\",\"1\"\r\n";
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 2);
        System.arraycopy(body, 0, content, 2, body.length);
        PageDailySeries.Reading reading = PageDailySeries.read(CsvTable.read(DecodedText.of(content), 1000, "tooMany"),
                HeaderAliases.load(PageDailySeries.HEADERS));
        assertThat(reading.days()).extracting(d -> d.day().toString() + "=" + d.audience()).containsExactly("2026-11-01=1510", "2026-11-02=1515");
        assertThat(reading.problems()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "channels.import.row.duplicateDay"),
                org.assertj.core.groups.Tuple.tuple(6, "channels.import.row.negative"));
    }
}
