package vn.lantoa.accountability.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The monthly report forms, configured without code by the admins of the union that owns each one:
 * which levels report, the due day, and the fields (added, relabelled, reordered, switched off and on;
 * never deleted, so old reports keep their answers). The form of a unit is the one owned by its
 * nearest union at or above it.
 */
@Service
public class ReportForms {

    public static final int MAX_LABEL = 200;
    public static final int MAX_HELP = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReportForms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A field to add: its label, help text, kind and whether it must be filled before submitting. */
    public record NewField(String label, String help, FieldKind kind, boolean required) {
    }

    public Optional<ReportForm> find(long formId) {
        return jdbc.sql("select f.*, o.path as owner_path from report_form f join unit o on o.id = f.owner_unit_id where f.id = :id")
                .param("id", formId).query(this::form).optional();
    }

    public Optional<ReportForm> ownedBy(long unitId) {
        return jdbc.sql("select f.*, o.path as owner_path from report_form f join unit o on o.id = f.owner_unit_id where f.owner_unit_id = :id")
                .param("id", unitId).query(this::form).optional();
    }

    /** The form that applies to a unit: the one of its nearest union at or above it. */
    public Optional<ReportForm> applying(UnitRef unit) {
        return jdbc.sql("""
                select f.*, o.path as owner_path from report_form f join unit o on o.id = f.owner_unit_id
                where :path like o.path || '%' order by length(o.path) desc limit 1""")
                .param("path", unit.path()).query(this::form).optional();
    }

    /** The form for rolling up a subtree: the one applying to its root, else the first one owned inside it. */
    public Optional<ReportForm> forSubtree(UnitRef root) {
        return applying(root).or(() -> jdbc.sql("""
                select f.*, o.path as owner_path from report_form f join unit o on o.id = f.owner_unit_id
                where o.path like :path || '%' order by length(o.path), o.path limit 1""")
                .param("path", root.path()).query(this::form).optional());
    }

    /** Whether this unit writes monthly reports: a form applies to it and assigns its level. */
    public boolean reports(UnitRef unit) {
        return unit.active() && applying(unit).map(f -> f.assigns(unit.level())).orElse(false);
    }

    /** The levels a form owned by a unit of this level may assign: those below it. */
    public static List<UnitLevel> assignableLevels(UnitLevel ownerLevel) {
        return Arrays.stream(UnitLevel.values()).filter(l -> l.ordinal() > ownerLevel.ordinal()).toList();
    }

    @Transactional
    public ReportForm create(Actor actor, UnitRef owner) {
        requireAdmin(actor, owner.path());
        if (ownedBy(owner.id()).isPresent()) {
            throw new Conflict("form", "reportForm.error.exists");
        }
        Set<UnitLevel> levels = owner.level().childLevel().map(EnumSet::of).orElseGet(() -> EnumSet.of(UnitLevel.COMMUNE));
        long id = jdbc.sql("insert into report_form (owner_unit_id, assigned_levels, due_day) values (:owner, :levels, :due) returning id")
                .param("owner", owner.id()).param("levels", ReportForm.levelsText(levels)).param("due", ReportForm.DEFAULT_DUE_DAY)
                .query(Long.class).single();
        record(null, "REPORT_FORM_CREATED", id, owner, "");
        return find(id).orElseThrow();
    }

