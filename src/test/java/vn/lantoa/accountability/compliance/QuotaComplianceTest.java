package vn.lantoa.accountability.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.accountability.compliance.ComplianceStatus.AT_RISK;
import static vn.lantoa.accountability.compliance.ComplianceStatus.MET;
import static vn.lantoa.accountability.compliance.ComplianceStatus.MISSED;
import static vn.lantoa.accountability.compliance.ComplianceStatus.ON_TRACK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.CountedBy;
import vn.lantoa.accountability.quota.MediaRequirement;
import vn.lantoa.accountability.quota.Measure;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.org.UnitLevel;

class QuotaComplianceTest {

    private final QuotaCompliance compliance = new QuotaCompliance(5);
    private final ReportingPeriod q4 = ReportingPeriod.quarter(2026, 4);

    private static Instant vietnam(String local) {
        return LocalDateTime.parse(local).atZone(ReportingPeriod.ZONE).toInstant();
    }

    @Test
    void metAsSoonAsTheCountIsReachedMissedOnlyAfterTheLastVietnamMinute() {
        assertThat(compliance.status(2, 2, q4, vietnam("2026-10-02T08:00"))).isEqualTo(MET);
        assertThat(compliance.status(3, 2, q4, vietnam("2027-03-01T08:00"))).isEqualTo(MET);
        assertThat(compliance.status(1, 2, q4, vietnam("2026-12-31T23:59"))).isEqualTo(AT_RISK);
        assertThat(compliance.status(1, 2, q4, vietnam("2027-01-01T00:00"))).isEqualTo(MISSED);
    }

    @Test
    void paceDecidesBetweenOnTrackAndAtRisk() {
        // 2 a quarter: nothing needed in the first half, one by the middle.
        assertThat(compliance.status(0, 2, q4, vietnam("2026-10-20T08:00"))).isEqualTo(ON_TRACK);
        assertThat(compliance.status(0, 2, q4, vietnam("2026-11-20T08:00"))).isEqualTo(AT_RISK);
        assertThat(compliance.status(1, 2, q4, vietnam("2026-11-20T08:00"))).isEqualTo(ON_TRACK);
        // the last five days without the count are at risk whatever the pace
        assertThat(compliance.status(1, 2, q4, vietnam("2026-12-26T00:00"))).isEqualTo(ON_TRACK);
        assertThat(compliance.status(1, 2, q4, vietnam("2026-12-27T00:00"))).isEqualTo(AT_RISK);
        // a period not begun yet asks nothing
        assertThat(compliance.status(0, 2, q4, vietnam("2026-09-01T08:00"))).isEqualTo(ON_TRACK);
    }

    @Test
    void worstStatusWins() {
        assertThat(MET.worse(AT_RISK)).isEqualTo(AT_RISK);
        assertThat(MISSED.worse(ON_TRACK)).isEqualTo(MISSED);
        assertThat(MET.worse(MET)).isEqualTo(MET);
    }

    @Test
    void rulePeriodsCoveredByAReportPeriod() {
        QuotaRule monthly = rule(PeriodKind.MONTH, LocalDate.of(2026, 11, 15), null);
        assertThat(QuotaCompliance.rulePeriods(monthly, q4)).extracting(ReportingPeriod::code).containsExactly("2026-11", "2026-12");
        QuotaRule yearly = rule(PeriodKind.YEAR, LocalDate.of(2026, 1, 1), null);
        assertThat(QuotaCompliance.rulePeriods(yearly, q4)).extracting(ReportingPeriod::code).containsExactly("2026");
        QuotaRule ended = rule(PeriodKind.QUARTER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 30));
        assertThat(QuotaCompliance.rulePeriods(ended, q4)).isEmpty();
        assertThat(QuotaCompliance.rulePeriods(ended, ReportingPeriod.year(2026))).extracting(ReportingPeriod::code)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
    }

    private static QuotaRule rule(PeriodKind period, LocalDate from, LocalDate until) {
        return new QuotaRule(1, 1, "r", UnitLevel.COMMUNE, Set.of(), Measure.SUBMITTED, null, MediaRequirement.NONE, 2, period,
                CountedBy.EVENT_DATE, null, from, until, true, null, 0);
    }
}
