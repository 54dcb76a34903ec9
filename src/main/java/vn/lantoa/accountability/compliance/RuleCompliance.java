package vn.lantoa.accountability.compliance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRule;

/** A rule over a report period: every unit it holds in the subtree, and whether the rule is met as a whole. */
public record RuleCompliance(QuotaRule rule, List<ReportingPeriod> periods, List<UnitCompliance> units) {

    public int held() {
        return units.size();
    }

    public int met() {
        return (int) units.stream().filter(u -> u.status() == ComplianceStatus.MET).count();
    }

    /** The share of units that met the rule, 0–1; empty when the rule holds no unit here. */
    public java.util.Optional<Double> share() {
        return units.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of((double) met() / held());
    }

    /** Met as a whole: the rule's share of units reached, or every unit when it asks each one. */
    public boolean reached() {
        int needed = rule.share().orElse(100);
        return !units.isEmpty() && met() * 100L >= (long) needed * held();
    }

    public Map<ComplianceStatus, Long> byStatus() {
        Map<ComplianceStatus, Long> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            counts.put(s, 0L);
        }
        units.forEach(u -> counts.merge(u.status(), 1L, Long::sum));
        return counts;
    }
}
