package vn.lantoa.accountability.quota;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * A quota (định mức) as the union wrote it: the units of {@code targetLevel} under the owner union,
 * or the listed {@code unitIds}, owe at least {@code minCount} stories of a kind per period. With a
 * {@code sharePercent}, the rule is met when that share of the units reach the count.
 */
public record QuotaRule(
        long id,
        long ownerUnitId,
        String name,
        UnitLevel targetLevel,
        Set<Long> unitIds,
        Measure measure,
        Long sectionId,
        MediaRequirement mediaRequired,
        int minCount,
        PeriodKind period,
        CountedBy countedBy,
        Integer sharePercent,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean active,
        String preset,
        long version) {

    public QuotaRule {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    public boolean namesUnits() {
        return targetLevel == null;
    }

    /** Whether the rule holds this unit to its quota: an active unit it names, or one of its level under the owner union. */
    public boolean holds(UnitRef unit) {
        return unit.active() && (namesUnits() ? unitIds.contains(unit.id()) : unit.level() == targetLevel && unit.isWithin(ownerUnitId));
    }

    public Optional<Integer> share() {
        return Optional.ofNullable(sharePercent);
    }

    /** Whether the rule holds in a period: active, and in force on some day of it. */
    public boolean appliesIn(ReportingPeriod p) {
        return active && validFrom.isBefore(p.end()) && (validUntil == null || !validUntil.isBefore(p.start()));
    }

    /** Whether a story of these traits counts for this rule (the period and unit aside). */
    public boolean counts(Long storySectionId, boolean hasPhoto, boolean hasVideo) {
        return (sectionId == null || sectionId.equals(storySectionId)) && mediaRequired.isMetBy(hasPhoto, hasVideo);
    }
}
