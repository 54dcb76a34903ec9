package vn.lantoa.accountability.compliance;

import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRule;

/** A unit's standing with one rule in the rule's current period: counted, owed, what remains and the days left. */
public record Standing(QuotaRule rule, ReportingPeriod period, UnitCompliance compliance, long daysLeft) {

    public long remaining() {
        return compliance.remaining();
    }
}
