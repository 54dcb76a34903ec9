package vn.lantoa.channels.participation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lantoa.channels.imports.WholeNumber;
import vn.lantoa.channels.registry.LaunchDate;

/**
 * What an interaction list would record, row by row, with no Spring in it. A row names a person and
 * optionally their profile address, a count (1 when blank: lists of reactions have a row per reaction)
 * and a date (which must fall in the month imported). Matching: by profile address first, then by the
 * folded name (on the roster or as declared on Facebook) within the province; a name several cadres
 * share is reported as ambiguous, never guessed. A row repeated exactly is counted once; several rows
 * of the same cadre add up.
 */
public final class InteractionPlan {

    public static final long MAX_PER_CADRE = 100_000;

    public enum Outcome { MATCHED, UNMATCHED, AMBIGUOUS, DUPLICATE, ERROR }

    /** One row's outcome; for a match, the cadre and how they were found. */
    public record Line(int line, String name, String profile, long interactions, Outcome outcome, MatchCandidate cadre, boolean byLink,
                       String messageKey, Object[] args) {
    }

    /** A matched cadre's total for the month. */
    public record Total(MatchCandidate cadre, long interactions) {
    }

    private final List<Line> lines;
    private final List<Total> totals;

    private InteractionPlan(List<Line> lines, List<Total> totals) {
        this.lines = List.copyOf(lines);
        this.totals = List.copyOf(totals);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Total> totals() {
        return totals;
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public List<Line> lines(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).toList();
    }

    public static InteractionPlan of(List<InteractionFile.Entry> rows, YearMonth month, List<MatchCandidate> cadres) {
        Map<String, MatchCandidate> byProfile = new HashMap<>();
        Map<String, List<MatchCandidate>> byName = new HashMap<>();
        for (MatchCandidate c : cadres) {
            if (c.profileKey() != null) {
                byProfile.putIfAbsent(c.profileKey(), c);
            }
            byName.computeIfAbsent(c.nameKey(), k -> new ArrayList<>()).add(c);
            if (!c.profileNameKey().isEmpty() && !c.profileNameKey().equals(c.nameKey())) {
                byName.computeIfAbsent(c.profileNameKey(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Long> sums = new LinkedHashMap<>();
        Map<Long, MatchCandidate> matched = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (InteractionFile.Entry row : rows) {
            Line line = line(row, month, byProfile, byName, seen);
            lines.add(line);
            if (line.outcome() == Outcome.MATCHED) {
                matched.put(line.cadre().id(), line.cadre());
                sums.merge(line.cadre().id(), line.interactions(), (a, b) -> Math.min(MAX_PER_CADRE, a + b));
            }
        }
        List<Total> totals = sums.entrySet().stream().map(e -> new Total(matched.get(e.getKey()), e.getValue())).toList();
        return new InteractionPlan(lines, totals);
    }

    private static Line line(InteractionFile.Entry row, YearMonth month, Map<String, MatchCandidate> byProfile,
                             Map<String, List<MatchCandidate>> byName, Map<String, Integer> seen) {
        String name = row.name().strip();
        if (name.isEmpty()) {
            return error(row, 0, "channels.participation.import.row.noName");
        }
        long count = 1;
        WholeNumber.Parsed parsed = WholeNumber.parse(row.interactions());
        switch (parsed.outcome()) {
            case OK -> count = parsed.value();
            case NEGATIVE -> {
                return error(row, 0, "channels.participation.import.row.negative", row.interactions());
            }
            case NOT_A_NUMBER -> {
                return error(row, 0, "channels.participation.import.row.notANumber", row.interactions());
            }
            case BLANK -> count = 1;
        }
        if (count > DeclarationRules.MAX_INTERACTIONS) {
            return error(row, count, "channels.participation.import.row.tooMany", DeclarationRules.MAX_INTERACTIONS);
        }
        if (!row.date().isBlank()) {
            Optional<LocalDate> day = LaunchDate.parse(row.date().strip().split("[ T]")[0]);
            if (day.isEmpty()) {
                return error(row, count, "channels.participation.import.row.date", row.date());
            }
            if (!YearMonth.from(day.get()).equals(month)) {
                return error(row, count, "channels.participation.import.row.otherMonth", row.date(), month.toString());
            }
        }
        Optional<ProfileLink> link = Optional.empty();
        if (!row.profile().isBlank()) {
            link = ProfileLink.parse(row.profile());
            if (link.isEmpty()) {
                return error(row, count, "channels.participation.import.row.profile", row.profile());
            }
        }
        Integer earlier = seen.putIfAbsent(row.identity(), row.line());
        if (earlier != null) {
            return new Line(row.line(), name, row.profile(), count, Outcome.DUPLICATE, null, false, "channels.participation.import.row.duplicate",
                    new Object[] {earlier});
        }
        if (link.isPresent() && byProfile.containsKey(link.get().key())) {
            return new Line(row.line(), name, row.profile(), count, Outcome.MATCHED, byProfile.get(link.get().key()), true, null, new Object[0]);
        }
        List<MatchCandidate> named = byName.getOrDefault(NameKey.of(name), List.of());
        if (named.size() == 1) {
            return new Line(row.line(), name, row.profile(), count, Outcome.MATCHED, named.get(0), false, null, new Object[0]);
        }
        if (named.size() > 1) {
            String who = String.join("; ", named.stream().limit(5).map(c -> c.fullName() + " (" + c.unitName() + ")").toList());
            return new Line(row.line(), name, row.profile(), count, Outcome.AMBIGUOUS, null, false, "channels.participation.import.row.ambiguous",
                    new Object[] {named.size(), who});
        }
        return new Line(row.line(), name, row.profile(), count, Outcome.UNMATCHED, null, false, null, new Object[0]);
    }

    private static Line error(InteractionFile.Entry row, long count, String key, Object... args) {
        return new Line(row.line(), row.name().strip(), row.profile(), count, Outcome.ERROR, null, false, key, args);
    }
}
