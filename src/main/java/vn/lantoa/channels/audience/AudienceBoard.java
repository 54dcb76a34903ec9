package vn.lantoa.channels.audience;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lantoa.org.UnitRef;

/** A subtree's audience over a period, as the roll-up page and the API show it: all sums come from {@link AudienceRollups}. */
@Service
public class AudienceBoard {

    private final AudienceRollups rollups;

    AudienceBoard(AudienceRollups rollups) {
        this.rollups = rollups;
    }

    public record Rollup(UnitRef unit, AudiencePeriod period, Optional<KindGroup> group, List<AudienceRollups.Totals> series,
                         Growth growth, List<AudienceRollups.UnitGrowth> units, List<AudienceRollups.ChannelGrowth> channels) {

        /** The kinds of channel that have an audience in the period (a line each on the chart). */
        public List<KindGroup> groupsShown() {
            return java.util.Arrays.stream(KindGroup.values()).filter(g -> group.map(g::equals).orElse(true))
                    .filter(g -> series.stream().anyMatch(t -> t.of(g) > 0)).toList();
        }
    }

    public Rollup rollup(UnitRef unit, AudiencePeriod period, Optional<KindGroup> group) {
        List<AudienceRollups.Totals> series = rollups.series(unit.path(), period, group);
        Growth growth = new Growth(series.get(0).total(), series.get(series.size() - 1).total());
        AudienceRollups.Tables tables = rollups.tables(unit.id(), unit.path(), period, group);
        return new Rollup(unit, period, group, series, growth, tables.units(), tables.channels());
    }

    /** Only the series and its growth (the API's answer, without the tables). */
    public Rollup series(UnitRef unit, AudiencePeriod period, Optional<KindGroup> group) {
        List<AudienceRollups.Totals> series = rollups.series(unit.path(), period, group);
        Growth growth = new Growth(series.get(0).total(), series.get(series.size() - 1).total());
        return new Rollup(unit, period, group, series, growth, List.of(), List.of());
    }
}
