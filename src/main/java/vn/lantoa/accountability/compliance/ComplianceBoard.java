package vn.lantoa.accountability.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.CountedBy;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Compliance of a subtree with every quota that reaches it, for any report period. The stories are
 * counted in one SQL pass (per author unit, month and trait: a small cube), then each rule takes from
 * the cube what it counts; a unit's count includes the stories of the units below it. Units are
 * taken at their current place in the tree, and inactive units are held to nothing.
 */
@Component
public class ComplianceBoard {

    private final JdbcClient jdbc;
    private final QuotaRuleQueries rules;
    private final ComplianceSettings settings;
    private final Clock clock;

    ComplianceBoard(JdbcClient jdbc, QuotaRuleQueries rules, ComplianceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every rule reaching the subtree, evaluated over the report period. */
    public List<RuleCompliance> compliance(UnitRef subtree, ReportingPeriod period) {
        return evaluate(rules.reaching(subtree), subtree, period);
    }

    public RuleCompliance compliance(QuotaRule rule, UnitRef subtree, ReportingPeriod period) {
        return evaluate(List.of(rule), subtree, period).get(0);
    }

    private List<RuleCompliance> evaluate(List<QuotaRule> ruleList, UnitRef subtree, ReportingPeriod period) {
        Instant now = clock.instant();
        Map<QuotaRule, List<ReportingPeriod>> periods = new LinkedHashMap<>();
        ruleList.forEach(rule -> periods.put(rule, QuotaCompliance.rulePeriods(rule, period)));
        Optional<YearMonth> from = periods.values().stream().flatMap(List::stream).map(ReportingPeriod::firstMonth).min(Comparator.naturalOrder());
        Optional<YearMonth> to = periods.values().stream().flatMap(List::stream).map(ReportingPeriod::lastMonth).max(Comparator.naturalOrder());
        Map<Long, List<CubeRow>> cube = from.isPresent() ? byAncestor(cube(subtree, from.get(), to.get())) : Map.of();
        List<RuleCompliance> result = new ArrayList<>();
        for (var entry : periods.entrySet()) {
            QuotaRule rule = entry.getKey();
            QuotaCompliance arithmetic = new QuotaCompliance(settings.riskDays(rule.ownerUnitId()));
            List<UnitCompliance> units = entry.getValue().isEmpty() ? List.of()
                    : heldUnits(rule, subtree).stream()
                            .map(unit -> unitCompliance(rule, unit, entry.getValue(), cube, arithmetic, now))
                            .toList();
            result.add(new RuleCompliance(rule, entry.getValue(), units));
        }
        return result;
    }

    private static UnitCompliance unitCompliance(QuotaRule rule, UnitRef unit, List<ReportingPeriod> rulePeriods,
                                                 Map<Long, List<CubeRow>> cube, QuotaCompliance arithmetic, Instant now) {
        List<CubeRow> rows = cube.getOrDefault(unit.id(), List.of());
        long total = 0;
        int met = 0;
        ComplianceStatus worst = ComplianceStatus.MET;
        for (ReportingPeriod p : rulePeriods) {
            long counted = rows.stream().filter(row -> row.countsFor(rule, p)).mapToLong(row -> row.count(rule)).sum();
            ComplianceStatus status = arithmetic.status(counted, rule.minCount(), p, now);
            total += counted;
            met += status == ComplianceStatus.MET ? 1 : 0;
            worst = worst.worse(status);
        }
        return new UnitCompliance(rule, unit, total, (long) rule.minCount() * rulePeriods.size(), rulePeriods.size(), met, worst);
    }

    /** The active units a rule holds inside the subtree. */
    private List<UnitRef> heldUnits(QuotaRule rule, UnitRef subtree) {
        String sql = rule.namesUnits()
                ? """
                  select u.id, u.code, u.name, u.level, u.path, u.active from unit u join quota_rule_unit ru on ru.unit_id = u.id
                  where ru.rule_id = :rule and u.active and u.path like :subtree || '%' order by u.path"""
                : """
                  select u.id, u.code, u.name, u.level, u.path, u.active from unit u
                  where u.level = :level and u.active and u.path like :subtree || '%'
                    and u.path like (select o.path from unit o where o.id = :owner) || '%' order by u.path""";
        var spec = jdbc.sql(sql).param("subtree", subtree.path());
        spec = rule.namesUnits() ? spec.param("rule", rule.id())
                : spec.param("level", rule.targetLevel().name()).param("owner", rule.ownerUnitId());
        return spec.query(ComplianceBoard::unitRef).list();
    }

    /**
     * Counts per author unit, month (both by event and by first submission, Vietnam time), section
     * and media, for each measure: what every rule needs, in one pass over the months asked. Read
     * from {@code story_tally}, the narrow copy of the story facts kept by triggers (V21).
     */
    private List<CubeRow> cube(UnitRef subtree, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select u.path, c.event_month, c.submitted_month, c.section_id, c.has_photo, c.has_video,
                               c.submitted, c.accepted, c.published
                        from (select t.author_unit_id, t.event_month, t.submitted_month, t.section_id, t.has_photo, t.has_video,
                                     count(*) filter (where t.is_submitted) as submitted,
                                     count(*) filter (where t.is_accepted) as accepted,
                                     count(*) filter (where t.is_published) as published
                              from story_tally t
                              where (t.event_month between :from and :to or t.submitted_month between :from and :to)
                                and t.author_unit_id in (select s.id from unit s where s.path like :subtree || '%')
                              group by 1, 2, 3, 4, 5, 6) c
                        join unit u on u.id = c.author_unit_id""")
                .param("subtree", subtree.path()).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((rs, n) -> new CubeRow(rs.getString(1), month(rs, 2), month(rs, 3), (Long) rs.getObject(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }

    private static YearMonth month(ResultSet rs, int column) throws SQLException {
        LocalDate first = rs.getObject(column, LocalDate.class);
        return YearMonth.of(first.getYear(), first.getMonth());
    }

    /** Each row under every unit above its author (the author included): a unit's rows are then one lookup. */
    private static Map<Long, List<CubeRow>> byAncestor(List<CubeRow> rows) {
        Map<Long, List<CubeRow>> byUnit = new HashMap<>();
        for (CubeRow row : rows) {
            for (String id : row.authorPath.split("/")) {
                if (!id.isEmpty()) {
                    byUnit.computeIfAbsent(Long.valueOf(id), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return byUnit;
    }

    private record CubeRow(String authorPath, YearMonth eventMonth, YearMonth submittedMonth, Long sectionId, boolean hasPhoto,
                           boolean hasVideo, long submitted, long accepted, long published) {

        boolean countsFor(QuotaRule rule, ReportingPeriod period) {
            YearMonth month = rule.countedBy() == CountedBy.EVENT_DATE ? eventMonth : submittedMonth;
            return !month.isBefore(period.firstMonth()) && !month.isAfter(period.lastMonth()) && rule.counts(sectionId, hasPhoto, hasVideo);
        }

        long count(QuotaRule rule) {
            return switch (rule.measure()) {
                case SUBMITTED -> submitted;
                case ACCEPTED -> accepted;
                case PUBLISHED -> published;
            };
        }
    }

    /** Major events of the subtree whose event falls in the period, against their 12-working-hour deadline. */
    public Timeliness timeliness(UnitRef subtree, ReportingPeriod period) {
        return timelinessByAuthor(subtree, period).values().stream().reduce(Timeliness.NONE, Timeliness::plus);
    }

    /** The same, per unit of the given level inside the subtree, each with the events of the units below it. */
    public Map<Long, Timeliness> timelinessByUnitAt(UnitRef subtree, UnitLevel level, ReportingPeriod period) {
        Map<Long, Timeliness> byUnit = new HashMap<>();
        jdbc.sql(TIMELINESS.formatted("a.id", "join unit a on a.level = :level and a.path like :subtree || '%' and u.path like a.path || '%'"))
                .param("level", level.name()).param("now", Timestamp.from(clock.instant())).param("subtree", subtree.path())
                .param("start", period.start().atStartOfDay()).param("end", period.end().atStartOfDay())
                .query((rs, n) -> byUnit.put(rs.getLong(1), new Timeliness(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return byUnit;
    }

    private static final String TIMELINESS = """
            select %s, count(*) as events,
                   count(*) filter (where f.reached_editors_at <= f.reach_deadline) as on_time,
                   count(*) filter (where coalesce(f.reached_editors_at, :now) > f.reach_deadline) as late
            from story_fact f join unit u on u.id = f.author_unit_id %s
            where f.major_event and f.reach_deadline is not null and f.is_submitted and u.path like :subtree || '%%'
              and f.counted_on_event >= :start and f.counted_on_event < :end
            group by 1""";

    private Map<String, Timeliness> timelinessByAuthor(UnitRef subtree, ReportingPeriod period) {
        Map<String, Timeliness> byPath = new HashMap<>();
        jdbc.sql(TIMELINESS.formatted("u.path", ""))
                .param("now", Timestamp.from(clock.instant())).param("subtree", subtree.path())
                .param("start", period.start().atStartOfDay()).param("end", period.end().atStartOfDay())
                .query((rs, n) -> byPath.put(rs.getString(1), new Timeliness(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return byPath;
    }

    /** Stories of the subtree per month by first submission, the months from..to inclusive, none left out. */
    public List<MonthlyCount> trend(UnitRef subtree, YearMonth from, YearMonth to) {
        Map<YearMonth, MonthlyCount> byMonth = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new MonthlyCount(m, 0, 0, 0));
        }
        jdbc.sql("""
                        select t.submitted_month, count(*) filter (where t.is_submitted), count(*) filter (where t.is_accepted),
                               count(*) filter (where t.is_published)
                        from story_tally t
                        where t.submitted_month between :from and :to
                          and t.author_unit_id in (select s.id from unit s where s.path like :subtree || '%')
                        group by 1""")
                .param("subtree", subtree.path()).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((rs, n) -> {
                    YearMonth month = month(rs, 1);
                    return byMonth.put(month, new MonthlyCount(month, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                })
                .list();
        return List.copyOf(byMonth.values());
    }

    /**
     * The stories of a unit's subtree that fall in the period as the rule dates them (by event when no
     * rule is given), each marked with whether it counts for the rule.
     */
    public List<CountedStory> stories(UnitRef unit, ReportingPeriod period, QuotaRule rule) {
        boolean bySubmission = rule != null && rule.countedBy() == CountedBy.SUBMISSION_DATE;
        String dated = bySubmission
                ? "f.submitted_at >= :startInstant and f.submitted_at < :endInstant"
                : "f.counted_on_event >= :start and f.counted_on_event < :end";
        return jdbc.sql("""
                        select f.story_id, f.title, f.status, f.author_unit_id, u.name, f.event_at, f.submitted_at, f.published_at,
                               f.has_photo, f.has_video, f.major_event, f.section_id, f.is_submitted, f.is_accepted, f.is_published
                        from story_fact f join unit u on u.id = f.author_unit_id
                        where u.path like :subtree || '%%' and %s
                        order by f.counted_on_event desc, f.story_id desc limit 500""".formatted(dated))
                .param("subtree", unit.path())
                .param("start", period.start().atStartOfDay()).param("end", period.end().atStartOfDay())
                .param("startInstant", Timestamp.from(period.startInstant())).param("endInstant", Timestamp.from(period.endInstant()))
                .query((rs, n) -> countedStory(rs, rule)).list();
    }

    private static CountedStory countedStory(ResultSet rs, QuotaRule rule) throws SQLException {
        boolean measured = rule == null || switch (rule.measure()) {
            case SUBMITTED -> rs.getBoolean("is_submitted");
            case ACCEPTED -> rs.getBoolean("is_accepted");
            case PUBLISHED -> rs.getBoolean("is_published");
        };
        boolean counts = measured && (rule == null
                ? rs.getBoolean("is_submitted")
                : rule.counts((Long) rs.getObject("section_id"), rs.getBoolean("has_photo"), rs.getBoolean("has_video")));
        CountedStory.Reason reason = counts ? CountedStory.Reason.COUNTS
                : !measured || rule == null ? CountedStory.Reason.STATUS
                : rule.sectionId() != null && !rule.sectionId().equals(rs.getObject("section_id")) ? CountedStory.Reason.SECTION
                : CountedStory.Reason.MEDIA;
        return new CountedStory(rs.getLong("story_id"), rs.getString("title"), rs.getString("status"), rs.getLong("author_unit_id"),
                rs.getString("name"), rs.getObject("event_at", LocalDateTime.class), instant(rs, "submitted_at"),
                instant(rs, "published_at"), rs.getBoolean("has_photo"), rs.getBoolean("has_video"), rs.getBoolean("major_event"), counts,
                reason);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static UnitRef unitRef(ResultSet rs, int n) throws SQLException {
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                rs.getString("path"), rs.getBoolean("active"));
    }

    /**
     * The heat view of a rule over a subtree: one tile per active child unit of the subtree, with the
     * share of the units the rule holds under it that met it, or its own count against what it owes
     * when the child is itself held.
     */
    public List<HeatTile> heat(RuleCompliance rule, UnitRef subtree) {
        List<UnitRef> children = jdbc.sql("""
                        select id, code, name, level, path, active from unit where parent_id = :id and active order by name""")
                .param("id", subtree.id()).query(ComplianceBoard::unitRef).list();
        return children.stream().map(child -> HeatTile.of(child, rule.units().stream()
                .filter(u -> u.unit().path().startsWith(child.path())).toList())).toList();
    }

    /**
     * Where a unit stands this period with every rule that holds it: for each, the rule's current
     * period (the one containing today), its count against the quota, what remains and the days left.
     */
    public List<Standing> standing(UnitRef unit) {
        LocalDate today = LocalDate.now(clock.withZone(ReportingPeriod.ZONE));
        List<Standing> standings = new ArrayList<>();
        for (QuotaRule rule : rules.reaching(unit)) {
            ReportingPeriod current = ReportingPeriod.containing(rule.period(), today);
            boolean holds = unit.active() && (rule.namesUnits() ? rule.unitIds().contains(unit.id())
                    : rule.targetLevel() == unit.level() && unit.ancestorIds().contains(rule.ownerUnitId()));
            if (!holds || !rule.appliesIn(current)) {
                continue;
            }
            compliance(rule, unit, current).units().stream().filter(u -> u.unit().id() == unit.id()).findFirst()
                    .ifPresent(u -> standings.add(new Standing(rule, current, u,
                            java.time.temporal.ChronoUnit.DAYS.between(today, current.end()))));
        }
        return standings;
    }

    /** Today in Vietnam, for pages that default to the current period. */
    public ReportingPeriod current(PeriodKind kind) {
        return ReportingPeriod.containing(kind, LocalDate.now(clock.withZone(ReportingPeriod.ZONE)));
    }
}
