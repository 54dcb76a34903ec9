package vn.lantoa.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds every character that Lucene's ASCII folding turns into one character — the Vietnamese
 * letters with diacritics among them, đ/Đ to d/D — the same way, and drops combining marks (text that
 * came decomposed); other characters pass unchanged, for the ASCII folding filter behind it.
 * <p>
 * Why not Lucene's ASCIIFoldingFilter alone: its folding method is 14 KB of bytecode, over the JVM's
 * limit for compiling a method (8,000 bytes), so it always runs interpreted — and in Vietnamese
 * nearly every word has a diacritic, so it took most of the time of indexing and highlighting
 * (bench/search.sh, JFR). This filter is a table lookup; ASCIIFoldingFilter after it then only
 * looks at tokens that are still not ASCII, which Vietnamese text rarely has.
 */
final class VietnameseFoldingFilter extends TokenFilter {

    /** Characters below this are folded by table; the table covers Latin Extended Additional (ạ…ỹ). */
    private static final int TABLE_END = 0x1F00;
    private static final char[] FOLDED = table();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    /**
     * ASCIIFoldingFilter's own answer for each character, asked once: where it folds a character to
     * one character, so does the table; what it folds to several (ß → ss) is left to it.
     */
    private static char[] table() {
        char[] folded = new char[TABLE_END];
        char[] out = new char[8];
        for (char c = 0; c < TABLE_END; c++) {
            folded[c] = c;
            if (c < 0x80) {
                continue;
            }
            if (combiningDiacritic(c)) {
                folded[c] = 0; // dropped: text that reached us decomposed
                continue;
            }
            int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
            if (length == 1) {
                folded[c] = out[0];
            }
        }
        return folded;
    }

    private static boolean combiningDiacritic(char c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF);
    }

    /** The folded form of a text, the same as the filter produces for each word (for tests and checks). */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < TABLE_END ? FOLDED[c] : c;
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char f = c < TABLE_END ? FOLDED[c] : c;
            if (f != 0) {
                buffer[out++] = f;
            }
        }
        term.setLength(out);
        return true;
    }
}
