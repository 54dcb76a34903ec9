package vn.lantoa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.support.IntegrationTest;

/**
 * Vietnamese search as the portal uses it, against the real index (Lucene, in memory in tests) and
 * database. Each test puts its documents in a section of its own and searches within it, so that
 * documents of other tests (or of the portal) cannot change its results.
 */
@IntegrationTest
class SiteSearchTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicLong SECTIONS = new AtomicLong(9_100_000 + (System.nanoTime() % 10_000) * 100);
    private static final Instant MARCH = LocalDateTime.of(2026, 3, 10, 9, 0).atZone(VIETNAM).toInstant();

    @Autowired
    SiteSearch search;

    @Autowired
    PlatformTransactionManager transactions;

    /** A section no other test uses. */
    private static long newSection() {
        return SECTIONS.incrementAndGet();
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static SearchDocument doc(String key, long section, String title, String summary, String body) {
        return doc(key, section, title, summary, body, "/1/2/", MARCH);
    }

    private static SearchDocument doc(String key, long section, String title, String summary, String body, String unitPath,
                                      Instant publishedAt) {
        return new SearchDocument(key, title, summary, body, "/tin/" + key, section, "Chuyên mục thử", 2L, "Hội LHPN thử",
                unitPath, publishedAt, "/media/" + key + "/640.jpg");
    }

    private String indexed(long section, String title, String summary, String body) {
        String key = key();
        search.index(doc(key, section, title, summary, body));
        return key;
    }

    private SearchResults in(long section, String text) {
        return search.search(new SearchQuery(text, section, null, null, null, 0, 10));
    }

    private List<String> keys(long section, String text) {
        return in(section, text).hits().stream().map(SearchHit::key).toList();
    }

    @Test
    void aQueryWithoutDiacriticsFindsTheTextWithThem() {
        long section = newSection();
        String key = indexed(section, "Phụ nữ khởi nghiệp với mô hình trồng nấm sạch", "Hội viên vay vốn làm giàu.",
                "Chị em trong xã cùng nhau trồng nấm rơm.");

        assertThat(keys(section, "phu nu khoi nghiep")).containsExactly(key);
        assertThat(keys(section, "PHU NU KHOI NGHIEP")).containsExactly(key);
        assertThat(keys(section, "Phụ nữ khởi nghiệp")).containsExactly(key);
        assertThat(keys(section, "nam rom")).as("a word of the body").containsExactly(key);
        assertThat(keys(section, "phu nu lam banh")).as("every word must match").isEmpty();
    }

    @Test
    void decomposedTextIsFoundLikeComposedText() {
        long section = newSection();
        String key = indexed(section, java.text.Normalizer.normalize("Hội Phụ nữ tỉnh Thanh Hóa", java.text.Normalizer.Form.NFD),
                "Sapo.", "Thân bài.");

        assertThat(keys(section, "phụ nữ thanh hóa")).containsExactly(key);
        assertThat(keys(section, java.text.Normalizer.normalize("phụ nữ", java.text.Normalizer.Form.NFD))).containsExactly(key);
        assertThat(keys(section, "phu nu thanh hoa")).containsExactly(key);
    }

    @Test
    void dStrokeFoldsToD() {
        long section = newSection();
        String nation = indexed(section, "Ngày hội văn hóa các dân tộc thiểu số", "Giao lưu văn nghệ.", "Nhiều tiết mục đặc sắc.");
        String youth = indexed(section, "Đoàn thanh niên phối hợp ra quân", "Làm sạch đường làng.", "Đường làng sạch đẹp.");

        assertThat(keys(section, "dan toc")).containsExactly(nation);
        assertThat(keys(section, "doan")).containsExactly(youth);
        assertThat(keys(section, "ĐOÀN THANH NIÊN")).containsExactly(youth);
        assertThat(keys(section, "dac sac")).as("đ inside a body word").containsExactly(nation);
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        long section = newSection();
        String exact = indexed(section, "Hội phụ nữ xã tổ chức tập huấn", "Tập huấn kỹ năng.", "Nội dung tập huấn.");
        String plain = indexed(section, "Hội phu nu xã tổ chức tập huấn", "Tập huấn kỹ năng.", "Nội dung tập huấn.");
        String otherMarks = indexed(section, "Hội phủ nứ xã tổ chức tập huấn", "Tập huấn kỹ năng.", "Nội dung tập huấn.");

        assertThat(keys(section, "phụ nữ")).containsExactlyInAnyOrder(exact, plain, otherMarks);
        assertThat(keys(section, "phụ nữ").get(0)).isEqualTo(exact);
        assertThat(keys(section, "phu nu").get(0)).isEqualTo(plain);
        assertThat(keys(section, "phủ nứ").get(0)).isEqualTo(otherMarks);

        long other = newSection();
        String ban = indexed(other, "Ban chấp hành họp phiên thường kỳ", "Họp định kỳ.", "Các nội dung của phiên họp.");
        String ban2 = indexed(other, "Bạn chấp hành họp phiên thường kỳ", "Họp định kỳ.", "Các nội dung của phiên họp.");
        assertThat(keys(other, "ban")).containsExactly(ban, ban2);
        assertThat(keys(other, "bạn")).containsExactly(ban2, ban);
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        long section = newSection();
        String inBody = indexed(section, "Hội nghị tổng kết năm của chi hội", "Tổng kết công tác.",
                "Chi hội đã vận động xây dựng công trình nước sạch cho bà con.");
        String inTitle = indexed(section, "Công trình nước sạch cho bà con", "Tổng kết công tác.",
                "Chi hội đã vận động xây dựng công trình cho bà con trong năm.");

        assertThat(keys(section, "nuoc sach")).containsExactly(inTitle, inBody);
        assertThat(keys(section, "nước sạch")).containsExactly(inTitle, inBody);
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        long section = newSection();
        String phrase = indexed(section, "Phụ nữ khởi nghiệp sáng tạo", "Cuộc thi năm 2026.", "Nhiều ý tưởng hay.");
        String scattered = indexed(section, "Khởi động cuộc thi cho phụ nữ lập nghiệp", "Cuộc thi năm 2026.", "Nhiều ý tưởng hay.");

        assertThat(keys(section, "phụ nữ khởi nghiệp")).containsExactlyInAnyOrder(phrase, scattered);
        assertThat(keys(section, "\"phụ nữ khởi nghiệp\"")).containsExactly(phrase);
        assertThat(keys(section, "\"phu nu khoi nghiep\"")).containsExactly(phrase);
        assertThat(keys(section, "\"nghiệp khởi\"")).isEmpty();
    }

    @Test
    void filtersBySectionUnitSubtreeAndVietnamDays() {
        long section = newSection();
        Instant firstOfMarch = LocalDate.of(2026, 3, 1).atStartOfDay(VIETNAM).toInstant(); // 28/02 17:00 UTC
        Instant lastOfFebruary = firstOfMarch.minusSeconds(1);
        Instant endOfMarch = LocalDate.of(2026, 4, 1).atStartOfDay(VIETNAM).toInstant().minusSeconds(1);
        Instant firstOfApril = endOfMarch.plusSeconds(1);
        String ward = key();
        String ward300 = key();
        String elsewhere = key();
        String february = key();
        search.index(doc(ward, section, "Tập huấn chuyển đổi số cho hội viên", "Sapo.", "Thân bài.", "/1/2/30/", firstOfMarch));
        search.index(doc(ward300, section, "Tập huấn chuyển đổi số ở chi hội", "Sapo.", "Thân bài.", "/1/2/300/4000/", endOfMarch));
        search.index(doc(elsewhere, section, "Tập huấn chuyển đổi số tỉnh bạn", "Sapo.", "Thân bài.", "/1/5/", firstOfApril));
        search.index(doc(february, section, "Tập huấn chuyển đổi số tháng hai", "Sapo.", "Thân bài.", "/1/2/30/", lastOfFebruary));

        assertThat(keys(section, "chuyen doi so")).hasSize(4);
        assertThat(keys(newSection(), "chuyen doi so")).as("another section").isEmpty();

        SearchQuery query = new SearchQuery("chuyển đổi số", section, "/1/2/30/", null, null, 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactlyInAnyOrder(ward, february);
        query = new SearchQuery("chuyển đổi số", section, "/1/2", null, null, 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactlyInAnyOrder(ward, ward300, february);

        LocalDate march1 = LocalDate.of(2026, 3, 1);
        LocalDate march31 = LocalDate.of(2026, 3, 31);
        query = new SearchQuery("chuyen doi so", section, null, march1, march31, 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactlyInAnyOrder(ward, ward300);
        query = new SearchQuery("", section, null, march1, march1, 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactly(ward);
        query = new SearchQuery("", section, null, null, LocalDate.of(2026, 2, 28), 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactly(february);
        query = new SearchQuery("", section, null, LocalDate.of(2026, 4, 1), null, 0, 10);
        assertThat(search.search(query).hits()).extracting(SearchHit::key).containsExactly(elsewhere);
        query = new SearchQuery("", section, null, march31, march1, 0, 10);
        assertThat(search.search(query).total()).as("a range that ends before it starts").isZero();

        SearchResults newest = search.search(new SearchQuery(null, section, null, null, null, 0, 10));
        assertThat(newest.hits()).extracting(SearchHit::key).as("no text: newest first")
                .containsExactly(elsewhere, ward300, ward, february);
        assertThat(newest.correctedText()).isEmpty();
    }

    @Test
    void pagesAreCappedAndAPageBeyondTheEndIsEmpty() {
        long section = newSection();
        for (int i = 0; i < 12; i++) {
            search.index(doc(key(), section, "Bản tin phụ nữ số " + i, "Sapo.", "Thân bài.", "/1/2/", MARCH.plusSeconds(i)));
        }

        SearchResults first = search.search(new SearchQuery("ban tin", section, null, null, null, 0, 5));
        SearchResults last = search.search(new SearchQuery("ban tin", section, null, null, null, 2, 5));
        SearchResults beyond = search.search(new SearchQuery("ban tin", section, null, null, null, 3, 5));
        SearchResults farBeyond = search.search(new SearchQuery("ban tin", section, null, null, null, 1_000_000, 50));
        assertThat(first.hits()).hasSize(5);
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hits()).hasSize(2);
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(12);
        assertThat(farBeyond.hits()).isEmpty();
        assertThat(farBeyond.total()).isEqualTo(12);

        SearchResults all = search.search(new SearchQuery("ban tin", section, null, null, null, 0, 10_000));
        assertThat(all.size()).isEqualTo(SearchQuery.MAX_SIZE);
        assertThat(all.hits()).hasSize(12);
        SearchResults defaults = search.search(new SearchQuery("ban tin", section, null, null, null, -3, 0));
        assertThat(defaults.page()).isZero();
        assertThat(defaults.size()).isEqualTo(SearchQuery.DEFAULT_SIZE);
        assertThat(defaults.hits()).hasSize(10);
    }

    @Test
    void highlightsMarkTheMatchesAndEscapeMarkup() {
        long section = newSection();
        String key = indexed(section, "<script>alert('x')</script> Phụ nữ khởi nghiệp & làm giàu",
                "Sapo <i>nghiêng</i> của bài.",
                "Mở đầu bài viết. Ở xã vùng cao, chị em <b>đậm</b> đã học cách bán hàng trực tuyến trên mạng xã hội.");

        SearchHit hit = in(section, "khoi nghiep").hits().get(0);
        assertThat(hit.key()).isEqualTo(key);
        assertThat(hit.titleHtml()).contains("<mark>khởi</mark>", "<mark>nghiệp</mark>", "&lt;script&gt;", "&amp;")
                .doesNotContain("<script>");
        assertThat(hit.snippetHtml()).as("nothing in the body matches: the summary's start")
                .isEqualTo("Sapo &lt;i&gt;nghiêng&lt;/i&gt; của bài.");
        assertThat(hit.url()).isEqualTo("/tin/" + key);
        assertThat(hit.sectionName()).isEqualTo("Chuyên mục thử");
        assertThat(hit.unitName()).isEqualTo("Hội LHPN thử");
        assertThat(hit.publishedAt()).isEqualTo(MARCH);
        assertThat(hit.imageUrl()).isEqualTo("/media/" + key + "/640.jpg");

        SearchHit body = in(section, "ban hang truc tuyen").hits().get(0);
        assertThat(body.snippetHtml()).contains("<mark>bán</mark> <mark>hàng</mark> <mark>trực</mark> <mark>tuyến</mark>",
                "&lt;b&gt;đậm&lt;").doesNotContain("<b>", "</b>");
        assertThat(body.titleHtml()).doesNotContain("<mark>").contains("&lt;script&gt;");

        SearchHit markup = in(section, "<script>alert('x')</script>").hits().get(0);
        assertThat(markup.titleHtml()).contains("<mark>script</mark>", "<mark>alert</mark>").doesNotContain("<script>");
    }

    @Test
    void hostileQueriesNeverFail() {
        long section = newSection();
        String key = indexed(section, "Phụ nữ khởi nghiệp", "Sapo.", "Thân bài.");
        String longQuery = "phụ nữ khởi nghiệp ".repeat(5_000 / 19 + 1).substring(0, 5_000);
        String symbols = "<>\"'&*?~:()[]{}^!\\/";

        SearchResults cut = in(section, longQuery);
        assertThat(cut.correctedText().length()).isLessThanOrEqualTo(200);
        assertThat(cut.correctedText().split(" ")).hasSizeLessThanOrEqualTo(20);
        assertThat(cut.hits()).extracting(SearchHit::key).containsExactly(key);

        assertThat(in(section, symbols).hits()).isEmpty();
        assertThat(in(section, symbols + " khởi nghiệp " + symbols).hits()).extracting(SearchHit::key).containsExactly(key);
        for (String query : List.of(symbols, symbols.repeat(300), "\"phụ nữ", "phụ nữ\"\"\"", "((phụ", "-", "+", "|", "phu* nu~2",
                "title:phu", "\\", "\u0000phu\u200bnu", "\uD83D\uDE00 phụ nữ", "AND OR NOT", "a".repeat(5_000))) {
            assertThatCode(() -> in(section, query)).as(query).doesNotThrowAnyException();
            assertThatCode(() -> search.suggest(query, 5)).as(query).doesNotThrowAnyException();
        }
        assertThat(in(section, "phu* nu~2").correctedText()).isEqualTo("phu* nu~2");
    }

    @Test
    void suggestionsMatchTheWordsTypedSoFarWithOrWithoutDiacritics() {
        // a made-up word, so that no other document can match
        String word = "Trăng" + java.util.concurrent.ThreadLocalRandom.current().ints(4, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "xanh";
        String folded = "trang" + word.substring(5).toLowerCase();
        long section = newSection();
        String key = indexed(section, word + " khởi nghiệp ở Hạc Thành", "Sapo.", "Thân bài.");
        indexed(section, word + " dạy nghề cho hội viên", "Sapo.", "Thân bài.");

        assertThat(search.suggest(folded.substring(0, 7), 10)).hasSize(2);
        assertThat(search.suggest(word.substring(0, 7), 10)).hasSize(2);
        List<Suggestion> two = search.suggest(folded + " khoi ngh", 10);
        assertThat(two).containsExactly(new Suggestion(word + " khởi nghiệp ở Hạc Thành", "/tin/" + key));
        assertThat(search.suggest(word + " khởi ngh", 10)).hasSize(1);
        assertThat(search.suggest(folded + " hac th", 10)).hasSize(1);
        assertThat(search.suggest(folded + " zzq", 10)).isEmpty();
        assertThat(search.suggest(folded, 1)).hasSize(1);
        assertThat(search.suggest("   ", 10)).isEmpty();
    }

    @Test
    void removedDocumentsAreNoLongerFound() {
        long section = newSection();
        String key = indexed(section, "Hội thi nấu ăn ngon", "Sapo.", "Thân bài.");
        long before = search.documentCount();
        assertThat(keys(section, "nau an")).containsExactly(key);

        search.remove(key);
        assertThat(keys(section, "nau an")).isEmpty();
        assertThat(search.documentCount()).isEqualTo(before - 1);
        assertThatCode(() -> search.remove("test:no-such-document")).doesNotThrowAnyException();
        assertThatCode(() -> search.remove(null)).doesNotThrowAnyException();
    }

    @Test
    void indexingAgainReplacesByKey() {
        long section = newSection();
        String key = key();
        search.index(doc(key, section, "Hội chợ hàng Việt lần thứ nhất", "Sapo.", "Thân bài."));
        long count = search.documentCount();
        search.index(doc(key, section, "Phiên chợ quê ngày Tết", "Sapo mới.", "Thân bài mới."));

        assertThat(search.documentCount()).isEqualTo(count);
        assertThat(keys(section, "hoi cho")).isEmpty();
        assertThat(keys(section, "phien cho que")).containsExactly(key);
        assertThat(in(section, "phien cho que").hits().get(0).snippetHtml()).isEqualTo("Sapo mới.");
    }

    @Test
    void aDocumentIsSearchableWhenTheCallersTransactionCommits() {
        long section = newSection();
        String key = key();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            search.index(doc(key, section, "Gian hàng sản phẩm OCOP của hội viên", "Sapo.", "Thân bài."));
            assertThat(keys(section, "ocop")).as("not before the commit").isEmpty();
        });
        assertThat(keys(section, "ocop")).containsExactly(key);

        String rolledBack = key();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            search.index(doc(rolledBack, section, "Gian hàng bị hủy OCOP", "Sapo.", "Thân bài."));
            tx.setRollbackOnly();
        });
        assertThat(keys(section, "ocop")).containsExactly(key);
    }

    @Test
    void documentsWithoutTheEssentialsOrWithUnsafeLinksAreRefused() {
        long section = newSection();
        SearchDocument good = doc(key(), section, "Tiêu đề", "Sapo.", "Thân bài.");
        SearchDocument noTitle = new SearchDocument(key(), " ", null, null, "/tin/1", null, null, null, null, null, MARCH, null);
        SearchDocument script = new SearchDocument(key(), "Tiêu đề", null, null, "javascript:alert(1)", null, null, null, null, null,
                MARCH, null);
        SearchDocument otherHost = new SearchDocument(key(), "Tiêu đề", null, null, "//evil.example/x", null, null, null, null, null,
                MARCH, null);
        SearchDocument noDate = new SearchDocument(key(), "Tiêu đề", null, null, "/tin/1", null, null, null, null, null, null, null);

        assertThatCode(() -> search.index(good)).doesNotThrowAnyException();
        for (SearchDocument bad : List.of(noTitle, script, otherHost, noDate)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.index(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
