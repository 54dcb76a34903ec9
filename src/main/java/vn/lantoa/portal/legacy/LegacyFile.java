package vn.lantoa.portal.legacy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;

/**
 * Reads a file of old addresses: CSV in UTF-8 (with or without the byte order mark Excel writes),
 * separated by commas, semicolons (Excel in Vietnamese) or tabs. The first row names the columns, in
 * English or Vietnamese, in any order: old_url (the old address) and story_id (the story's number) or
 * new_url (its new link, /tin/…-123). A file without a header row is read as old address, then story.
 * Whatever is wrong with the file as a whole is refused with a reason; what is wrong with a row is
 * left to {@link LegacyPlan}, which names its line.
 */
public final class LegacyFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    /** One data row as written, with its line in the file. */
    public record Row(int line, String oldUrl, String storyId, String newUrl) {
    }

    enum Column { OLD, STORY, NEW }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        alias(Column.OLD, "old url", "old", "old link", "url", "from", "source", "url cu", "duong dan cu", "dia chi cu", "link cu");
        alias(Column.STORY, "story id", "story", "id", "ma tin", "ma tin bai", "ma bai", "id tin", "tin bai");
        alias(Column.NEW, "new url", "new", "new link", "to", "target", "url moi", "duong dan moi", "dia chi moi", "link moi");
    }

    private LegacyFile() {
    }

    private static void alias(Column column, String... names) {
        for (String name : names) {
            HEADERS.put(name, column);
        }
    }

    public static List<Row> read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "portal.legacy.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "portal.legacy.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = text(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        CSVParser parser = null;
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            parser = csv;
            Map<Column, Integer> columns = null;
            for (CSVRecord record : csv) {
                if (columns == null) {
                    columns = columnsOf(record.toList());
                    if (!columns.isEmpty()) {
                        continue;
                    }
                    columns = headerless(record.toList());
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInput("file", "portal.legacy.error.tooManyRows", MAX_ROWS);
                }
                rows.add(new Row((int) record.getRecordNumber(), field(record, columns, Column.OLD),
                        field(record, columns, Column.STORY), field(record, columns, Column.NEW)));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
            throw new InvalidInput("file", "portal.legacy.error.malformed", line);
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "portal.legacy.error.noRows");
        }
        return rows;
    }

    /** The text of a UTF-8 file; anything else (binary, UTF-16, a spreadsheet, Windows-1258) is refused. */
    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "portal.legacy.error.notText");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new InvalidInput("file", "portal.legacy.error.notText");
        }
        return text;
    }

    /** The columns named by a header row, or none when the row is not a header. */
    private static Map<Column, Integer> columnsOf(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADERS.get(VietnameseText.fold(header.get(i)).replace('_', ' ').replace('-', ' '));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        if (columns.isEmpty()) {
            return columns;
        }
        if (!columns.containsKey(Column.OLD)) {
            throw new InvalidInput("file", "portal.legacy.error.missingOld");
        }
        if (!columns.containsKey(Column.STORY) && !columns.containsKey(Column.NEW)) {
            throw new InvalidInput("file", "portal.legacy.error.missingTarget");
        }
        return columns;
    }

    /** A file that starts with data: old address first, then the story (a number or a link). */
    private static Map<Column, Integer> headerless(List<String> first) {
        String cell = first.isEmpty() ? "" : first.get(0).strip().toLowerCase(java.util.Locale.ROOT);
        if (first.size() < 2 || !(cell.startsWith("/") || cell.startsWith("http://") || cell.startsWith("https://"))) {
            throw new InvalidInput("file", "portal.legacy.error.missingOld");
        }
        return Map.of(Column.OLD, 0, Column.STORY, 1);
    }

    private static String field(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