    /** A form with its fields for a demo or a new installation; no permission check (callers are loaders). */
    @Transactional
    public ReportForm seed(UnitRef owner, Set<UnitLevel> levels, int dueDay, List<NewField> fields, List<String> keys) {
        long id = jdbc.sql("insert into report_form (owner_unit_id, assigned_levels, due_day) values (:owner, :levels, :due) returning id")
                .param("owner", owner.id()).param("levels", ReportForm.levelsText(levels)).param("due", dueDay)
                .query(Long.class).single();
        for (int i = 0; i < fields.size(); i++) {
            NewField f = fields.get(i);
            insertField(id, keys.get(i), f, i + 1);
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public ReportForm updateSettings(Actor actor, long formId, Set<UnitLevel> levels, Integer dueDay, long version) {
        ReportForm form = editable(actor, formId);
        UnitLevel ownerLevel = ownerLevel(form);
        if (levels == null || levels.isEmpty()) {
            throw new InvalidInput("levels", "reportForm.error.levels");
        }
        if (!assignableLevels(ownerLevel).containsAll(levels)) {
            throw new InvalidInput("levels", "reportForm.error.levelBelow");
        }
        if (dueDay == null || dueDay < 1 || dueDay > 28) {
            throw new InvalidInput("dueDay", "reportForm.error.dueDay");
        }
        int changed = jdbc.sql("""
                update report_form set assigned_levels = :levels, due_day = :due, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("levels", ReportForm.levelsText(levels)).param("due", dueDay).param("id", formId).param("version", version)
                .update();
        if (changed == 0) {
            throw new Conflict("version", "report.error.stale");
        }
        record(null, "REPORT_FORM_CHANGED", formId, owner(form), "levels=" + ReportForm.levelsText(levels) + " dueDay=" + dueDay);
        return find(formId).orElseThrow();
    }

    @Transactional
    public ReportField addField(Actor actor, long formId, NewField field) {
        ReportForm form = editable(actor, formId);
        NewField clean = check(field, true);
        String key = FieldKeys.fromLabel(clean.label(), form.fields().stream().map(ReportField::key).toList());
        int position = form.fields().stream().mapToInt(ReportField::position).max().orElse(0) + 1;
        insertField(formId, key, clean, position);
        bump(formId);
        record(null, "REPORT_FIELD_ADDED", formId, owner(form), key + ": " + clean.label());
        return find(formId).orElseThrow().fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Transactional
    public void editField(Actor actor, long formId, long fieldId, NewField field) {
        ReportForm form = editable(actor, formId);
        ReportField existing = field(form, fieldId);
        NewField clean = check(new NewField(field.label(), field.help(), existing.kind(), field.required()), false);
        jdbc.sql("update report_field set label = :label, help = :help, required = :required where id = :id")
                .param("label", clean.label()).param("help", clean.help()).param("required", clean.required())
                .param("id", fieldId).update();
        bump(formId);
        record(null, "REPORT_FIELD_CHANGED", formId, owner(form), existing.key() + ": " + clean.label());
    }

    /** Moves a field one place up (-1) or down (+1) among all fields of its form. */
    @Transactional
    public void move(Actor actor, long formId, long fieldId, int direction) {
        ReportForm form = editable(actor, formId);
        List<ReportField> fields = form.fields();
        ReportField moving = field(form, fieldId);
        int index = fields.indexOf(moving);
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= fields.size()) {
            return;
        }
        ReportField swapped = fields.get(other);
        jdbc.sql("update report_field set position = :p where id = :id").param("p", swapped.position()).param("id", moving.id()).update();
        jdbc.sql("update report_field set position = :p where id = :id").param("p", moving.position()).param("id", swapped.id()).update();
        bump(formId);
    }

    @Transactional
    public void switchField(Actor actor, long formId, long fieldId, boolean active) {
        ReportForm form = editable(actor, formId);
        ReportField field = field(form, fieldId);
        jdbc.sql("update report_field set active = :active where id = :id").param("active", active).param("id", fieldId).update();
        bump(formId);
        record(null, active ? "REPORT_FIELD_ON" : "REPORT_FIELD_OFF", formId, owner(form), field.key());
    }

    /** The form if the actor may change it (an admin over its owner); 404 outside their sight, 403 without the role. */
    public ReportForm editable(Actor actor, long formId) {
        ReportForm form = find(formId).orElseThrow(() -> new NotFound("reportForm.error.notFound"));
        requireAdmin(actor, form.ownerPath());
        return form;
    }

    private static void requireAdmin(Actor actor, String path) {
        if (actor == null) {
            return;
        }
        if (!actor.sees(path)) {
            throw new NotFound("reportForm.error.notFound");
        }
        if (!actor.may(path, Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
    }

    private static NewField check(NewField field, boolean isNew) {
        String label = VietnameseText.clean(field.label());
        String help = field.help() == null ? "" : field.help().strip();
        if (label.isEmpty()) {
            throw new InvalidInput("label", "validation.required");
        }
        if (label.length() > MAX_LABEL) {
            throw new InvalidInput("label", "reportForm.error.labelTooLong", MAX_LABEL);
        }
        if (help.length() > MAX_HELP) {
            throw new InvalidInput("help", "reportForm.error.helpTooLong", MAX_HELP);
        }
        if (isNew && field.kind() == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        return new NewField(label, help, field.kind(), field.required());
    }

    private void insertField(long formId, String key, NewField field, int position) {
        jdbc.sql("""
                insert into report_field (form_id, key, label, help, kind, required, position)
                values (:form, :key, :label, :help, :kind, :required, :position)""")
                .param("form", formId).param("key", key).param("label", field.label()).param("help", field.help() == null ? "" : field.help())
                .param("kind", field.kind().name()).param("required", field.required()).param("position", position).update();
    }

    private void bump(long formId) {
        jdbc.sql("update report_form set updated_at = now(), version = version + 1 where id = :id").param("id", formId).update();
    }

    private static ReportField field(ReportForm form, long fieldId) {
        return form.fields().stream().filter(f -> f.id() == fieldId).findFirst()
                .orElseThrow(() -> new NotFound("reportForm.error.fieldNotFound"));
    }

    private UnitLevel ownerLevel(ReportForm form) {
        return UnitLevel.valueOf(jdbc.sql("select level from unit where id = :id").param("id", form.ownerUnitId()).query(String.class).single());
    }

    private UnitRef owner(ReportForm form) {
        return jdbc.sql("select id, code, name, level, path, active from unit where id = :id").param("id", form.ownerUnitId())
                .query((rs, n) -> new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        UnitLevel.valueOf(rs.getString("level")), rs.getString("path"), rs.getBoolean("active"))).single();
    }

    private void record(String systemActor, String action, long formId, UnitRef owner, String details) {
        AuditEntry entry = AuditEntry.of(action, "REPORT_FORM", formId, owner.name(), owner.path(), details);
        audit.record(systemActor == null ? entry : entry.bySystem(systemActor));
    }

    private ReportForm form(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Set<UnitLevel> levels = Arrays.stream(rs.getString("assigned_levels").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(UnitLevel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitLevel.class)));
        List<ReportField> fields = jdbc.sql("select * from report_field where form_id = :id order by position, id").param("id", id)
                .query((f, n) -> new ReportField(f.getLong("id"), f.getString("key"), f.getString("label"), f.getString("help"),
                        FieldKind.valueOf(f.getString("kind")), f.getBoolean("required"), f.getInt("position"), f.getBoolean("active")))
                .list();
        return new ReportForm(id, rs.getLong("owner_unit_id"), rs.getString("owner_path"), levels, rs.getInt("due_day"), fields,
                rs.getLong("version"));
    }
}
