package vn.lantoa.channels.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.lantoa.common.web.InvalidInput;

/**
 * A CSV file as a header and its rows, each with the line of the file it starts on (quoted fields may
 * span lines). A file cut short (inside a quoted field, or in the middle of its last row) keeps the
 * rows before the cut; {@link #cutAtLine()} tells where it was cut.
 *
 * @param header    the first row's values, stripped
 * @param rows      the rows after it, blank rows left out
 * @param separator the separator used
 * @param cutAtLine the file line of the row that was cut off, or 0 when the file is complete
 */
public record CsvTable(List<String> header, List<Row> rows, char separator, int cutAtLine) {

    /** A row's values as written, and the line of the file it starts on (1 = the first line of the file). */
    public record Row(int line, List<String> values) {

        public String value(int index) {
            return index < 0 || index >= values.size() ? "" : values.get(index).strip();
        }
    }

    public boolean isCut() {
        return cutAtLine > 0;
    }

    /**
     * Reads the text; at most {@code maxRows} rows (more is refused with the given message key, the
     * limit as its argument).
     */
    public static CsvTable read(DecodedText decoded, int maxRows, String tooManyRowsKey) {
        String text = decoded.text();
        char separator = decoded.declaredSeparator() != null ? decoded.declaredSeparator() : guessSeparator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int cut = 0;
        int skipped = decoded.linesSkipped();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int start = (int) parser.getCurrentLineNumber() + 1 + skipped;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    cut = start; // end of file inside a quoted field
                    break;
                }
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(v -> v.replace("\uFEFF", "").strip()).toList();
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new InvalidInput("file", tooManyRowsKey, maxRows);
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()) + skipped, values));
            }
        } catch (IOException e) {
            throw new InvalidInput("file", "channels.file.notText");
        }
        if (header == null) {
            throw new InvalidInput("file", "channels.file.empty");
        }
        if (cut == 0 && !rows.isEmpty() && !endsWithNewline(text)) {
            Row last = rows.get(rows.size() - 1);
            if (last.values().size() < header.size()) {
                rows.remove(rows.size() - 1);
                cut = last.line();
            }
        }
        return new CsvTable(header, List.copyOf(rows), separator, cut);
    }

    /** The line (1-based) of a character position, for positions asked in increasing order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            int end = (int) Math.min(target, text.length());
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static boolean endsWithNewline(String text) {
        return text.endsWith("\n") || text.endsWith("\r");
    }

    /** Without a {@code sep=} line: the character among comma, semicolon and tab found most often in the first line. */
    static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',');
        int semicolons = count(first, ';');
        int tabs = count(first, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
