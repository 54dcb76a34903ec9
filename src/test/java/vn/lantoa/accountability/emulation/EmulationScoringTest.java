package vn.lantoa.accountability.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.accountability.emulation.EmulationCriterion.AUDIENCE;
import static vn.lantoa.accountability.emulation.EmulationCriterion.DIGITAL_SKILLS;
import static vn.lantoa.accountability.emulation.EmulationCriterion.QUOTAS;
import static vn.lantoa.accountability.emulation.EmulationCriterion.REPORTS;
import static vn.lantoa.accountability.emulation.EmulationCriterion.TIMELINESS;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.emulation.EmulationScoring.Measure;
import vn.lantoa.accountability.emulation.EmulationScoring.Ranked;
import vn.lantoa.accountability.emulation.EmulationScoring.Score;

class EmulationScoringTest {

    private static final EmulationWeights DEFAULTS = EmulationWeights.defaults();

    @Test
    void everyValuePresentIsTheWeightedMean() {
        Score s = EmulationScoring.score(DEFAULTS, List.of(
                Measure.of(QUOTAS, 1.0, "raw"), Measure.of(TIMELINESS, 0.5, "raw"), Measure.of(REPORTS, 1.0, "raw"),
                Measure.of(AUDIENCE, 0.0, "raw"), Measure.of(DIGITAL_SKILLS, 0.5, "raw")));
        // (35 + 10 + 25 + 0 + 5) / 100
        assertThat(s.score()).isEqualTo(75.0);
        assertThat(s.line(TIMELINESS).orElseThrow().points()).isEqualTo(10.0);
        assertThat(s.lines().stream().mapToDouble(EmulationScoring.Line::points).sum()).isEqualTo(75.0);
        assertThat(s.leftOut()).isEmpty();
    }

    @Test
    void missingValuesAreLeftOutAndTheOtherWeightsRenormalised() {
        Score s = EmulationScoring.score(DEFAULTS, List.of(
                Measure.of(QUOTAS, 1.0, "raw"), Measure.missing(TIMELINESS, "noEvents"), Measure.of(REPORTS, 0.6, "raw"),
                Measure.missing(AUDIENCE, "noChannels"), Measure.of(DIGITAL_SKILLS, 0.0, "raw")));
        // (35 × 1 + 25 × 0.6 + 10 × 0) / (35 + 25 + 10) = 50 / 70
        assertThat(s.score()).isEqualTo(71.4);
        assertThat(s.line(QUOTAS).orElseThrow().points()).isEqualTo(50.0);
        assertThat(s.line(REPORTS).orElseThrow().points()).isEqualTo(21.4);
        assertThat(s.leftOut()).extracting(EmulationScoring.Line::criterion).containsExactly(TIMELINESS, AUDIENCE);
        assertThat(s.line(AUDIENCE).orElseThrow().points()).isZero();
        assertThat(s.line(AUDIENCE).orElseThrow().measure().missingKey()).isEqualTo("noChannels");
    }

    @Test
    void aMissingValueNeitherRewardsNorPunishes() {
        Score without = EmulationScoring.score(DEFAULTS, List.of(Measure.of(QUOTAS, 0.8, "raw"), Measure.missing(TIMELINESS, "x")));
        Score alone = EmulationScoring.score(DEFAULTS, List.of(Measure.of(QUOTAS, 0.8, "raw")));
        assertThat(without.score()).isEqualTo(alone.score()).isEqualTo(80.0);
    }

    @Test
    void valuesAreCappedBetweenZeroAndOne() {
        assertThat(Measure.of(DIGITAL_SKILLS, 2.5, "raw").value()).isEqualTo(1.0);
        assertThat(Measure.of(DIGITAL_SKILLS, -1, "raw").value()).isEqualTo(0.0);
        assertThat(EmulationScoring.share(30, 12)).contains(1.0);
        assertThat(EmulationScoring.share(3, 12)).contains(0.25);
        assertThat(EmulationScoring.share(3, 0)).isEmpty();
        assertThat(EmulationScoring.score(DEFAULTS, List.of(Measure.of(DIGITAL_SKILLS, 3, "raw"))).score()).isEqualTo(100.0);
    }

