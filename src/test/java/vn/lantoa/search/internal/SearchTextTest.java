package vn.lantoa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** How typed and stored text is cleaned before it meets the analyzers. Plain Java. */
class SearchTextTest {

    @Test
    void textIsComposedAndFreeOfInvisibleCharacters() {
        String decomposed = Normalizer.normalize("Phụ nữ Việt Nam", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Phụ nữ Việt Nam");
        assertThat(SearchText.clean(decomposed)).isEqualTo("Phụ nữ Việt Nam");
        assertThat(SearchText.clean("  phụ\u0000nữ\t\n khởi\u200Bnghiệp\uE000 ")).isEqualTo("phụ nữ khởinghiệp");
        assertThat(SearchText.clean("\uD800 lẻ")).as("a lone surrogate").isEqualTo("lẻ");
        assertThat(SearchText.clean("\uD83D\uDE00 vui")).as("a whole emoji stays").isEqualTo("\uD83D\uDE00 vui");
        assertThat(SearchText.clean(null)).isNull();
    }

    @Test
    void queriesAreCutToTwoHundredCharactersAndTwentyWords() {
        String words = "phụ nữ ".repeat(100);
        assertThat(SearchText.query(words).split(" ")).hasSize(20);
        String letters = "a".repeat(5_000);
        assertThat(SearchText.query(letters)).hasSize(200);
        String longWords = ("nghiêng".repeat(5) + " ").repeat(10);
        assertThat(SearchText.query(longWords)).hasSizeLessThanOrEqualTo(200).endsWith("nghiêng").doesNotEndWith(" ");
        assertThat(SearchText.query("x".repeat(199) + "\uD83D\uDE00")).as("a surrogate pair is not split").hasSize(199);
        assertThat(SearchText.query(null)).isEmpty();
        assertThat(SearchText.query("  <b>phụ   nữ</b> ")).isEqualTo("<b>phụ nữ</b>");
    }

    @Test
    void aQueryIsSearchableWhenItHasALetterOrADigit() {
        assertThat(SearchText.searchable("<>\"'&*?~:()[]{}^!\\/")).isFalse();
        assertThat(SearchText.searchable("")).isFalse();
        assertThat(SearchText.searchable("\"2026\"")).isTrue();
        assertThat(SearchText.searchable("đ")).isTrue();
    }

    @Test
    void suggestionWordsAreFolded() {
        assertThat(SearchText.foldedWords("Đoàn  Thanh-niên, PHỤ nữ!")).containsExactly("doan", "thanh", "nien", "phu", "nu");
        assertThat(SearchText.foldedWords("<>*")).isEmpty();
    }

    @Test
    void excerptsAreEscapedAndCutAtASpace() {
        assertThat(SearchText.escapedExcerpt("Ngắn <b>gọn</b> & rõ", 200)).isEqualTo("Ngắn &lt;b&gt;gọn&lt;/b&gt; &amp; rõ");
        assertThat(SearchText.escapedExcerpt("một hai ba bốn năm", 12)).isEqualTo("một hai ba…");
        assertThat(SearchText.escapedExcerpt(null, 10)).isEmpty();
    }

    @Test
    void unitPathsBecomeSubtreePrefixes() {
        assertThat(SearchText.unitPath("/1/25")).isEqualTo("/1/25/");
        assertThat(SearchText.unitPath(" /1/25/ ")).isEqualTo("/1/25/");
        assertThat(SearchText.unitPath("  ")).isNull();
    }

    @Test
    void onlyPathsAndWebLinksAreAccepted() {
        assertThat(SearchText.safeLink("/tin/phu-nu-khoi-nghiep-123")).isTrue();
        assertThat(SearchText.safeLink("https://hoiphunu.vn/tin/1")).isTrue();
        assertThat(SearchText.safeLink("HTTP://hoiphunu.vn")).isTrue();
        assertThat(SearchText.safeLink("javascript:alert(1)")).isFalse();
        assertThat(SearchText.safeLink("//evil.example/x")).isFalse();
        assertThat(SearchText.safeLink("/\\evil.example")).isFalse();
        assertThat(SearchText.safeLink("data:text/html,x")).isFalse();
        assertThat(SearchText.safeLink("/tin/a b")).isFalse();
    }
}
