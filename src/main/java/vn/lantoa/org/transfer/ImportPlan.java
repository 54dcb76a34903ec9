package vn.lantoa.org.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.UnitLevel;

/**
 * What a tree file would change, worked out before anything is written: each row becomes a new
 * unit, a change to an existing one, or nothing; each bad row becomes a problem with its line and
 * a reason. Plain Java, so every rule can be tested without a database.
 */
public final class ImportPlan {

    public enum Kind { CREATE, UPDATE }

    /** Columns named in problems. */
    public enum Field { MEMBERS, WOMEN }

    public record Problem(int line, String code, String messageKey, List<Object> args) {
    }

    public record Change(int line, Kind kind, String code, String name, UnitLevel level, String parentCode, Integer members,
                         Integer women, LocalDate countedOn, ExistingUnit existing, List<String> changedFields) {

        public boolean moves() {
            return changedFields.contains("parent");
        }
    }

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}([.,\\s]\\d{3})+");
    private static final Pattern SPREADSHEET_WHOLE = Pattern.compile("-?\\d+\\.0+");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final int MAX_NAME = 200;
    private static final int MAX_CODE = 40;
    private static final int MAX_FIGURE = 100_000_000;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private int unchanged;

    private ImportPlan() {
    }

    public List<Problem> problems() { return problems; }
    public List<Change> changes() { return changes; }
    public int unchanged() { return unchanged; }
    public boolean isApplicable() { return problems.isEmpty() && !changes.isEmpty(); }
    public long creates() { return changes.stream().filter(c -> c.kind() == Kind.CREATE).count(); }
    public long updates() { return changes.stream().filter(c -> c.kind() == Kind.UPDATE).count(); }
    public long moves() { return changes.stream().filter(Change::moves).count(); }

    /**
     * @param existing units already in the tree, by lower-case code
     * @param inScope  whether the importer administers the unit with the given path
     * @param today    the date figures are counted on when the file gives none
     */
    public static ImportPlan of(List<UnitRow> rows, Map<String, ExistingUnit> existing, Predicate<String> inScope, LocalDate today) {
        ImportPlan plan = new ImportPlan();
        Map<String, Parsed> inFile = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (UnitRow row : rows) {
            Parsed p = plan.parse(row, today);
            if (p == null) {
                continue;
            }
            Parsed first = inFile.putIfAbsent(key(p.code), p);
            if (first != null) {
                plan.problem(row, "import.error.duplicateCode", p.code, first.row.line());
                continue;
            }
            parsed.add(p);
        }
        parsed.forEach(p -> plan.check(p, inFile, existing, inScope));
        plan.problems.sort(Comparator.comparingInt(Problem::line));
        return plan;
    }

    private record Parsed(UnitRow row, String code, String name, UnitLevel level, String parentCode, Integer members,
                          Integer women, LocalDate countedOn) {
    }

    private Parsed parse(UnitRow row, LocalDate today) {
        int before = problems.size();
        String code = row.code().trim();
        String name = VietnameseText.clean(row.name());
        if (code.isEmpty()) {
            problem(row, "import.error.codeMissing");
        } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problem(row, "import.error.codeInvalid", code);
        }
        if (name.isEmpty()) {
            problem(row, "import.error.nameMissing");
        } else if (name.length() > MAX_NAME) {
            problem(row, "import.error.nameTooLong", MAX_NAME);
        }
        UnitLevel level = UnitLevel.parse(row.level()).orElse(null);
        if (level == null) {
            problem(row, "import.error.levelUnknown", row.level());
        }
        Integer members = number(row, row.members(), Field.MEMBERS);
        Integer women = number(row, row.women(), Field.WOMEN);
        LocalDate countedOn = date(row, today);
        if (problems.size() > before) {
            return null;
        }
        if (countedOn == null && (members != null || women != null)) {
            countedOn = today;
        }
        return new Parsed(row, code, name, level, row.parentCode().trim(), members, women, countedOn);
    }

    private void check(Parsed p, Map<String, Parsed> inFile, Map<String, ExistingUnit> existing, Predicate<String> inScope) {
        ExistingUnit current = existing.get(key(p.code));
        if (current != null && !inScope.test(current.path())) {
            problem(p.row, "import.error.outOfScope", p.code);
            return;
        }
        if (current != null && current.level() != p.level) {
            problem(p.row, "import.error.levelChanged", p.code);
            return;
        }
        UnitLevel parentLevel;
        if (p.parentCode.isEmpty()) {
            if (current == null || current.parentId() != null) {
                problem(p.row, "import.error.parentMissing");
                return;
            }
            parentLevel = null;
        } else {
            Parsed parentRow = inFile.get(key(p.parentCode));
            ExistingUnit parentUnit = existing.get(key(p.parentCode));
            if (parentRow == null && parentUnit == null) {
                problem(p.row, "import.error.parentUnknown", p.parentCode);
                return;
            }
            if (key(p.parentCode).equals(key(p.code))) {
                problem(p.row, "import.error.parentSelf");
                return;
            }
            if (parentRow == null && !inScope.test(parentUnit.path())) {
                problem(p.row, "import.error.outOfScope", p.parentCode);
                return;
            }
            if (parentRow == null && !parentUnit.active()) {
                problem(p.row, "import.error.parentInactive", p.parentCode);
                return;
            }
            parentLevel = parentRow != null ? parentRow.level : parentUnit.level();
            if (!p.level.mayBeChildOf(parentLevel)) {
                problem(p.row, "import.error.levelOrder", p.level, parentLevel);
                return;
            }
        }
        if (current == null) {
            changes.add(new Change(p.row.line(), Kind.CREATE, p.code, p.name, p.level, p.parentCode, p.members, p.women,
                    p.countedOn, null, List.of()));
            return;
        }
        List<String> changed = new ArrayList<>();
        if (!current.name().equals(p.name)) {
            changed.add("name");
        }
        if (!p.parentCode.isEmpty() && !key(p.parentCode).equals(key(Objects.toString(current.parentCode(), "")))) {
            changed.add("parent");
        }
        Integer members = p.members != null ? p.members : current.members();
        Integer women = p.women != null ? p.women : current.women();
        LocalDate countedOn = p.members != null || p.women != null ? p.countedOn : current.countedOn();
        if (!Objects.equals(members, current.members()) || !Objects.equals(women, current.women())) {
            changed.add("figures");
        }
        if (changed.isEmpty()) {
            unchanged++;
            return;
        }
        changes.add(new Change(p.row.line(), Kind.UPDATE, current.code(), p.name, p.level, p.parentCode, members, women,
                countedOn, current, changed));
    }

    /** Whole numbers as people write them: 1234, 1.234 or 1,234 (thousands), or 1234.0 from a spreadsheet. */
    private Integer number(UnitRow row, String text, Field column) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return null;
        }
        String digits;
        if (WHOLE.matcher(value).matches()) {
            digits = value;
        } else if (THOUSANDS.matcher(value).matches()) {
            digits = value.replaceAll("[.,\\s]", "");
        } else if (SPREADSHEET_WHOLE.matcher(value).matches()) {
            digits = value.substring(0, value.indexOf('.'));
        } else {
            problem(row, "import.error.notNumber", column, value);
            return null;
        }
        long number;
        try {
            number = Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            number = Long.MAX_VALUE;
        }
        if (number < 0) {
            problem(row, "import.error.negative", column, value);
            return null;
        }
        if (number > MAX_FIGURE) {
            problem(row, "import.error.tooBig", column, value);
            return null;
        }
        return (int) number;
    }

    private LocalDate date(UnitRow row, LocalDate today) {
        String text = row.countedOn() == null ? "" : row.countedOn().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            if (date.isAfter(today)) {
                problem(row, "import.error.dateFuture", text);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(row, "import.error.dateInvalid", text);
            return null;
        }
    }

    private void problem(UnitRow row, String key, Object... args) {
        problems.add(new Problem(row.line(), row.code(), key, List.of(args)));
    }

    private static String key(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }
}
