package vn.lantoa.accountability.quota;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accountability.compliance.ComplianceSettings;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.SectionRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Where a union's admins write its quota rules: who may (ADMIN of a province, or of the central
 * union for national rules), the checks every rule passes (with each wrong field named, in
 * Vietnamese), no two rules holding a unit to the same count ({@link RuleOverlap}), optimistic
 * locking on the version, and an audit entry for each change. Also the union's reminder days.
 */
@Service
@Transactional
public class QuotaRuleDesk {

    public static final int MAX_MIN_COUNT = 10_000;
    private static final int OPTION_LIMIT = 30;

    private final JdbcClient jdbc;
    private final QuotaRuleQueries rules;
    private final OrgDirectory org;
    private final PublishedStories newsroom;
    private final ComplianceSettings settings;
    private final AuditLog audit;

    QuotaRuleDesk(JdbcClient jdbc, QuotaRuleQueries rules, OrgDirectory org, PublishedStories newsroom, ComplianceSettings settings,
                  AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.org = org;
        this.newsroom = newsroom;
        this.settings = settings;
        this.audit = audit;
    }

    /** The unions whose rules this person writes: provinces (and the central union) under their ADMIN grants. */
    @Transactional(readOnly = true)
    public List<UnitRef> unions(Actor actor) {
        Set<UnitRef> unions = new LinkedHashSet<>();
        for (Grant grant : actor.rootsFor(Role.ADMIN)) {
            UnitRef unit = org.unit(grant.unitId()).orElse(null);
            if (unit == null) {
                continue;
            }
            if (unit.level() == UnitLevel.PROVINCE) {
                unions.add(unit);
            } else if (unit.level() == UnitLevel.CENTRAL) {
                unions.add(unit);
                org.childrenOf(unit.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE && u.active())
                        .sorted(Comparator.comparing(UnitRef::name)).forEach(unions::add);
            }
        }
        return List.copyOf(unions);
    }

    /** The union asked for (the first one by default): 403 for someone who writes no rules, 404 for a union out of reach. */
    @Transactional(readOnly = true)
    public UnitRef union(Actor actor, Long unionId) {
        List<UnitRef> unions = unions(actor);
        if (unions.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unionId == null) {
            return unions.get(0);
        }
        return unions.stream().filter(u -> u.id() == unionId).findFirst().orElseThrow(() -> new NotFound("quotaRule.union.notFound"));
    }

