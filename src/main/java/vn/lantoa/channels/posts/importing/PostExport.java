package vn.lantoa.channels.posts.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.imports.WholeNumber;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;

/**
 * A Meta Business Suite post export read against the page it is imported for. The columns vary from
 * month to month (32 to 34), so only a subset is required: Post ID, Publish time, Permalink or Post
 * type, and at least one metric; the headers and their aliases are data ({@code post-export-headers.txt}).
 * Every bad row is reported with its line, column and reason; of two rows of one post the later wins and
 * the earlier is reported; a Page ID or Page name that is not the chosen page's is a warning.
 */
public final class PostExport {

    public static final String HEADERS = "channels/posts/post-export-headers.txt";
    public static final int MAX_ROWS = 200_000;
    public static final int MAX_BYTES = 100 * 1024 * 1024;

    static final String POST_ID = "POST_ID";
    static final String PAGE_ID = "PAGE_ID";
    static final String PAGE_NAME = "PAGE_NAME";
    static final String TITLE = "TITLE";
    static final String DESCRIPTION = "DESCRIPTION";
    static final String PUBLISH_TIME = "PUBLISH_TIME";
    static final String PERMALINK = "PERMALINK";
    static final String POST_TYPE = "POST_TYPE";
    static final List<String> METRICS = List.of("VIEWS", "REACH", "REACTIONS", "COMMENTS", "SHARES", "CLICKS");
    /** Fields kept in their own columns; the rest of the file goes to extra (description, page id and name included). */
    private static final Set<String> OWN_COLUMNS = Set.of(POST_ID, TITLE, PUBLISH_TIME, PERMALINK, POST_TYPE, "VIEWS", "REACH",
            "REACTIONS", "COMMENTS", "SHARES", "CLICKS");

    /** What the page is known as, to warn about an export of another page. */
    public record Page(String externalId, String name) {
    }

    public record Warning(String messageKey, List<String> args) {
    }

    public record Reading(List<String> header, List<PostRow> rows, List<RowProblem> problems, List<Warning> warnings, int totalRows) {
    }

    private PostExport() {
    }

