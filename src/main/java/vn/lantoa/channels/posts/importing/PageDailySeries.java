package vn.lantoa.channels.posts.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.imports.WholeNumber;
import vn.lantoa.common.web.InvalidInput;

/**
 * A page's daily series exported from Business Suite (UTF-16LE, first line {@code sep=,}): one line per
 * day with the date and the page's figures; the followers column (its headers are data, in
 * {@code page-daily-headers.txt}) gives the audience of the day. Older exports have a line describing
 * each column under the headers: it is skipped. Of two lines for one day the later wins.
 */
public final class PageDailySeries {

    public static final String HEADERS = "channels/posts/page-daily-headers.txt";

    public record DayFigure(int line, LocalDate day, long audience) {
    }

    public record Reading(List<DayFigure> days, List<RowProblem> problems, int totalRows) {
    }

    private PageDailySeries() {
    }

    public static Reading read(CsvTable table, HeaderAliases aliases) {
        List<String> header = table.header();
        Map<String, Integer> columns = aliases.columns(header);
        List<String> missing = new ArrayList<>();
        for (String field : List.of("DATE", "FOLLOWERS")) {
            if (!columns.containsKey(field)) {
                missing.add(aliases.headersOf(field).get(0));
            }
        }
        if (!missing.isEmpty()) {
            List<String> found = header.stream().filter(h -> !h.isBlank()).limit(12).toList();
            throw new InvalidInput("file", "channels.posts.daily.notDailySeries", String.join(", ", missing),
                    found.isEmpty() ? "—" : String.join(", ", found));
        }
        int dateColumn = columns.get("DATE");
        int followersColumn = columns.get("FOLLOWERS");
        boolean vietnamese = !header.get(dateColumn).chars().allMatch(c -> c < 128);
        PublishTimes dates = PublishTimes.forValues(table.rows().stream().map(r -> r.value(dateColumn)).toList(), vietnamese);
        Map<LocalDate, DayFigure> byDay = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        boolean first = true;
        for (CsvTable.Row row : table.rows()) {
            String dateText = row.value(dateColumn);
            String followersText = row.value(followersColumn);
            Optional<LocalDate> day = dates.parse(dateText).map(i -> i.atZone(PublishTimes.VIETNAM).toLocalDate());
            WholeNumber.Parsed audience = WholeNumber.parse(followersText);
            boolean description = first && day.isEmpty() && audience.outcome() == WholeNumber.Outcome.NOT_A_NUMBER;
            first = false;
            if (description) {
                continue;
            }
            int before = problems.size();
            if (day.isEmpty()) {
                problems.add(RowProblem.of(row.line(), header.get(dateColumn),
                        dateText.isEmpty() ? "channels.import.row.noTime" : "channels.import.row.badTime", dateText));
            }
            switch (audience.outcome()) {
                case NEGATIVE -> problems.add(RowProblem.of(row.line(), header.get(followersColumn), "channels.import.row.negative", followersText));
                case NOT_A_NUMBER -> problems.add(RowProblem.of(row.line(), header.get(followersColumn), "channels.import.row.notNumber", followersText));
                case BLANK -> problems.add(RowProblem.of(row.line(), header.get(followersColumn), "channels.import.row.blank"));
                case OK -> {
                    if (audience.value() > Integer.MAX_VALUE) {
                        problems.add(RowProblem.of(row.line(), header.get(followersColumn), "channels.import.row.notNumber", followersText));
                    }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            DayFigure earlier = byDay.remove(day.get());
            if (earlier != null) {
                problems.add(RowProblem.of(earlier.line(), header.get(dateColumn), "channels.import.row.duplicateDay", dateText, row.line()));
            }
            byDay.put(day.get(), new DayFigure(row.line(), day.get(), audience.value()));
        }
        if (table.isCut()) {
            problems.add(RowProblem.of(table.cutAtLine(), "", "channels.import.row.cut"));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        return new Reading(List.copyOf(byDay.values()), List.copyOf(problems), table.rows().size() + (table.isCut() ? 1 : 0));
    }
}
