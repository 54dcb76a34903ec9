package vn.lantoa.accountability.compliance;

import java.util.List;
import java.util.Optional;
import vn.lantoa.org.UnitRef;

/**
 * One tile of the heat view: a child unit of the subtree shown, with how many units the rule holds
 * under it and how many met it, or its own count when it is itself held. {@code percent} is what the
 * tile is coloured by and writes: the share met, or its count against what it owes (empty when the
 * rule holds nothing there).
 */
public record HeatTile(UnitRef unit, int held, int met, Optional<UnitCompliance> own, Optional<Integer> percent) {

    static HeatTile of(UnitRef child, List<UnitCompliance> under) {
        Optional<UnitCompliance> own = under.stream().filter(u -> u.unit().id() == child.id()).findFirst();
        int met = (int) under.stream().filter(u -> u.status() == ComplianceStatus.MET).count();
        Optional<Integer> percent = own.isPresent() ? Optional.of(own.get().percent())
                : under.isEmpty() ? Optional.empty() : Optional.of(met * 100 / under.size());
        return new HeatTile(child, under.size(), met, own, percent);
    }

    /** The colour band, 0 (none met) to 4 (all met), or -1 when the rule holds nothing here. */
    public int band() {
        return percent.map(p -> p >= 100 ? 4 : p >= 75 ? 3 : p >= 50 ? 2 : p >= 25 ? 1 : 0).orElse(-1);
    }
}
