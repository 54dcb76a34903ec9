package vn.lantoa.accountability.quota;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitLevel;

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
