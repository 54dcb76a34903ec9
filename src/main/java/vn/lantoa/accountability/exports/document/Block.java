package vn.lantoa.accountability.exports.document;

/** One piece of a report's body, in reading order. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Bullet, TableBlock {

    /**
     * A heading numbered as written: level 1 "I. KẾT QUẢ ĐẠT ĐƯỢC" (Roman, upper case), level 2
     * "1. Công tác truyền thông" (Arabic). The number is part of the model so that both renderers
     * print the same.
     */
    record Heading(int level, String number, String text) implements Block {

        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level " + level);
            }
        }

        public String line() {
            return number == null || number.isBlank() ? text : number + ". " + text;
        }
    }

    /** A justified paragraph with the decree's first-line indent. */
    record Paragraph(String text) implements Block {
    }

    /** A list item, printed "- text" with the paragraph's indent. */
    record Bullet(String text) implements Block {

        public String line() {
            return "- " + text;
        }
    }

    /** Upper-case Roman numerals for level-1 headings (1 → "I", 4 → "IV"). */
    static String roman(int n) {
        if (n < 1 || n > 39) {
            throw new IllegalArgumentException("roman " + n);
        }
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }
}
