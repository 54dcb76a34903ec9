package vn.lantoa.accountability.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of the emulation score, in one place. Each criterion gives a unit a value from 0 to
 * 1, or none (no major event to time, no report expected, no channel data); the score is the
 * weighted mean of the values it has, × 100 — the weights of the criteria without a value are left
 * out of the divisor, so a missing value neither rewards nor punishes. Scores are kept to one
 * decimal, and units with the same score share a rank (đồng hạng); units without any value are not
 * ranked.
 */
public final class EmulationScoring {

    private EmulationScoring() {
    }

    /**
     * What one criterion measured for a unit: the value (0–1, capped) or none, the raw figure as a
     * message key and its arguments, and why there is no value.
     */
    public record Measure(EmulationCriterion criterion, Double value, String rawKey, Object[] rawArgs, String missingKey) {

        public Measure {
            value = value == null ? null : Math.max(0, Math.min(1, value));
        }

        public static Measure of(EmulationCriterion criterion, double value, String rawKey, Object... rawArgs) {
            return new Measure(criterion, value, rawKey, rawArgs, null);
        }

        public static Measure missing(EmulationCriterion criterion, String missingKey, Object... rawArgs) {
            return new Measure(criterion, null, null, rawArgs, missingKey);
        }

        public boolean present() {
            return value != null;
        }
    }

    /** One line of a unit's breakdown: the measure, its weight, and the points it brings to the score (0 when left out). */
    public record Line(Measure measure, int weight, boolean counted, double points) {

        public EmulationCriterion criterion() {
            return measure.criterion();
        }

        /** The value as a percentage, one decimal; null when there is none. */
        public Double percent() {
            return measure.value() == null ? null : round(measure.value() * 100);
        }
    }

    /** A unit's score (null when no criterion with weight has a value) and its breakdown in criterion order. */
    public record Score(Double score, List<Line> lines) {

        public Optional<Line> line(EmulationCriterion criterion) {
            return lines.stream().filter(l -> l.criterion() == criterion).findFirst();
        }

        /** The criteria left out of this unit's score: no value, or no weight. */
        public List<Line> leftOut() {
            return lines.stream().filter(l -> !l.counted()).toList();
        }
    }

    /** A scored item in a ranking: its rank (null when unscored) and whether it shares that rank with another. */
    public record Ranked<T>(T item, Integer rank, boolean tied) {
    }

    public static Score score(EmulationWeights weights, List<Measure> measures) {
        Map<EmulationCriterion, Integer> w = weights.weights();
        double divisor = measures.stream().filter(m -> m.present() && w.get(m.criterion()) > 0).mapToDouble(m -> w.get(m.criterion())).sum();
        List<Line> lines = new ArrayList<>();
        double total = 0;
        for (Measure m : measures.stream().sorted(Comparator.comparing(Measure::criterion)).toList()) {
            int weight = w.get(m.criterion());
            boolean counted = m.present() && weight > 0 && divisor > 0;
            double points = counted ? weight * m.value() / divisor * 100 : 0;
            total += points;
            lines.add(new Line(m, weight, counted, round(points)));
        }
        return new Score(divisor > 0 ? round(total) : null, List.copyOf(lines));
    }

    /** A value as a share: numerator / denominator capped at 1; none when there is nothing to divide by. */
    public static Optional<Double> share(double numerator, double denominator) {
        return denominator <= 0 ? Optional.empty() : Optional.of(Math.min(1, Math.max(0, numerator / denominator)));
    }

    /**
     * Competition ranking ("1, 1, 3") by score, highest first: equal scores (to the decimal shown) share
     * a rank; items without a score come last, unranked, in the order given.
     */
    public static <T> List<Ranked<T>> rank(List<T> items, java.util.function.Function<T, Double> scoreOf) {
        List<T> scored = items.stream().filter(i -> scoreOf.apply(i) != null)
                .sorted(Comparator.comparing(scoreOf, Comparator.reverseOrder())).toList();
        List<Ranked<T>> ranked = new ArrayList<>(items.size());
        for (int i = 0; i < scored.size(); i++) {
            double s = scoreOf.apply(scored.get(i));
            int first = i;
            while (first > 0 && scoreOf.apply(scored.get(first - 1)) == s) {
                first--;
            }
            boolean tied = first < i || (i + 1 < scored.size() && scoreOf.apply(scored.get(i + 1)) == s);
            ranked.add(new Ranked<>(scored.get(i), first + 1, tied));
        }
        items.stream().filter(i -> scoreOf.apply(i) == null).forEach(i -> ranked.add(new Ranked<>(i, null, false)));
        return ranked;
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