    public static Reading read(CsvTable table, Page page, HeaderAliases aliases) {
        List<String> header = table.header();
        Map<String, Integer> columns = aliases.columns(header);
        requireColumns(columns, header, aliases);
        boolean vietnamese = !isAscii(header.get(columns.get(POST_ID))) || !isAscii(header.get(columns.get(PUBLISH_TIME)));
        int timeColumn = columns.get(PUBLISH_TIME);
        PublishTimes times = PublishTimes.forValues(table.rows().stream().map(r -> r.value(timeColumn)).toList(), vietnamese);

        // the extra columns: every column but the first of each field kept in its own column
        List<Integer> extraColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String field = aliases.fieldOf(header.get(i));
            if ((field == null || !OWN_COLUMNS.contains(field) || columns.get(field) != i) && !header.get(i).isEmpty()) {
                extraColumns.add(i);
            }
        }
        String pageNameFolded = VietnameseText.fold(page.name());
        String lastSameName = null;
        List<RowProblem> problems = new ArrayList<>();
        Map<String, PostRow> byId = new LinkedHashMap<>();
        Set<String> otherPageIds = new LinkedHashSet<>();
        Set<String> otherPageNames = new LinkedHashSet<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.values().size() != header.size()) {
                problems.add(RowProblem.of(row.line(), "", "channels.import.row.cells", row.values().size(), header.size()));
                continue;
            }
            int before = problems.size();
            String id = row.value(columns.get(POST_ID));
            if (id.isEmpty()) {
                problems.add(RowProblem.of(row.line(), header.get(columns.get(POST_ID)), "channels.import.row.emptyPostId"));
            } else if (id.length() > 100) {
                problems.add(RowProblem.of(row.line(), header.get(columns.get(POST_ID)), "channels.import.row.tooLong", 100));
            }
            String timeText = row.value(timeColumn);
            Optional<Instant> published = times.parse(timeText);
            if (published.isEmpty()) {
                problems.add(RowProblem.of(row.line(), header.get(timeColumn), timeText.isEmpty() ? "channels.import.row.noTime"
                        : "channels.import.row.badTime", timeText));
            }
            Long[] metrics = new Long[METRICS.size()];
            for (int m = 0; m < METRICS.size(); m++) {
                Integer index = columns.get(METRICS.get(m));
                if (index == null) {
                    continue;
                }
                String text = row.value(index);
                WholeNumber.Parsed parsed = WholeNumber.parse(text);
                switch (parsed.outcome()) {
                    case OK -> metrics[m] = parsed.value();
                    case NEGATIVE -> problems.add(RowProblem.of(row.line(), header.get(index), "channels.import.row.negative", text));
                    case NOT_A_NUMBER -> problems.add(RowProblem.of(row.line(), header.get(index), "channels.import.row.notNumber", text));
                    case BLANK -> { }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            String pageId = value(row, columns, PAGE_ID);
            if (page.externalId() != null && !page.externalId().isBlank() && !pageId.isEmpty() && !pageId.equals(page.externalId())) {
                otherPageIds.add(pageId);
            }
            String pageName = value(row, columns, PAGE_NAME);
            if (!pageName.isEmpty() && !pageName.equals(lastSameName) && !otherPageNames.contains(pageName)) {
                if (VietnameseText.fold(pageName).equals(pageNameFolded)) {
                    lastSameName = pageName; // folded once per distinct name, not once per row
                } else {
                    otherPageNames.add(pageName);
                }
            }
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i : extraColumns) {
                String cell = row.value(i);
                if (!cell.isEmpty()) {
                    extra.putIfAbsent(header.get(i), cell);
                }
            }
            String title = value(row, columns, TITLE);
            if (title.isEmpty()) {
                title = value(row, columns, DESCRIPTION);
            }
            PostRow post = new PostRow(row.line(), id, published.get(), limit(title, 1000),
                    limit(value(row, columns, PERMALINK), 1000), limit(value(row, columns, POST_TYPE), 60),
                    metrics[0], metrics[1], metrics[2], metrics[3], metrics[4], metrics[5], extra);
            PostRow earlier = byId.remove(id);
            if (earlier != null) {
                problems.add(RowProblem.of(earlier.line(), header.get(columns.get(POST_ID)), "channels.import.row.duplicatePost", id, row.line()));
            }
            byId.put(id, post);
        }
        if (table.isCut()) {
            problems.add(RowProblem.of(table.cutAtLine(), "", "channels.import.row.cut"));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        List<Warning> warnings = new ArrayList<>();
        if (!otherPageIds.isEmpty()) {
            warnings.add(new Warning("channels.posts.import.otherPageId", List.of(String.join(", ", first(otherPageIds)), page.externalId())));
        }
        if (!otherPageNames.isEmpty()) {
            warnings.add(new Warning("channels.posts.import.otherPageName", List.of(String.join(", ", first(otherPageNames)), page.name())));
        }
        int total = table.rows().size() + (table.isCut() ? 1 : 0);
        return new Reading(header, List.copyOf(byId.values()), List.copyOf(problems), List.copyOf(warnings), total);
    }

    private static void requireColumns(Map<String, Integer> columns, List<String> header, HeaderAliases aliases) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of(POST_ID, PUBLISH_TIME)) {
            if (!columns.containsKey(field)) {
                missing.add(aliases.headersOf(field).get(0));
            }
        }
        if (!columns.containsKey(PERMALINK) && !columns.containsKey(POST_TYPE)) {
            missing.add(aliases.headersOf(PERMALINK).get(0) + " / " + aliases.headersOf(POST_TYPE).get(0));
        }
        if (METRICS.stream().noneMatch(columns::containsKey)) {
            missing.add(String.join(" / ", METRICS.stream().map(m -> aliases.headersOf(m).get(0)).toList()));
        }
        if (!missing.isEmpty()) {
            List<String> found = header.stream().filter(h -> !h.isBlank()).limit(12).toList();
            throw new InvalidInput("file", "channels.posts.import.notPostExport", String.join(", ", missing),
                    found.isEmpty() ? "—" : String.join(", ", found) + (header.size() > 12 ? ", …" : ""));
        }
    }

    private static String value(CsvTable.Row row, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null ? "" : row.value(index);
    }

    private static List<String> first(Set<String> values) {
        return values.stream().limit(3).toList();
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