    /** A rule of a union this person administers; 404 otherwise. */
    @Transactional(readOnly = true)
    public QuotaRule rule(Actor actor, long id) {
        List<UnitRef> unions = unions(actor);
        if (unions.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        return rules.find(id).filter(r -> unions.stream().anyMatch(u -> u.id() == r.ownerUnitId()))
                .orElseThrow(() -> new NotFound("quotaRule.notFound"));
    }

    public long create(Actor actor, long unionId, RuleForm form) {
        UnitRef union = union(actor, unionId);
        Checked rule = check(union, form, 0);
        long id = jdbc.sql("""
                insert into quota_rule (owner_unit_id, name, target_level, measure, section_id, media_required, min_count, period,
                                        counted_by, share_percent, valid_from, valid_until, preset, created_by)
                values (:owner, :name, :level, :measure, :section, :media, :min, :period, :countedBy, :share, :from, :until, :preset, :by)
                returning id""")
                .params(rule.params()).param("owner", union.id()).param("by", actor.accountId())
                .query(Long.class).single();
        writeUnits(id, rule.unitIds());
        audit.record(AuditEntry.of("quotaRule.created", "quotaRule", id, rule.name(), union.path(), rule.describe()));
        return id;
    }

    public void update(Actor actor, long id, RuleForm form) {
        QuotaRule old = rule(actor, id);
        UnitRef union = org.unit(old.ownerUnitId()).orElseThrow();
        Checked rule = check(union, form, id);
        int changed = jdbc.sql("""
                update quota_rule set name = :name, target_level = :level, measure = :measure, section_id = :section,
                       media_required = :media, min_count = :min, period = :period, counted_by = :countedBy, share_percent = :share,
                       valid_from = :from, valid_until = :until, preset = :preset, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(rule.params()).param("id", id).param("version", form.getVersion()).update();
        if (changed == 0) {
            throw new Conflict("version", "quotaRule.error.stale");
        }
        jdbc.sql("delete from quota_rule_unit where rule_id = :id").param("id", id).update();
        writeUnits(id, rule.unitIds());
        audit.record(AuditEntry.of("quotaRule.updated", "quotaRule", id, rule.name(), union.path(), rule.describe()));
    }

    /** Switches a rule off (it no longer holds anyone; its history stays). */
    public void deactivate(Actor actor, long id, Long version) {
        QuotaRule rule = rule(actor, id);
        int changed = jdbc.sql("""
                update quota_rule set active = false, version = version + 1, updated_at = now()
                where id = :id and (cast(:version as bigint) is null or version = :version)""")
                .param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new Conflict("version", "quotaRule.error.stale");
        }
        UnitRef union = org.unit(rule.ownerUnitId()).orElseThrow();
        audit.record(AuditEntry.of("quotaRule.deactivated", "quotaRule", id, rule.name(), union.path(), null));
    }

    /** How many days before a period ends units short of a quota count as at risk and are reminded (1–60). */
    public int setReminderDays(Actor actor, long unionId, String days) {
        UnitRef union = union(actor, unionId);
        Integer value = integer(days).filter(d -> d >= 1 && d <= 60)
                .orElseThrow(() -> new InvalidInput("reminderDays", "quotaRule.error.reminderDays", days == null ? "" : days));
        settings.setRiskDays(union.id(), value);
        audit.record(AuditEntry.of("quotaRule.reminderDays", "unit", union.id(), union.name(), union.path(), "days=" + value));
        return value;
    }

    /** Active units of the union's subtree (the union itself left out) whose name or code holds the text, diacritics optional. */
    @Transactional(readOnly = true)
    public List<UnitRef> unitOptions(UnitRef union, String query) {
        String folded = VietnameseText.fold(query == null ? "" : query);
        if (folded.isBlank()) {
            return List.of();
        }
        String like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select id, code, name, level, path, active from unit
                        where active and path like :path || '%' and id <> :union
                          and (name_folded like :q escape '\\' or lower(code) like :q escape '\\')
                        order by depth, name_folded limit :limit""")
                .param("path", union.path()).param("union", union.id()).param("q", like).param("limit", OPTION_LIMIT)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** The levels a union's rule may hold: those below it. */
    public static List<UnitLevel> levelsUnder(UnitRef union) {
        return Arrays.stream(UnitLevel.values()).filter(l -> l.ordinal() > union.level().ordinal()).toList();
    }

    // --- checks -------------------------------------------------------------------------------------

    private record Checked(String name, UnitLevel level, List<Long> unitIds, Measure measure, Long sectionId, MediaRequirement media,
                           int minCount, PeriodKind period, CountedBy countedBy, Integer share, LocalDate from, LocalDate until,
                           String preset) {

        Map<String, Object> params() {
            Map<String, Object> p = new java.util.HashMap<>();
            p.put("name", name);
            p.put("level", level == null ? null : level.name());
            p.put("measure", measure.name());
            p.put("section", sectionId);
            p.put("media", media.name());
            p.put("min", minCount);
            p.put("period", period.name());
            p.put("countedBy", countedBy.name());
            p.put("share", share);
            p.put("from", from);
            p.put("until", until);
            p.put("preset", preset);
            return p;
        }

        String describe() {
            return (level != null ? level.name() : "units=" + unitIds) + ", " + measure + ", min=" + minCount + "/" + period + ", " + countedBy
                    + (sectionId != null ? ", section=" + sectionId : "") + (media != MediaRequirement.NONE ? ", media=" + media : "")
                    + (share != null ? ", share=" + share + "%" : "") + ", " + from + "–" + (until == null ? "" : until);
        }
    }

    private Checked check(UnitRef union, RuleForm form, long id) {
        List<RuleRefused.Problem> problems = new ArrayList<>();
        String name = form.getName().strip();
        if (name.isEmpty()) {
            problems.add(new RuleRefused.Problem("name", "validation.required"));
        } else if (name.length() > 200) {
            problems.add(new RuleRefused.Problem("name", "quotaRule.error.name.long", 200));
        }
        Optional<Integer> min = integer(form.getMinCount());
        if (min.isEmpty()) {
            problems.add(new RuleRefused.Problem("minCount", "quotaRule.error.minCount.number", form.getMinCount()));
        } else if (min.get() <= 0) {
            problems.add(new RuleRefused.Problem("minCount", "quotaRule.error.minCount.positive", form.getMinCount()));
        } else if (min.get() > MAX_MIN_COUNT) {
            problems.add(new RuleRefused.Problem("minCount", "quotaRule.error.minCount.max", MAX_MIN_COUNT));
        }
        Integer share = null;
        if (!form.getSharePercent().isBlank()) {
            Optional<Integer> parsed = integer(form.getSharePercent()).filter(s -> s >= 1 && s <= 100);
            if (parsed.isEmpty()) {
                problems.add(new RuleRefused.Problem("sharePercent", "quotaRule.error.share", form.getSharePercent()));
            } else {
                share = parsed.get();
            }
        }
        LocalDate from = date(form.getValidFrom(), "validFrom", true, problems);
        LocalDate until = date(form.getValidUntil(), "validUntil", false, problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new RuleRefused.Problem("validUntil", "quotaRule.error.until"));
        }
        if (form.getMeasure() == null) {
            problems.add(new RuleRefused.Problem("measure", "validation.required"));
        }
        if (form.getPeriod() == null) {
            problems.add(new RuleRefused.Problem("period", "validation.required"));
        }
        if (form.getCountedBy() == null) {
            problems.add(new RuleRefused.Problem("countedBy", "validation.required"));
        }
        MediaRequirement media = form.getMedia() == null ? MediaRequirement.NONE : form.getMedia();
        if (form.getSectionId() != null && newsroom.sections().stream().map(SectionRef::id).noneMatch(form.getSectionId()::equals)) {
            problems.add(new RuleRefused.Problem("sectionId", "quotaRule.error.section"));
        }
        UnitLevel level = null;
        List<UnitRef> units = List.of();
        if (form.namesUnits()) {
            List<Long> ids = form.getUnitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
            if (ids.isEmpty()) {
                problems.add(new RuleRefused.Problem("unitIds", "quotaRule.error.target.none"));
            } else {
                units = org.units(ids);
                List<String> outside = new ArrayList<>();
                Map<Long, UnitRef> byId = units.stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
                for (Long unitId : ids) {
                    UnitRef unit = byId.get(unitId);
                    if (unit == null || unit.id() == union.id() || !unit.path().startsWith(union.path())) {
                        outside.add(unit == null ? "#" + unitId : unit.name());
                    }
                }
                if (!outside.isEmpty()) {
                    problems.add(new RuleRefused.Problem("unitIds", "quotaRule.error.units.outside", String.join(", ", outside), union.name()));
                }
            }
        } else if (form.getLevel() == null) {
            problems.add(new RuleRefused.Problem("level", "quotaRule.error.target.none"));
        } else if (!levelsUnder(union).contains(form.getLevel())) {
            problems.add(new RuleRefused.Problem("level", "quotaRule.error.level.notUnder", union.name()));
        } else {
            level = form.getLevel();
        }
        if (problems.isEmpty()) {
            RuleOverlap.Shape shape = new RuleOverlap.Shape(id, name, union.path(), level,
                    units.stream().map(u -> new RuleOverlap.Held(u.id(), u.level(), u.path())).toList(), form.getMeasure(),
                    form.getSectionId(), media, form.getPeriod(), from, until, true);
            RuleOverlap.firstClash(shape, shapesNear(union)).ifPresent(other ->
                    problems.add(new RuleRefused.Problem(form.namesUnits() ? "unitIds" : "level", "quotaRule.error.overlap", other.name(),
                            other.validFrom().toString(), other.validUntil() == null ? "…" : other.validUntil().toString())));
        }
        if (!problems.isEmpty()) {
            throw new RuleRefused(problems);
        }
        return new Checked(name, level, units.stream().map(UnitRef::id).toList(), form.getMeasure(), form.getSectionId(), media,
                min.orElseThrow(), form.getPeriod(), form.getCountedBy(), share, from, until,
                QuotaPreset.of(form.getPreset()).map(QuotaPreset::code).orElse(null));
    }

    /** The active rules of this union, of the unions above it and of those inside it, as the overlap reads them. */
    private List<RuleOverlap.Shape> shapesNear(UnitRef union) {
        return jdbc.sql("""
                        select r.id, r.name, o.path as owner_path, r.target_level, r.measure, r.section_id, r.media_required, r.period,
                               r.valid_from, r.valid_until, r.active,
                               array(select u.id || ':' || u.level || ':' || u.path from quota_rule_unit ru join unit u on u.id = ru.unit_id
                                     where ru.rule_id = r.id) as units
                        from quota_rule r join unit o on o.id = r.owner_unit_id
                        where r.active and (:path like o.path || '%' or o.path like :path || '%')""")
                .param("path", union.path())
                .query((rs, n) -> new RuleOverlap.Shape(rs.getLong("id"), rs.getString("name"), rs.getString("owner_path"),
                        rs.getString("target_level") == null ? null : UnitLevel.valueOf(rs.getString("target_level")),
                        held(rs.getArray("units")), Measure.valueOf(rs.getString("measure")), (Long) rs.getObject("section_id"),
                        MediaRequirement.valueOf(rs.getString("media_required")), PeriodKind.valueOf(rs.getString("period")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class), rs.getBoolean("active")))
                .list();
    }

    private static List<RuleOverlap.Held> held(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(s -> s.split(":", 3))
                .map(p -> new RuleOverlap.Held(Long.parseLong(p[0]), UnitLevel.valueOf(p[1]), p[2])).toList();
    }

    private void writeUnits(long ruleId, List<Long> unitIds) {
        for (Long unitId : unitIds) {
            jdbc.sql("insert into quota_rule_unit (rule_id, unit_id) values (:rule, :unit)").param("rule", ruleId).param("unit", unitId).update();
        }
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text, String field, boolean required, List<RuleRefused.Problem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new RuleRefused.Problem(field, "validation.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new RuleRefused.Problem(field, "quotaRule.error.date", text));
            return null;
        }
    }
}