    @Test
    void noValueOrNoWeightGivesNoScore() {
        assertThat(EmulationScoring.score(DEFAULTS, List.of(Measure.missing(QUOTAS, "x"), Measure.missing(AUDIENCE, "y"))).score()).isNull();
        Map<EmulationCriterion, Integer> onlyAudience = new EnumMap<>(EmulationCriterion.class);
        onlyAudience.put(AUDIENCE, 10);
        Score s = EmulationScoring.score(new EmulationWeights(onlyAudience, 12, 20), List.of(Measure.of(QUOTAS, 1, "raw")));
        assertThat(s.score()).as("the only value has no weight").isNull();
        assertThat(s.leftOut()).extracting(EmulationScoring.Line::criterion).containsExactly(QUOTAS);
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Map<String, Double> scores = new HashMap<>();
        scores.put("a", 80.0);
        scores.put("b", 92.5);
        scores.put("c", 80.0);
        scores.put("d", null);
        scores.put("e", 70.1);
        List<Ranked<String>> ranked = EmulationScoring.rank(List.of("a", "b", "c", "d", "e"), scores::get);
        assertThat(ranked).extracting(Ranked::item).containsExactly("b", "a", "c", "e", "d");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(ranked).extracting(Ranked::tied).containsExactly(false, true, true, false, false);
    }

    @Test
    void weightsAreReadFromTheFormWithVietnameseErrorsPerField() {
        Map<String, String> typed = new HashMap<>();
        typed.put("weight_QUOTAS", "abc");
        typed.put("weight_TIMELINESS", "-5");
        typed.put("weight_REPORTS", " 25 ");
        typed.put("weight_AUDIENCE", "10");
        typed.put("weight_DIGITAL_SKILLS", "1.5");
        typed.put(EmulationWeights.TARGET_FIELD, "0");
        typed.put(EmulationWeights.AUDIENCE_TARGET_FIELD, "2O");
        EmulationWeights.Parsed parsed = EmulationWeights.parse(typed);
        assertThat(parsed).isInstanceOf(EmulationWeights.Invalid.class);
        assertThat(((EmulationWeights.Invalid) parsed).errors()).containsOnly(
                Map.entry("weight_QUOTAS", "emulation.error.weightNumber"), Map.entry("weight_TIMELINESS", "emulation.error.weightRange"),
                Map.entry("weight_DIGITAL_SKILLS", "emulation.error.weightNumber"),
                Map.entry(EmulationWeights.TARGET_FIELD, "emulation.error.targetRange"),
                Map.entry(EmulationWeights.AUDIENCE_TARGET_FIELD, "emulation.error.audienceTargetNumber"));
        typed.put(EmulationWeights.AUDIENCE_TARGET_FIELD, "1001");
        assertThat(((EmulationWeights.Invalid) EmulationWeights.parse(typed)).errors())
                .containsEntry(EmulationWeights.AUDIENCE_TARGET_FIELD, "emulation.error.audienceTargetRange");
        typed.put(EmulationWeights.AUDIENCE_TARGET_FIELD, "30");

        for (EmulationCriterion c : EmulationCriterion.values()) {
            typed.put(c.field(), "0");
        }
        typed.put(EmulationWeights.TARGET_FIELD, "1");
        assertThat(((EmulationWeights.Invalid) EmulationWeights.parse(typed)).errors()).containsOnlyKeys("weights");

        typed.put("weight_QUOTAS", "50");
        EmulationWeights ok = ((EmulationWeights.Valid) EmulationWeights.parse(typed)).weights();
        assertThat(ok.weight(QUOTAS)).isEqualTo(50);
        assertThat(ok.total()).isEqualTo(50);
        assertThat(ok.digitalSessionsTarget()).isEqualTo(1);
        assertThat(ok.audienceGrowthTarget()).isEqualTo(30);
    }
}
