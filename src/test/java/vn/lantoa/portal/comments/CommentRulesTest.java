package vn.lantoa.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The plain rules of reader comments, case by case, without the application. */
class CommentRulesTest {

    private static KeywordRule rule(String phrase, boolean exact, KeywordRule.Action action) {
        return new KeywordRule(1, 1, phrase, exact, KeywordRule.Category.HOSTILE, action, true);
    }

    @ParameterizedTest(name = "\"{1}\" with rule \"{0}\" (exact: {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
        "lừa đảo | Cẩn thận LỪA ĐẢO qua mạng | false | true",
        "lừa đảo | can than lua dao qua mang | false | true",
        "lừa đảo | Lừa-đảo! | false | true",
        "lừa đảo | lừa đảoxyz | false | false",
        "lừa đảo | đi lừa rồi đảo | false | false",
        "tin giả | Đây là TIN GIẢ | true | true",
        "tin giả | tin gia ca thi truong | true | false",
        "tin giả | tin giá cả thị trường | true | false",
        "bit.ly | xem https://bit.ly/3abc nhé | true | true",
        "bit.ly | bitly | true | false",
        "t.me | vào t.me/nhom nhé | true | true",
        "t.me | thương mẹ | true | false",
        "phản động | Phan Dong | false | true",
    })
    void keywordsMatchWholeWordsWithOrWithoutDiacritics(String phrase, String text, boolean exact, boolean matches) {
        assertThat(KeywordMatching.matching(text, List.of(rule(phrase, exact, KeywordRule.Action.FLAG)))).hasSize(matches ? 1 : 0);
    }

    @Test
    void anInactiveRuleMatchesNothing() {
        KeywordRule off = new KeywordRule(1, 1, "lừa đảo", false, KeywordRule.Category.SPAM, KeywordRule.Action.REJECT, false);
        assertThat(KeywordMatching.matching("lừa đảo", List.of(off))).isEmpty();
        assertThat(rule("lừa đảo", false, KeywordRule.Action.FLAG).label()).isEqualTo("HOSTILE:lừa đảo");
    }

    @ParameterizedTest(name = "{0} → {1} links")
    @CsvSource(delimiter = '|', value = {
        "Không có liên kết nào. | 0",
        "Xem https://vnexpress.net/abc | 1",
        "http://a.vn và www.b.com | 2",
        "bit.ly/abc, tinyurl.com/x và zalo.me/123 | 3",
        "Email tôi: chi.lan@gmail.com | 0",
        "TP.HCM, v.v. và 3.5 triệu | 0",
        "Trang hoilhpn.thanhhoa.gov.vn có tin | 1",
    })
    void linksAreCountedAsAReaderSeesThem(String text, int links) {
        assertThat(CommentText.links(text)).isEqualTo(links);
    }

    @Test
    void textIsStoredCleanButAsTyped() {
        assertThat(CommentText.clean("  Xin chào\r\n\r\n\r\n\r\nHội\u0000 phụ nữ\u200b  \t\n")).isEqualTo("Xin chào\n\nHội phụ nữ");
        assertThat(CommentText.clean("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(CommentText.line("  Nguyễn \n Thị   Lan ")).isEqualTo("Nguyễn Thị Lan");
        // "ệ" typed as e + two combining marks is one character once stored (NFC).
        assertThat(CommentText.length(CommentText.clean("Nguye\u0302\u0323n"))).isEqualTo(6);
        assertThat(CommentText.length("👍👍")).isEqualTo(2);
    }

    @Test
    void filesAreKnownByTheirFirstBytes() {
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).hasValue(AttachmentType.JPEG);
        assertThat(AttachmentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).hasValue(AttachmentType.PNG);
        assertThat(AttachmentType.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).hasValue(AttachmentType.WEBP);
        assertThat(AttachmentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).hasValue(AttachmentType.PDF);
        assertThat(AttachmentType.detect("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.detect("<html><body>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xff, (byte) 0xd8})).isEmpty();
        assertThat(AttachmentType.detect(new byte[0])).isEmpty();
    }

    @Test
    void pdfsThatActOrAreCutShortAreRecognised() throws IOException {
        assertThat(pdfProblem(ReaderCommentsTest.pdf(""))).isEmpty();
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/OpenAction 4 0 R /AA << >>"))).isEmpty();
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/Names << /JavaScript 5 0 R >>"))).hasValue("/JavaScript");
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/OpenAction << /S /JS(app.alert(1)) >>"))).hasValue("/JS");
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/JSomethingElse 1"))).isEmpty();
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/OpenAction << /S /Launch /F (cmd.exe) >>"))).hasValue("/Launch");
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/Names << /EmbeddedFiles 6 0 R >>"))).isEmpty();
        assertThat(pdfProblem(ReaderCommentsTest.pdf("/Type /EmbeddedFile"))).hasValue("/EmbeddedFile");
        byte[] whole = ReaderCommentsTest.pdf("");
        assertThat(pdfProblem(java.util.Arrays.copyOf(whole, whole.length - 8))).hasValue("damaged");
    }

    @Test
    void aNameSplitBetweenTwoReadsIsStillFound() throws IOException {
        StringBuilder big = new StringBuilder("%PDF-1.4\n");
        while (big.length() < 64 * 1024 - 5) {
            big.append('x');
        }
        big.append("/JavaScript (x)\n%%EOF\n");
        assertThat(pdfProblem(big.toString().getBytes(StandardCharsets.US_ASCII))).hasValue("/JavaScript");
    }

    @Test
    void theSenderIsTheConnectionUnlessOurOwnProxySpeaksForIt() {
        List<String> proxies = List.of("10.0.0.5");
        assertThat(SenderAddress.of(request("203.0.113.9", "1.2.3.4"), proxies)).as("a forged header is ignored").isEqualTo("203.0.113.9");
        assertThat(SenderAddress.of(request("10.0.0.5", "198.51.100.7"), proxies)).isEqualTo("198.51.100.7");
        assertThat(SenderAddress.of(request("10.0.0.5", "1.2.3.4, 198.51.100.7"), proxies))
                .as("the reader may prepend anything; our proxy appends the truth").isEqualTo("198.51.100.7");
        assertThat(SenderAddress.of(request("10.0.0.5", "198.51.100.7, 10.0.0.5"), proxies)).isEqualTo("198.51.100.7");
        assertThat(SenderAddress.of(request("10.0.0.5", "evil.example"), proxies)).as("not an address: no lookup").isEqualTo("10.0.0.5");
        assertThat(SenderAddress.of(request("10.0.0.5", null), proxies)).isEqualTo("10.0.0.5");
        assertThat(SenderAddress.of(request("2001:db8:1:2:aaaa:bbbb:cccc:dddd", null), proxies)).isEqualTo("2001:db8:1:2::/64");
        assertThat(SenderAddress.of(request("2001:db8:1:2::9", null), proxies)).isEqualTo("2001:db8:1:2::/64");
    }

    private static MockHttpServletRequest request(String remote, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/binh-luan/1");
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return request;
    }

    private static Optional<String> pdfProblem(byte[] pdf) throws IOException {
        return AttachmentType.pdfProblem(new ByteArrayInputStream(pdf));
    }
}
