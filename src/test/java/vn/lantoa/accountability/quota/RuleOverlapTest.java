package vn.lantoa.accountability.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.org.UnitLevel;

class RuleOverlapTest {

    private static final String ROOT = "/1/";
    private static final String TH = "/1/7/";
    private static final String DN = "/1/8/";
    private static final RuleOverlap.Held HAC_THANH = new RuleOverlap.Held(42, UnitLevel.COMMUNE, "/1/7/42/");
    private static final RuleOverlap.Held HOANG_HOA = new RuleOverlap.Held(43, UnitLevel.COMMUNE, "/1/7/43/");
    private static final RuleOverlap.Held BRANCH = new RuleOverlap.Held(420, UnitLevel.BRANCH, "/1/7/42/420/");
    private static final RuleOverlap.Held HAI_CHAU = new RuleOverlap.Held(80, UnitLevel.COMMUNE, "/1/8/80/");

    private static RuleOverlap.Shape level(long id, String owner, UnitLevel level) {
        return new RuleOverlap.Shape(id, "Định mức " + id, owner, level, List.of(), Measure.SUBMITTED, null, MediaRequirement.NONE,
                PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), null, true);
    }

    private static RuleOverlap.Shape units(long id, String owner, RuleOverlap.Held... held) {
        return new RuleOverlap.Shape(id, "Định mức " + id, owner, null, List.of(held), Measure.SUBMITTED, null, MediaRequirement.NONE,
                PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), null, true);
    }

    private static RuleOverlap.Shape with(RuleOverlap.Shape s, Measure measure, Long section, MediaRequirement media, PeriodKind period,
                                          LocalDate from, LocalDate until, boolean active) {
        return new RuleOverlap.Shape(s.id(), s.name(), s.ownerPath(), s.level(), s.units(), measure, section, media, period, from, until, active);
    }

    private static RuleOverlap.Shape valid(RuleOverlap.Shape s, LocalDate from, LocalDate until) {
        return with(s, s.measure(), s.sectionId(), s.media(), s.period(), from, until, s.active());
    }

    @Test
    void sameLevelInTheSameUnionOverlaps() {
        assertThat(RuleOverlap.overlap(level(1, TH, UnitLevel.COMMUNE), level(2, TH, UnitLevel.COMMUNE))).isTrue();
        assertThat(RuleOverlap.overlap(level(1, TH, UnitLevel.COMMUNE), level(2, TH, UnitLevel.BRANCH))).isFalse();
    }

    @Test
    void aLevelAgainstAListHoldingAUnitOfThatLevelOverlaps() {
        assertThat(RuleOverlap.overlap(level(1, TH, UnitLevel.COMMUNE), units(2, TH, HAC_THANH))).isTrue();
        assertThat(RuleOverlap.overlap(units(2, TH, HAC_THANH), level(1, TH, UnitLevel.COMMUNE))).as("either way round").isTrue();
        assertThat(RuleOverlap.overlap(level(1, TH, UnitLevel.COMMUNE), units(2, TH, BRANCH))).as("a branch is not a commune").isFalse();
    }

    @Test
    void listsOverlapOnlyWhenTheyShareAUnit() {
        assertThat(RuleOverlap.overlap(units(1, TH, HAC_THANH), units(2, TH, HOANG_HOA, HAC_THANH))).isTrue();
        assertThat(RuleOverlap.overlap(units(1, TH, HAC_THANH), units(2, TH, HOANG_HOA))).isFalse();
    }

    @Test
    void nestedUnionsOverlapButSiblingsDoNot() {
        assertThat(RuleOverlap.overlap(level(1, ROOT, UnitLevel.COMMUNE), level(2, TH, UnitLevel.COMMUNE))).as("national and provincial").isTrue();
        assertThat(RuleOverlap.overlap(level(1, TH, UnitLevel.COMMUNE), level(2, DN, UnitLevel.COMMUNE))).as("two provinces").isFalse();
        assertThat(RuleOverlap.overlap(units(1, ROOT, HAI_CHAU), level(2, TH, UnitLevel.COMMUNE)))
                .as("a national list naming a commune of another province").isFalse();
        assertThat(RuleOverlap.overlap(units(1, ROOT, HAC_THANH), level(2, TH, UnitLevel.COMMUNE))).isTrue();
    }

    @Test
    void validityRangesTouchingOnOneDayOverlapAndAdjacentOnesDoNot() {
        RuleOverlap.Shape a = valid(level(1, TH, UnitLevel.COMMUNE), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(RuleOverlap.overlap(a, valid(level(2, TH, UnitLevel.COMMUNE), LocalDate.of(2026, 6, 30), null))).as("same last day").isTrue();
        assertThat(RuleOverlap.overlap(a, valid(level(2, TH, UnitLevel.COMMUNE), LocalDate.of(2026, 7, 1), null))).as("the day after").isFalse();
        assertThat(RuleOverlap.overlap(a, valid(level(2, TH, UnitLevel.COMMUNE), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))).isFalse();
        assertThat(RuleOverlap.overlap(a, valid(level(2, TH, UnitLevel.COMMUNE), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))).isTrue();
        assertThat(RuleOverlap.overlap(valid(level(1, TH, UnitLevel.COMMUNE), LocalDate.of(2027, 1, 1), null),
                valid(level(2, TH, UnitLevel.COMMUNE), LocalDate.of(2026, 1, 1), null))).as("two open ends").isTrue();
    }

    @Test
    void aDifferentPeriodMeasureSectionOrMediaDoesNotOverlap() {
        RuleOverlap.Shape a = level(1, TH, UnitLevel.COMMUNE);
        RuleOverlap.Shape b = level(2, TH, UnitLevel.COMMUNE);
        assertThat(RuleOverlap.overlap(a, with(b, Measure.SUBMITTED, null, MediaRequirement.NONE, PeriodKind.MONTH, b.validFrom(), null, true))).isFalse();
        assertThat(RuleOverlap.overlap(a, with(b, Measure.PUBLISHED, null, MediaRequirement.NONE, PeriodKind.QUARTER, b.validFrom(), null, true))).isFalse();
        assertThat(RuleOverlap.overlap(a, with(b, Measure.SUBMITTED, 5L, MediaRequirement.NONE, PeriodKind.QUARTER, b.validFrom(), null, true))).isFalse();
        assertThat(RuleOverlap.overlap(a, with(b, Measure.SUBMITTED, null, MediaRequirement.PHOTO, PeriodKind.QUARTER, b.validFrom(), null, true))).isFalse();
        assertThat(RuleOverlap.overlap(with(a, Measure.SUBMITTED, 5L, MediaRequirement.PHOTO, PeriodKind.QUARTER, a.validFrom(), null, true),
                with(b, Measure.SUBMITTED, 5L, MediaRequirement.PHOTO, PeriodKind.QUARTER, b.validFrom(), null, true))).isTrue();
    }

    @Test
    void anInactiveRuleOrTheRuleItselfIsNoClash() {
        RuleOverlap.Shape a = level(1, TH, UnitLevel.COMMUNE);
        RuleOverlap.Shape off = with(level(2, TH, UnitLevel.COMMUNE), Measure.SUBMITTED, null, MediaRequirement.NONE, PeriodKind.QUARTER,
                LocalDate.of(2026, 1, 1), null, false);
        assertThat(RuleOverlap.firstClash(a, List.of(a, off))).isEmpty();
        assertThat(RuleOverlap.firstClash(a, List.of(off, level(3, TH, UnitLevel.COMMUNE)))).map(RuleOverlap.Shape::id).contains(3L);
    }
}
