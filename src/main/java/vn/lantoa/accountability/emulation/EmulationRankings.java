package vn.lantoa.accountability.emulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.compliance.Timeliness;
import vn.lantoa.accountability.compliance.UnitCompliance;
import vn.lantoa.accountability.emulation.EmulationScoring.Measure;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.ReportFieldKeys;
import vn.lantoa.accountability.reports.ReportRollups;
import vn.lantoa.channels.UnitAudienceGrowth;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Computes a union's yearly ranking from what the other parts measured: one compliance evaluation
 * of the union's subtree over the year (quotas met per period), one timeliness count per level of the
 * units held (major events), one reporting count (monthly reports on time), and, when the criterion
 * has weight, one query summing the digital-skills sessions of every reporting unit (a roll-up of its
 * own only for a unit under a form of its own), and one query of the audience of every unit's channels
 * at both ends of the year (its subtree's, from the channels module). For the current
 * year, only the quota periods started so far are due and only the months whose report could be
 * due so far are expected.
 */
@Component
public class EmulationRankings {

    static final int FIRST_YEAR = 2020;

    private final ComplianceBoard board;
    private final ReportRollups reports;
    private final EmulationCriteria criteria;
    private final UnitAudienceGrowth audience;
    private final OrgDirectory org;
    private final Clock clock;

    EmulationRankings(ComplianceBoard board, ReportRollups reports, EmulationCriteria criteria, UnitAudienceGrowth audience, OrgDirectory org,
                      Clock clock) {
        this.board = board;
        this.reports = reports;
        this.audience = audience;
        this.criteria = criteria;
        this.org = org;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(ReportingPeriod.ZONE)).getYear();
    }

    /** The years a ranking is made for: from the first year of records to this one, newest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = currentYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public boolean ranks(int year) {
        return year >= FIRST_YEAR && year <= currentYear();
    }

    /** The union whose weights and ranking apply to a unit: the unit itself at province or central level, else its province. */
    public Optional<UnitRef> unionOf(UnitRef unit) {
        if (unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.CENTRAL) {
            return Optional.of(unit);
        }
        return org.provinceOf(unit.id());
    }

    public EmulationRanking rank(UnitRef union, int year) {
        Instant now = clock.instant();
        boolean provisional = year >= currentYear();
        ReportingPeriod period = ReportingPeriod.year(year);
        EmulationWeights weights = criteria.of(union.id());

        Map<Long, UnitRef> units = new LinkedHashMap<>();
        Map<Long, List<double[]>> quotas = new HashMap<>();
        for (RuleCompliance rule : board.compliance(union, period)) {
            int dueSoFar = (int) rule.periods().stream().filter(p -> !provisional || p.hasStarted(now)).count();
            for (UnitCompliance unit : rule.units()) {
                units.putIfAbsent(unit.unit().id(), unit.unit());
                int due = Math.min(dueSoFar, unit.periodsDue());
                if (due > 0) {
                    quotas.computeIfAbsent(unit.unit().id(), k -> new ArrayList<>()).add(new double[] {Math.min(unit.periodsMet(), due), due});
                }
            }
        }
        List<UnitRef> held = units.values().stream().sorted(java.util.Comparator.comparing(UnitRef::path)).toList();

        Map<Long, Timeliness> timeliness = new HashMap<>();
        Set<UnitLevel> levels = new LinkedHashSet<>();
        held.forEach(u -> levels.add(u.level()));
        levels.forEach(level -> timeliness.putAll(board.timelinessByUnitAt(union, level, period)));

        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = provisional ? YearMonth.now(clock.withZone(ReportingPeriod.ZONE)).minusMonths(1) : YearMonth.of(year, 12);
        boolean anyMonth = !last.isBefore(first);
        Map<Long, ReportRollups.Rates> rates = anyMonth ? reports.ratesByUnit(union, first, last) : Map.of();
        Map<Long, Long> sessions = anyMonth && weights.weight(EmulationCriterion.DIGITAL_SKILLS) != 0
                ? reports.totalsByUnit(union, first, last, ReportFieldKeys.DIGITAL_SESSIONS) : Map.of();

        Map<Long, UnitAudienceGrowth.Figures> growth = weights.weight(EmulationCriterion.AUDIENCE) == 0 ? Map.of()
                : audience.of(held.stream().map(UnitRef::id).toList(), LocalDate.of(year, 1, 1), lastDay(year));

        List<EmulationRanking.Row> scored = new ArrayList<>();
        for (UnitRef unit : held) {
            List<Measure> measures = List.of(
                    quotas(quotas.get(unit.id())),
                    timeliness(timeliness.getOrDefault(unit.id(), Timeliness.NONE)),
                    reports(rates.get(unit.id()), anyMonth),
                    audience(growth.get(unit.id()), weights),
                    digitalSkills(unit, rates.get(unit.id()), sessions.get(unit.id()), weights, first, last, anyMonth));
            EmulationScoring.Score score = EmulationScoring.score(weights, measures);
            scored.add(new EmulationRanking.Row(unit, null, false, score.score(), score.lines()));
        }
        List<EmulationRanking.Row> rows = EmulationScoring.rank(scored, EmulationRanking.Row::score).stream()
                .map(r -> new EmulationRanking.Row(r.item().unit(), r.rank(), r.tied(), r.item().score(), r.item().breakdown()))
                .toList();
        return new EmulationRanking(union, year, provisional, weights, rows);
    }

    /** Per rule holding the unit, the periods met over those due; averaged over the rules. */
    private static Measure quotas(List<double[]> perRule) {
        if (perRule == null || perRule.isEmpty()) {
            return Measure.missing(EmulationCriterion.QUOTAS, "emulation.missing.QUOTAS");
        }
        double mean = perRule.stream().mapToDouble(r -> r[0] / r[1]).average().orElse(0);
        long met = Math.round(perRule.stream().mapToDouble(r -> r[0]).sum());
        long due = Math.round(perRule.stream().mapToDouble(r -> r[1]).sum());
        return Measure.of(EmulationCriterion.QUOTAS, mean, "emulation.raw.QUOTAS", met, due, perRule.size());
    }

    /** The year's last day, or today for the current year. */
    private LocalDate lastDay(int year) {
        LocalDate today = LocalDate.now(clock.withZone(ReportingPeriod.ZONE));
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isBefore(end) ? today : end;
    }

    /** The growth of the unit's channels' audience against the union's yearly target; none measured at both ends, no value. */
    private static Measure audience(UnitAudienceGrowth.Figures figures, EmulationWeights weights) {
        if (weights.weight(EmulationCriterion.AUDIENCE) == 0) {
            return Measure.missing(EmulationCriterion.AUDIENCE, "emulation.missing.noWeight");
        }
        if (figures == null || figures.rate().isEmpty()) {
            return Measure.missing(EmulationCriterion.AUDIENCE, "emulation.missing.AUDIENCE");
        }
        double rate = figures.rate().get();
        return Measure.of(EmulationCriterion.AUDIENCE, EmulationScoring.share(rate * 100, weights.audienceGrowthTarget()).orElse(0.0),
                "emulation.raw.AUDIENCE", figures.start(), figures.end(), rate * 100);
    }

    private static Measure timeliness(Timeliness t) {
        return t.rate().map(rate -> Measure.of(EmulationCriterion.TIMELINESS, rate, "emulation.raw.TIMELINESS", t.onTime(), t.onTime() + t.late()))
                .orElseGet(() -> Measure.missing(EmulationCriterion.TIMELINESS, "emulation.missing.TIMELINESS"));
    }

    private static Measure reports(ReportRollups.Rates rates, boolean anyMonth) {
        if (!anyMonth) {
            return Measure.missing(EmulationCriterion.REPORTS, "emulation.missing.REPORTS.notYet");
        }
        return Optional.ofNullable(rates).flatMap(ReportRollups.Rates::onTimeRate)
                .map(rate -> Measure.of(EmulationCriterion.REPORTS, rate, "emulation.raw.REPORTS", rates.onTime(), rates.expected()))
                .orElseGet(() -> Measure.missing(EmulationCriterion.REPORTS, "emulation.missing.REPORTS"));
    }

    /**
     * The digital-skills sessions of the unit's received reports over the year, against the union's
     * yearly target: the batched total when there is one, else the unit's own roll-up.
     */
    private Measure digitalSkills(UnitRef unit, ReportRollups.Rates rates, Long sessions, EmulationWeights weights, YearMonth first,
                                  YearMonth last, boolean anyMonth) {
        if (weights.weight(EmulationCriterion.DIGITAL_SKILLS) == 0) {
            return Measure.missing(EmulationCriterion.DIGITAL_SKILLS, "emulation.missing.noWeight");
        }
        if (!anyMonth) {
            return Measure.missing(EmulationCriterion.DIGITAL_SKILLS, "emulation.missing.REPORTS.notYet");
        }
        if (rates == null || rates.expected() == 0) {
            return Measure.missing(EmulationCriterion.DIGITAL_SKILLS, "emulation.missing.REPORTS");
        }
        int target = weights.digitalSessionsTarget();
        if (sessions != null) {
            return Measure.of(EmulationCriterion.DIGITAL_SKILLS, EmulationScoring.share(sessions, target).orElse(0.0),
                    "emulation.raw.DIGITAL_SKILLS", sessions, target);
        }
        return reports.rollup(unit, first, last).totals().stream().filter(t -> ReportFieldKeys.DIGITAL_SESSIONS.equals(t.key())).findFirst()
                .map(t -> Measure.of(EmulationCriterion.DIGITAL_SKILLS, EmulationScoring.share(t.value(), target).orElse(0.0),
                        "emulation.raw.DIGITAL_SKILLS", t.value(), target))
                .orElseGet(() -> Measure.missing(EmulationCriterion.DIGITAL_SKILLS, "emulation.missing.DIGITAL_SKILLS"));
    }
}
