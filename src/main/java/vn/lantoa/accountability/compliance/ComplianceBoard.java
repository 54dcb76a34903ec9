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
        List<UnitRef> units = unitsOf(subtree);
        Map<Long, List<List<CubeRow>>> cube = from.isPresent() ? byAncestor(units, cube(subtree, from.get(), to.get())) : Map.of();
        Map<Long, QuotaCompliance> arithmetic = new HashMap<>();
        List<RuleCompliance> result = new ArrayList<>();
        for (var entry : periods.entrySet()) {
            QuotaRule rule = entry.getKey();
            QuotaCompliance pace = arithmetic.computeIfAbsent(rule.ownerUnitId(), owner -> new QuotaCompliance(settings.riskDays(owner)));
            List<UnitCompliance> held = entry.getValue().isEmpty() ? List.of() : units.stream().filter(rule::holds)
                    .map(unit -> unitCompliance(rule, unit, entry.getValue(), cube, pace, now))
                    .toList();
            result.add(new RuleCompliance(rule, entry.getValue(), held));
        }
        return result;
    }

    private static UnitCompliance unitCompliance(QuotaRule rule, UnitRef unit, List<ReportingPeriod> rulePeriods,
                                                 Map<Long, List<List<CubeRow>>> cube, QuotaCompliance arithmetic, Instant now) {
        List<List<CubeRow>> rows = cube.getOrDefault(unit.id(), List.of());
        long total = 0;
        int met = 0;
        ComplianceStatus worst = ComplianceStatus.MET;
        for (ReportingPeriod p : rulePeriods) {
            long counted = 0;
            for (List<CubeRow> ofAuthor : rows) {
                for (CubeRow row : ofAuthor) {
                    counted += row.countsFor(rule, p) ? row.count(rule) : 0;
                }
            }
            ComplianceStatus status = arithmetic.status(counted, rule.minCount(), p, now);
            total += counted;
            met += status == ComplianceStatus.MET ? 1 : 0;
            worst = worst.worse(status);
        }
        return new UnitCompliance(rule, unit, total, (long) rule.minCount() * rulePeriods.size(), rulePeriods.size(), met, worst);
    }

    /** Every unit of the subtree, inactive ones included, in tree order. */
    private List<UnitRef> unitsOf(UnitRef subtree) {
        return jdbc.sql("select id, code, name, level, path, active from unit where path like :subtree || '%' order by path")
                .param("subtree", subtree.path()).query(ComplianceBoard::unitRef).list();
    }

    /**
     * The facts of every story of the subtree dated in the months from..to (by event or by first
     * submission, Vietnam time): author unit, both months, section, media and how far it went — what
     * every rule needs, in one pass. Read from {@code story_tally} (V21), the narrow copy of the story
     * facts kept by triggers, through its two covering month indexes (the union's second half takes
     * the stories dated in the months by submission only). Not grouped: at commune level there are
     * about as many groups as stories, and hashing them cost more than it saved.
     */
    private Map<Long, List<CubeRow>> cube(UnitRef subtree, YearMonth from, YearMonth to) {
        Map<Long, List<CubeRow>> byAuthor = new HashMap<>();
        jdbc.sql("""
                        select t.author_unit_id, t.event_month, t.submitted_month,
                               t.section_id, t.has_photo, t.has_video, t.is_submitted, t.is_accepted, t.is_published
                        from (select * from story_tally e where e.event_month between :from and :to
                              union all
                              select * from story_tally s where s.submitted_month between :from and :to
                                                            and s.event_month not between :from and :to) t
                        where %s""".formatted(authorsIn(subtree)))
                .param("subtree", subtree.path()).param("from", from.atDay(1)).param("to", to.atDay(1))
                .query((rs, n) -> byAuthor.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new CubeRow(monthIndex(rs.getString(2)), monthIndex(rs.getString(3)), (Long) rs.getObject(4), rs.getBoolean(5), rs.getBoolean(6),
                                rs.getBoolean(7) ? 1 : 0, rs.getBoolean(8) ? 1 : 0, rs.getBoolean(9) ? 1 : 0)))
                .list();
        return byAuthor;
    }

    /**
     * The tally's rows written by the units of the subtree: no condition for the whole tree, whose
     * semi-join with its 5,000 units cost a fifth of the national cube.
     */
    private static String authorsIn(UnitRef subtree) {
        return subtree.ancestorIds().size() == 1 ? "true" : "t.author_unit_id in (select u.id from unit u where u.path like :subtree || '%')";
    }

    /**
     * "2026-07-01" as PostgreSQL writes a date, to year × 12 + month − 1, read by hand: converting in
     * SQL (extract) cost 75 ms on the country's year, a LocalDate per row more garbage.
     */
    private static int monthIndex(String date) {
        return Integer.parseInt(date, 0, 4, 10) * 12 + Integer.parseInt(date, 5, 7, 10) - 1;
    }

    private static YearMonth month(ResultSet rs, int column) throws SQLException {
        LocalDate first = rs.getObject(column, LocalDate.class);
        return YearMonth.of(first.getYear(), first.getMonth());
    }

    /** Each author's rows under every unit above it (the author included): a unit's rows are then one lookup. */
    private static Map<Long, List<List<CubeRow>>> byAncestor(List<UnitRef> units, Map<Long, List<CubeRow>> byAuthor) {
        Map<Long, List<List<CubeRow>>> byUnit = new HashMap<>();
        for (UnitRef author : units) {
            List<CubeRow> rows = byAuthor.get(author.id());
            if (rows != null) {
                author.ancestorIds().forEach(id -> byUnit.computeIfAbsent(id, k -> new ArrayList<>()).add(rows));
            }
        }
        return byUnit;
    }

    /** Months as an index (year × 12 + month − 1), read straight from SQL: a comparison of two ints. */
    private record CubeRow(int eventMonth, int submittedMonth, Long sectionId, boolean hasPhoto, boolean hasVideo, long submitted,
                           long accepted, long published) {

        boolean countsFor(QuotaRule rule, ReportingPeriod period) {
            int month = rule.countedBy() == CountedBy.EVENT_DATE ? eventMonth : submittedMonth;
            return month >= index(period.firstMonth()) && month <= index(period.lastMonth()) && rule.counts(sectionId, hasPhoto, hasVideo);
        }

        private static int index(YearMonth month) {
            return month.getYear() * 12 + month.getMonthValue() - 1;
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
                        where t.submitted_month between :from and :to and %s
                        group by 1""".formatted(authorsIn(subtree)))
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
            if (!rule.holds(unit) || !rule.appliesIn(current)) {
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
