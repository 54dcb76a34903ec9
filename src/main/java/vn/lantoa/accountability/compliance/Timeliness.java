package vn.lantoa.accountability.compliance;

import java.util.Optional;

/**
 * Major events against the 12-working-hour rule: reported on time (reached the editors by the
 * deadline the newsroom set), late, or still within their deadline.
 */
public record Timeliness(long majorEvents, long onTime, long late) {

    public static final Timeliness NONE = new Timeliness(0, 0, 0);

    public long pending() {
        return majorEvents - onTime - late;
    }

    /** On time among those decided (on time or late); empty before any is. */
    public Optional<Double> rate() {
        long decided = onTime + late;
        return decided == 0 ? Optional.empty() : Optional.of((double) onTime / decided);
    }

    public Timeliness plus(Timeliness other) {
        return new Timeliness(majorEvents + other.majorEvents, onTime + other.onTime, late + other.late);
    }
}
