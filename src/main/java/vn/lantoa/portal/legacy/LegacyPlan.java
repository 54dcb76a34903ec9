package vn.lantoa.portal.legacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a file of old addresses would add, worked out before anything is written: every row becomes a
 * new redirect, one already there, or a problem with its line and reason. All or nothing: a file with
 * any problem adds nothing. Plain Java; the database is asked twice beforehand (see {@link #of}).
 */
public final class LegacyPlan {

    /** A bad row: its line, the old address as written (shortened), the reason as a message key and arguments. */
    public record Problem(int line, String oldUrl, String messageKey, List<Object> args) {
    }

    /** A redirect the file adds. */
    public record Addition(int line, String oldPath, long storyId) {
    }

    /** What the plan needs to know of the site and its stories. */
    public interface Lookup {

        /** Existing redirects of the site among these normalised addresses: address → story. */
        Map<String, Long> existing(Collection<String> oldPaths);

        /** The published ones among these stories: story → its author unit's path. */
        Map<Long, String> publishedStories(Collection<Long> storyIds);
    }

    static final int SHOWN_LENGTH = 120;
    private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    private final List<Problem> problems = new ArrayList<>();
    private final List<Addition> additions = new ArrayList<>();
    private int unchanged;

    private LegacyPlan() {
    }

    public List<Problem> problems() { return problems; }
    public List<Addition> additions() { return additions; }
    public int unchanged() { return unchanged; }
    public boolean isApplicable() { return problems.isEmpty() && !additions.isEmpty(); }

    private record Parsed(LegacyFile.Row row, String oldPath, long storyId) {
    }

    /**
     * @param siteUnitPath the subtree whose stories the site shows
     * @param siteName     named when a story belongs to another site
     */
    public static LegacyPlan of(List<LegacyFile.Row> rows, String siteUnitPath, String siteName, Lookup lookup) {
        LegacyPlan plan = new LegacyPlan();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (LegacyFile.Row row : rows) {
            int before = plan.problems.size();
            String oldPath = plan.oldPath(row);
            Long storyId = plan.story(row);
            if (oldPath != null) {
                Integer first = firstLine.putIfAbsent(oldPath, row.line());
                if (first != null) {
                    plan.problem(row, "portal.legacy.error.duplicate", String.valueOf(first));
                }
            }
            if (plan.problems.size() == before) {
                parsed.add(new Parsed(row, oldPath, storyId));
            }
        }
        Map<String, Long> existing = parsed.isEmpty() ? Map.of() : lookup.existing(parsed.stream().map(Parsed::oldPath).toList());
        Set<Long> storyIds = new LinkedHashSet<>();
        parsed.forEach(p -> storyIds.add(p.storyId()));
        Map<Long, String> stories = storyIds.isEmpty() ? Map.of() : lookup.publishedStories(storyIds);
        for (Parsed p : parsed) {
            String unitPath = stories.get(p.storyId());
            Long mapped = existing.get(p.oldPath());
            if (unitPath == null) {
                plan.problem(p.row(), "portal.legacy.error.storyMissing", String.valueOf(p.storyId()));
            } else if (siteUnitPath != null && !unitPath.startsWith(siteUnitPath)) {
                plan.problem(p.row(), "portal.legacy.error.storyElsewhere", String.valueOf(p.storyId()), siteName);
            } else if (mapped != null && mapped != p.storyId()) {
                plan.problem(p.row(), "portal.legacy.error.conflict", String.valueOf(mapped));
            } else if (mapped != null) {
                plan.unchanged++;
            } else {
                plan.additions.add(new Addition(p.row().line(), p.oldPath(), p.storyId()));
            }
        }
        plan.problems.sort(Comparator.comparingInt(Problem::line));
        return plan;
    }

    private String oldPath(LegacyFile.Row row) {
        LegacyPath.Parsed parsed = LegacyPath.parse(row.oldUrl());
        if (parsed.ok()) {
            return parsed.path();
        }
        switch (parsed.problem()) {
            case EMPTY -> problem(row, "portal.legacy.error.oldMissing");
            case TOO_LONG -> problem(row, "portal.legacy.error.tooLong", String.valueOf(LegacyPath.MAX_LENGTH));
            case RESERVED -> problem(row, "portal.legacy.error.reserved", parsed.path());
            default -> problem(row, "portal.legacy.error.notUrl", shown(row.oldUrl()));
        }
        return null;
    }

    /** The story named by story_id (a number, or a link where a file has no header) or new_url; null after a problem. */
    private Long story(LegacyFile.Row row) {
        String idText = row.storyId();
        String link = row.newUrl();
        if (!idText.isEmpty() && !NUMBER.matcher(idText).matches() && link.isEmpty()) {
            if (LegacyPath.storyOf(idText).isPresent()) {
                link = idText;
                idText = "";
            } else {
                problem(row, "portal.legacy.error.storyIdInvalid", shown(idText));
                return null;
            }
        }
        if (idText.isEmpty() && link.isEmpty()) {
            problem(row, "portal.legacy.error.targetMissing");
            return null;
        }
        Long byId = null;
        if (!idText.isEmpty()) {
            var matcher = NUMBER.matcher(idText);
            if (!matcher.matches()) {
                problem(row, "portal.legacy.error.storyIdInvalid", shown(idText));
                return null;
            }
            byId = Long.parseLong(matcher.group(1));
        }
        if (link.isEmpty()) {
            return byId;
        }
        Optional<Long> byLink = LegacyPath.storyOf(link);
        if (byLink.isEmpty()) {
            problem(row, "portal.legacy.error.notStoryLink", shown(link));
            return null;
        }
        if (byId != null && !byId.equals(byLink.get())) {
            problem(row, "portal.legacy.error.targetsDisagree", String.valueOf(byId), String.valueOf(byLink.get()));
            return null;
        }
        return byLink.get();
    }

    private void problem(LegacyFile.Row row, String key, Object... args) {
        problems.add(new Problem(row.line(), shown(row.oldUrl()), key, List.of(args)));
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH - 1) + "…";
    }
}
