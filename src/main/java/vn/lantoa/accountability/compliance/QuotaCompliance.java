package vn.lantoa.accountability.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRule;

/**
 * The arithmetic of quotas, in one place: which periods of a rule a report period covers, and the
 * status of a unit with a count in one of them. A unit keeps pace when it has at least the share of
 * its quota that the share of time gone asks for (rounded down), and is at risk otherwise or when
 * the period's last {@code riskDays} days have come without the count.
 */
public final class QuotaCompliance {

    private final int riskDays;

    public QuotaCompliance(int riskDays) {
        this.riskDays = riskDays;
    }

    /**
     * The periods of the rule that a report period covers: the months of a quarter for a monthly
     * rule, or the year around a quarter for a yearly one. Periods where the rule is not in force are left out.
     */
    public static List<ReportingPeriod> rulePeriods(QuotaRule rule, ReportingPeriod report) {
        List<ReportingPeriod> periods = rule.period().months() <= report.kind().months()
                ? report.split(rule.period())
                : List.of(ReportingPeriod.containing(rule.period(), report.start()));
        return periods.stream().filter(rule::appliesIn).toList();
    }

    public ComplianceStatus status(long counted, int required, ReportingPeriod period, Instant now) {
        if (counted >= required) {
            return ComplianceStatus.MET;
        }
        if (period.isOver(now)) {
            return ComplianceStatus.MISSED;
        }
        if (!period.hasStarted(now)) {
            return ComplianceStatus.ON_TRACK;
        }
        Duration left = Duration.between(now, period.endInstant());
        if (left.compareTo(Duration.ofDays(riskDays)) <= 0) {
            return ComplianceStatus.AT_RISK;
        }
        double elapsed = (double) Duration.between(period.startInstant(), now).toMinutes()
                / Duration.between(period.startInstant(), period.endInstant()).toMinutes();
        long pace = (long) Math.floor(required * elapsed);
        return counted >= pace ? ComplianceStatus.ON_TRACK : ComplianceStatus.AT_RISK;
    }
}
