package vn.lantoa.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The fast folding of Vietnamese letters gives what Lucene's ASCII folding gives, letter for letter. */
class VietnameseFoldingFilterTest {

    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    private static List<String> analyze(String text) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> words = new ArrayList<>();
        try (TokenStream stream = new ASCIIFoldingFilter(new VietnameseFoldingFilter(new LowerCaseFilter(tokenizer)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    private static String asciiFolding(char c) {
        char[] out = new char[4];
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
        return new String(out, 0, length);
    }

    @Test
    void foldsEveryVietnameseLetterAndDStroke() throws IOException {
        assertThat(VietnameseFoldingFilter.fold(VIETNAMESE)).isEqualTo("a".repeat(18) + "e".repeat(12) + "i".repeat(6)
                + "o".repeat(18) + "u".repeat(12) + "y".repeat(6) + "d");
        assertThat(VietnameseFoldingFilter.fold(VIETNAMESE.toUpperCase())).isEqualTo(VietnameseFoldingFilter.fold(VIETNAMESE).toUpperCase());
        assertThat(analyze("Đoàn Thanh niên, PHỤ NỮ khởi nghiệp; Ưu tiên “Hòa Bình”"))
                .containsExactly("doan", "thanh", "nien", "phu", "nu", "khoi", "nghiep", "uu", "tien", "hoa", "binh");
        assertThat(analyze(Normalizer.normalize("Phụ nữ Việt Nam", Normalizer.Form.NFD))).containsExactly("phu", "nu", "viet", "nam");
        assertThat(analyze("Straße Ærø café")).as("what it leaves, ASCII folding does").containsExactly("strasse", "aero", "cafe");
    }

    @Test
    void agreesWithAsciiFoldingOnEveryCharacterItFolds() {
        int folded = 0;
        for (char c = 0x80; c < 0x1F00; c++) {
            String mine = VietnameseFoldingFilter.fold(String.valueOf(c));
            if (!mine.isEmpty() && !mine.equals(String.valueOf(c))) {
                assertThat(mine).as("U+%04X %s", (int) c, c).isEqualTo(asciiFolding(c));
                folded++;
            }
        }
        assertThat(folded).as("at least the 134 Vietnamese letters").isGreaterThan(134);
        assertThat(VietnameseFoldingFilter.fold("a\u0301\u0323")).as("combining marks dropped").isEqualTo("a");
    }
}
