package vn.lantoa.accountability.quota;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.org.UnitLevel;

/**
 * When two quota rules would hold the same unit to the same count twice. Two rules overlap when
 * both are active, their unions are the same or one lies inside the other, they hold at least one
 * unit in common (a level against a list holding a unit of that level under the level rule's union
 * counts), and they count the same thing (measure, section, media requirement) over the same kind
 * of period, with validity ranges (both ends included, an open end running on) that intersect.
 */
public final class RuleOverlap {

    private RuleOverlap() {
    }

    /** A unit a rule names, with what the overlap needs to know of it. */
    public record Held(long id, UnitLevel level, String path) {
    }

    /** A rule as the overlap sees it. {@code level} is null when the rule names its units. */
    public record Shape(long id, String name, String ownerPath, UnitLevel level, List<Held> units, Measure measure,
                        Long sectionId, MediaRequirement media, PeriodKind period, LocalDate validFrom, LocalDate validUntil,
                        boolean active) {

        public Shape {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /** The first of the others that overlaps the candidate (never the candidate itself, by id). */
    public static Optional<Shape> firstClash(Shape candidate, List<Shape> others) {
        return others.stream().filter(o -> o.id() != candidate.id() && overlap(candidate, o)).findFirst();
    }

    public static boolean overlap(Shape a, Shape b) {
        return a.active() && b.active()
                && nested(a.ownerPath(), b.ownerPath())
                && a.period() == b.period()
                && a.measure() == b.measure()
                && Objects.equals(a.sectionId(), b.sectionId())
                && a.media() == b.media()
                && datesIntersect(a, b)
                && shareAUnit(a, b);
    }

    static boolean nested(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    static boolean datesIntersect(Shape a, Shape b) {
        return (b.validUntil() == null || !a.validFrom().isAfter(b.validUntil()))
                && (a.validUntil() == null || !b.validFrom().isAfter(a.validUntil()));
    }

    static boolean shareAUnit(Shape a, Shape b) {
        if (a.level() != null && b.level() != null) {
            return a.level() == b.level();
        }
        if (a.level() != null) {
            return b.units().stream().anyMatch(u -> heldByLevel(a, u));
        }
        if (b.level() != null) {
            return a.units().stream().anyMatch(u -> heldByLevel(b, u));
        }
        return a.units().stream().anyMatch(u -> b.units().stream().anyMatch(v -> v.id() == u.id()));
    }

    private static boolean heldByLevel(Shape levelRule, Held unit) {
        return unit.level() == levelRule.level() && unit.path().startsWith(levelRule.ownerPath());
    }
}
