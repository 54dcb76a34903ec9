package vn.lantoa.accountability.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.accountability.QuotaReminder;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceSettings;
import vn.lantoa.accountability.compliance.ComplianceStatus;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.compliance.UnitCompliance;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The daily reminder run: for every active rule and its current period, when the period ends within
 * the owner union's reminder days, each unit the rule holds that has not met it is reminded, and each
 * union gets one summary of its units at risk. Every reminder is written to quota_reminder_sent (a
 * unique key) in the transaction that publishes it: a second run, a retry or another node finds the
 * row and publishes nothing, so each reminder leaves exactly once.
 */
@Component
public class QuotaReminders {

    private static final Logger log = LoggerFactory.getLogger(QuotaReminders.class);

    private final JdbcClient jdbc;
    private final ComplianceBoard board;
    private final ComplianceSettings settings;
    private final QuotaRuleQueries rules;
    private final OrgDirectory org;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuotaReminders(JdbcClient jdbc, ComplianceBoard board, ComplianceSettings settings, QuotaRuleQueries rules, OrgDirectory org,
                   TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.board = board;
        this.settings = settings;
        this.rules = rules;
        this.org = org;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** One union's units in one period: those held by its rules ending then, and those at risk. */
    private record Round(long ownerUnitId, ReportingPeriod period, Set<Long> held, Set<Long> atRisk) {
    }

    /** Sends the reminders due now; returns how many were published by this run (0 when another run sent them). */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ReportingPeriod.ZONE);
        Map<String, Round> rounds = new LinkedHashMap<>();
        int published = 0;
        for (QuotaRule rule : activeRules()) {
            ReportingPeriod period = ReportingPeriod.containing(rule.period(), today);
            if (!rule.appliesIn(period) || !endsSoon(period, now, settings.riskDays(rule.ownerUnitId()))) {
                continue;
            }
            UnitRef owner = org.unit(rule.ownerUnitId()).orElse(null);
            if (owner == null || !owner.active()) {
                continue;
            }
            RuleCompliance compliance = board.compliance(rule, owner, period);
            Round round = rounds.computeIfAbsent(owner.id() + "|" + period.code(),
                    k -> new Round(owner.id(), period, new LinkedHashSet<>(), new LinkedHashSet<>()));
            for (UnitCompliance unit : compliance.units()) {
                round.held().add(unit.unit().id());
                if (unit.status() != ComplianceStatus.MET) {
                    round.atRisk().add(unit.unit().id());
                    published += remind(rule, unit, period);
                }
            }
        }
        for (Round round : rounds.values()) {
            if (!round.atRisk().isEmpty()) {
                published += summarise(round);
            }
        }
        log.info("Quota reminders: {} published", published);
        return published;
    }

    /** The period's end is at most the reminder days away (and not passed): as QuotaCompliance counts risk days. */
    static boolean endsSoon(ReportingPeriod period, Instant now, int riskDays) {
        Duration left = Duration.between(now, period.endInstant());
        return !left.isNegative() && left.compareTo(Duration.ofDays(riskDays)) <= 0;
    }

    private int remind(QuotaRule rule, UnitCompliance unit, ReportingPeriod period) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!claim("UNIT", rule.id(), unit.unit().id(), period)) {
                return false;
            }
            events.publishEvent(new QuotaReminder.UnitAtRisk(unit.unit().id(), rule.id(), rule.name(), period.code(),
                    unit.counted(), rule.minCount(), period.end()));
            return true;
        })) ? 1 : 0;
    }

    private int summarise(Round round) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!claim("SUMMARY", null, round.ownerUnitId(), round.period())) {
                return false;
            }
            events.publishEvent(new QuotaReminder.Summary(round.ownerUnitId(), round.period().code(), round.period().end(),
                    round.held().size(), new ArrayList<>(round.atRisk())));
            return true;
        })) ? 1 : 0;
    }

    /** Writes the reminder's row; false when it was there already (sent before, or by another node just now). */
    private boolean claim(String kind, Long ruleId, long unitId, ReportingPeriod period) {
        return jdbc.sql("""
                insert into quota_reminder_sent (kind, rule_id, unit_id, period_code) values (:kind, :rule, :unit, :period)
                on conflict do nothing""")
                .param("kind", kind).param("rule", ruleId).param("unit", unitId).param("period", period.code())
                .update() == 1;
    }

    /** Every active rule of the tree: those that reach the root reach every union. */
    private List<QuotaRule> activeRules() {
        return org.root().map(rules::reaching).orElse(List.of());
    }
}
