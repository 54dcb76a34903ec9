package vn.lantoa.accountability.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;

@IntegrationTest
class ComplianceBoardTest {

    @Autowired
    ComplianceBoard board;
    @Autowired
    QuotaRuleQueries rules;
    @Autowired
    JdbcClient jdbc;

    private static Instant vietnam(String local) {
        return LocalDateTime.parse(local).atZone(ReportingPeriod.ZONE).toInstant();
    }

    private UnitCompliance of(RuleCompliance rule, UnitRef unit) {
        return rule.units().stream().filter(u -> u.unit().id() == unit.id()).findFirst().orElseThrow();
    }

    @Test
    void quarterEdgesAreVietnamMidnightBySubmissionAndByEvent() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(2);
        UnitRef a = p.communes().get(0);
        UnitRef b = p.communes().get(1);
        long bySubmission = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "SUBMISSION_DATE", null, LocalDate.of(2025, 1, 1));
        // a: one at 23:30 on 30 September (Q3), one at 00:10 on 1 October (Q4) Vietnam time — 16:30Z and 17:10Z the same UTC day
        fx.submitted(a, vietnam("2025-09-30T23:30"));
        fx.submitted(a, vietnam("2025-10-01T00:10"));
        fx.submitted(a, vietnam("2025-12-31T23:59"));
        fx.submitted(a, vietnam("2026-01-01T00:00"));
        // b: two in Q4 by event date (the event on 31 December), but sent in January
        fx.story(b, "SUBMITTED", vietnam("2026-01-02T09:00"), LocalDateTime.parse("2025-12-31T20:00"), null);
        fx.story(b, "SUBMITTED", vietnam("2026-01-02T09:05"), LocalDateTime.parse("2025-12-31T21:00"), null);

        RuleCompliance q3 = board.compliance(rules.find(bySubmission).orElseThrow(), p.province(), ReportingPeriod.quarter(2025, 3));
        RuleCompliance q4 = board.compliance(rules.find(bySubmission).orElseThrow(), p.province(), ReportingPeriod.quarter(2025, 4));
        assertThat(of(q3, a).counted()).isEqualTo(1);
        assertThat(of(q3, a).status()).isEqualTo(ComplianceStatus.MISSED);
        assertThat(of(q4, a).counted()).isEqualTo(2);
        assertThat(of(q4, a).status()).isEqualTo(ComplianceStatus.MET);
        assertThat(of(q4, b).counted()).isZero();
        assertThat(q4.met()).isEqualTo(1);
        assertThat(q4.held()).isEqualTo(2);
        assertThat(q4.reached()).isFalse();

        long byEvent = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "EVENT_DATE", 50, LocalDate.of(2025, 1, 1));
        RuleCompliance q4ByEvent = board.compliance(rules.find(byEvent).orElseThrow(), p.province(), ReportingPeriod.quarter(2025, 4));
        // a's stories have no event time: their submission (Vietnam time) dates them
        assertThat(of(q4ByEvent, a).counted()).isEqualTo(2);
        assertThat(of(q4ByEvent, b).counted()).isEqualTo(2);
        assertThat(q4ByEvent.met()).isEqualTo(2);
        assertThat(q4ByEvent.reached()).as("50%% of units asked, 100%% met").isTrue();
    }

    @Test
    void aStoryCountsWhereItsAuthorUnitIsNowAndInactiveUnitsAreHeldToNothing() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(3);
        UnitRef a = p.communes().get(0);
        UnitRef b = p.communes().get(1);
        UnitRef closed = p.communes().get(2);
        long rule = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 1, "MONTH", "SUBMISSION_DATE", 40, LocalDate.of(2025, 1, 1));
        long story = fx.submitted(a, vietnam("2025-05-10T10:00"));
        ReportingPeriod may = ReportingPeriod.month(YearMonth.of(2025, 5));

        fx.deactivate(closed);
        RuleCompliance before = board.compliance(rules.find(rule).orElseThrow(), p.province(), may);
        assertThat(before.units()).extracting(u -> u.unit().id()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(of(before, a).status()).isEqualTo(ComplianceStatus.MET);
        assertThat(of(before, b).status()).isEqualTo(ComplianceStatus.MISSED);
        assertThat(before.reached()).as("1 of 2 is 50%%, the rule asks 40%%").isTrue();

        fx.moveStory(story, b);
        RuleCompliance after = board.compliance(rules.find(rule).orElseThrow(), p.province(), may);
        assertThat(of(after, a).counted()).isZero();
        assertThat(of(after, b).counted()).isEqualTo(1);

        // a branch's story counts for its commune
        UnitRef branch = fx.child(a, UnitLevel.BRANCH);
        fx.submitted(branch, vietnam("2025-05-20T10:00"));
        assertThat(of(board.compliance(rules.find(rule).orElseThrow(), p.province(), may), a).counted()).isEqualTo(1);
    }

    @Test
    void aRuleNamingUnitsHoldsOnlyThoseAndIsEvaluatedBesideALevelRule() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(3);
        UnitRef named = p.communes().get(0);
        UnitRef other = p.communes().get(1);
        long byLevel = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 1, "MONTH", "SUBMISSION_DATE", null, LocalDate.of(2025, 1, 1));
        long listing = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "EVENT_DATE", null, LocalDate.of(2025, 1, 1));
        jdbc.sql("update quota_rule set target_level = null where id = :id").param("id", listing).update();
        jdbc.sql("insert into quota_rule_unit (rule_id, unit_id) values (:rule, :unit)").param("rule", listing).param("unit", named.id()).update();
        fx.submitted(named, vietnam("2025-05-10T10:00"));
        fx.story(named, "SUBMITTED", vietnam("2025-07-01T08:00"), LocalDateTime.parse("2025-06-30T20:00"), null);
        fx.submitted(other, vietnam("2025-06-02T10:00"));

        Map<Long, RuleCompliance> byRule = new java.util.HashMap<>();
        board.compliance(p.province(), ReportingPeriod.quarter(2025, 2)).forEach(r -> byRule.put(r.rule().id(), r));

        assertThat(byRule.get(listing).units()).extracting(u -> u.unit().id()).containsExactly(named.id());
        assertThat(of(byRule.get(listing), named).counted()).as("by event: May and the event of 30 June").isEqualTo(2);
        assertThat(of(byRule.get(listing), named).status()).isEqualTo(ComplianceStatus.MET);
        assertThat(byRule.get(byLevel).units()).extracting(u -> u.unit().id()).containsExactlyInAnyOrderElementsOf(
                p.communes().stream().map(UnitRef::id).toList());
        assertThat(of(byRule.get(byLevel), named).counted()).as("by submission, the July one is outside Q2").isEqualTo(1);
        assertThat(of(byRule.get(byLevel), other).counted()).isEqualTo(1);
    }

    @Test
    void measuresMediaAndPeriodsOfAQuarter() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(1);
        UnitRef a = p.communes().get(0);
        long monthly = fx.rule(p.province(), UnitLevel.COMMUNE, "PUBLISHED", 1, "MONTH", "SUBMISSION_DATE", null, LocalDate.of(2025, 1, 1));
        long withPhotos = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "SUBMISSION_DATE", null, LocalDate.of(2025, 1, 1));
        fx.mediaRequired(withPhotos, "PHOTO_OR_VIDEO");
        long published = fx.story(a, "PUBLISHED", vietnam("2025-04-03T08:00"), null, vietnam("2025-04-04T08:00"));
        fx.photo(published);
        fx.story(a, "REJECTED", vietnam("2025-05-03T08:00"), null, null);
        long returned = fx.story(a, "RETURNED", vietnam("2025-06-03T08:00"), null, null);
        fx.photo(returned);
        fx.story(a, "IN_EDITING", vietnam("2025-06-04T08:00"), null, null);

        List<RuleCompliance> q2 = board.compliance(p.province(), ReportingPeriod.quarter(2025, 2));
        RuleCompliance m = q2.stream().filter(r -> r.rule().id() == monthly).findFirst().orElseThrow();
        assertThat(m.periods()).hasSize(3);
        assertThat(of(m, a).counted()).isEqualTo(1);
        assertThat(of(m, a).required()).isEqualTo(3);
        assertThat(of(m, a).periodsMet()).isEqualTo(1);
        assertThat(of(m, a).status()).isEqualTo(ComplianceStatus.MISSED);
        RuleCompliance photos = q2.stream().filter(r -> r.rule().id() == withPhotos).findFirst().orElseThrow();
        assertThat(of(photos, a).counted()).as("published with a photo, returned with a photo; not the rejected one nor the one without").isEqualTo(2);
        assertThat(of(photos, a).status()).isEqualTo(ComplianceStatus.MET);

        List<CountedStory> drill = board.stories(a, ReportingPeriod.quarter(2025, 2), rules.find(withPhotos).orElseThrow());
        assertThat(drill).hasSize(4);
        assertThat(drill.stream().filter(CountedStory::counts).map(CountedStory::id)).containsExactlyInAnyOrder(published, returned);

        assertThat(board.trend(p.province(), YearMonth.of(2025, 3), YearMonth.of(2025, 6)))
                .extracting(MonthlyCount::submitted).containsExactly(0L, 1L, 0L, 2L);
    }

    @Test
    void majorEventsOnTimeLateAndPendingPerUnit() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(2);
        UnitRef a = p.communes().get(0);
        UnitRef b = p.communes().get(1);
        long onTime = fx.story(a, "PUBLISHED", vietnam("2025-08-01T10:00"), LocalDateTime.parse("2025-08-01T08:00"), vietnam("2025-08-01T15:00"));
        fx.majorEvent(onTime, vietnam("2025-08-04T09:00"), vietnam("2025-08-01T10:00"));
        long late = fx.story(b, "SUBMITTED", vietnam("2025-08-06T10:00"), LocalDateTime.parse("2025-08-01T08:00"), null);
        fx.majorEvent(late, vietnam("2025-08-04T09:00"), vietnam("2025-08-06T10:00"));
        long neverSent = fx.story(b, "SUBMITTED", vietnam("2025-08-02T10:00"), LocalDateTime.parse("2025-08-02T08:00"), null);
        fx.majorEvent(neverSent, vietnam("2025-08-05T09:00"), null);

        Timeliness all = board.timeliness(p.province(), ReportingPeriod.month(YearMonth.of(2025, 8)));
        assertThat(all).isEqualTo(new Timeliness(3, 1, 2));
        assertThat(all.rate()).hasValueSatisfying(r -> assertThat(r).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9)));
        Map<Long, Timeliness> byUnit = board.timelinessByUnitAt(p.province(), UnitLevel.COMMUNE, ReportingPeriod.quarter(2025, 3));
        assertThat(byUnit.get(a.id())).isEqualTo(new Timeliness(1, 1, 0));
        assertThat(byUnit.get(b.id())).isEqualTo(new Timeliness(2, 0, 2));
        assertThat(board.timeliness(p.province(), ReportingPeriod.month(YearMonth.of(2025, 9)))).isEqualTo(Timeliness.NONE);
    }
}
