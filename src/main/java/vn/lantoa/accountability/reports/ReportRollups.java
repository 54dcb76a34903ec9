package vn.lantoa.accountability.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lantoa.org.UnitRef;

/**
 * Monthly reports rolled up a subtree, as DHIS2 shows them: expected reports (units at the form's
 * assigned levels × months), those received (submitted or accepted), those on time (first submitted
 * by the form's due day of the following month), and the sums of every number field and system
 * figure over the received reports.
 */
public interface ReportRollups {

    /** The subtree of {@code root} (the root included when it reports itself) over the months from..to, inclusive. */
    Rollup rollup(UnitRef root, YearMonth from, YearMonth to);

    /** Reporting and on-time counts per reporting unit in the subtree, for rankings (emulation). */
    Map<Long, Rates> ratesByUnit(UnitRef root, YearMonth from, YearMonth to);

    /**
     * One number field of the form summed per reporting unit of the subtree, each over the received
     * reports of the reporting units in its own subtree (itself included): for each unit, the value
     * {@code rollup(unit, from, to)} would total under that key, in one query for all of them. A unit
     * is left out when its roll-up would have no total under the key (the form has no such number
     * field, or it is switched off and unanswered there) or when another form, owned further down,
     * applies to it: ask {@link #rollup} for those.
     */
    Map<Long, Long> totalsByUnit(UnitRef root, YearMonth from, YearMonth to, String fieldKey);

    record Rates(long expected, long received, long onTime) {

        public Optional<Double> reportingRate() {
            return expected == 0 ? Optional.empty() : Optional.of((double) received / expected);
        }

        public Optional<Double> onTimeRate() {
            return expected == 0 ? Optional.empty() : Optional.of((double) onTime / expected);
        }

        public long late() {
            return received - onTime;
        }
    }

    /** A summed figure: the key of a form field or system figure, its label's message key or label, and the total. */
    record Total(String key, String label, boolean labelIsMessageKey, long value) {
    }

    /** One reporting unit's state for the months asked: missing, received late or on time, accepted. */
    record UnitState(UnitRef unit, long expected, long received, long onTime, long accepted, long returned) {
    }

    record Rollup(Rates rates, List<Total> totals, List<UnitState> units) {

        public List<UnitState> missing() {
            return units.stream().filter(u -> u.received() < u.expected()).toList();
        }

        public List<UnitState> late() {
            return units.stream().filter(u -> u.received() > u.onTime()).toList();
        }
    }
}
