package vn.lantoa.accountability.compliance;

import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.org.UnitRef;

/**
 * One unit held to one rule over a report period: what it counted against what it owed (the rule's
 * count times the rule periods covered), how many of those periods it met, and its worst status.
 */
public record UnitCompliance(QuotaRule rule, UnitRef unit, long counted, long required, int periodsDue, int periodsMet,
                             ComplianceStatus status) {

    public long remaining() {
        return Math.max(0, required - counted);
    }

    /** Counted against owed, 0–100 and more; what the heat view colours by. */
    public int percent() {
        return required == 0 ? 100 : (int) Math.min(999, counted * 100 / required);
    }
}
