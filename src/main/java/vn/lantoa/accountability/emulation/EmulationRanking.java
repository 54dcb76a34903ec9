package vn.lantoa.accountability.emulation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.lantoa.accountability.emulation.EmulationScoring.Line;
import vn.lantoa.org.UnitRef;

/**
 * A union's yearly emulation ranking as a plain model (for the page and for exports): the weights
 * used, and each unit the union's quotas hold with its score, rank and breakdown. A past year is
 * final; the current one is provisional (tạm tính).
 */
public record EmulationRanking(UnitRef union, int year, boolean provisional, EmulationWeights weights, List<Row> rows) {

    /** One unit: its rank among all the union's units (null when unscored), shared or not, its score and breakdown. */
    public record Row(UnitRef unit, Integer rank, boolean tied, Double score, List<Line> breakdown) {

        public Optional<Line> line(EmulationCriterion criterion) {
            return breakdown.stream().filter(l -> l.criterion() == criterion).findFirst();
        }

        /** The value of a criterion as a percentage, or null. */
        public Double percent(EmulationCriterion criterion) {
            return line(criterion).map(Line::percent).orElse(null);
        }

        public List<Line> leftOut() {
            return breakdown.stream().filter(l -> !l.counted()).toList();
        }
    }

    /** How many units of the union were ranked: "rank 3 of 12". */
    public int ranked() {
        return (int) rows.stream().filter(r -> r.rank() != null).count();
    }

    /** The same ranking with only the rows inside a subtree (ranks stay those among the whole union). */
    public EmulationRanking within(UnitRef subtree) {
        return new EmulationRanking(union, year, provisional, weights,
                rows.stream().filter(r -> r.unit().path().startsWith(subtree.path())).toList());
    }

    /** Rows by score (the ranking's order), or by one criterion's value, highest first, units without a value last. */
    public List<Row> sortedBy(EmulationCriterion criterion) {
        if (criterion == null) {
            return rows;
        }
        return rows.stream().sorted(Comparator.comparing((Row r) -> r.percent(criterion), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())).toList();
    }
}
