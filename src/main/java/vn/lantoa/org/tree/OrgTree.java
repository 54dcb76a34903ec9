package vn.lantoa.org.tree;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitMoved;
import vn.lantoa.org.UnitUsage;

/** Changes to the tree: every one checks the actor's scope, keeps the paths right and is audited. */
@Service
@Transactional
public class OrgTree {

    private final UnitRepository units;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<UnitUsage> usages;
    private final ApplicationEventPublisher events;

    OrgTree(UnitRepository units, JdbcClient jdbc, AuditLog audit, List<UnitUsage> usages, ApplicationEventPublisher events) {
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.usages = usages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Unit get(Actor actor, long id) {
        Unit unit = load(id);
        UnitPermissions.requireVisible(actor, unit);
        return unit;
    }

    public Unit create(Actor actor, UnitForm form) {
        if (form.getParentId() == null) {
            throw new InvalidInput("parentId", "validation.required");
        }
        Unit parent = load(form.getParentId());
        UnitPermissions.requireManage(actor, parent);
        requireFreeCode(form.getCode(), null);
        long id = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
        Unit unit = new Unit(id, form.getCode(), form.getName(), form.getLevel(), parent);
        unit.recordFigures(form.getMembers(), form.getWomen(), form.getCountedOn());
        units.saveAndFlush(unit);
        record("UNIT_CREATED", unit, null);
        return unit;
    }

    /** Admins change everything; a unit's officers only its membership figures. */
    public Unit update(Actor actor, long id, UnitForm form) {
        Unit unit = load(id);
        UnitPermissions.requireRecordFigures(actor, unit);
        boolean renames = !unit.getCode().equals(form.getCode().trim()) || !unit.getName().equals(form.getName().trim());
        if (renames) {
            UnitPermissions.requireManage(actor, unit);
            requireFreeCode(form.getCode(), unit.getId());
            unit.rename(form.getCode(), form.getName());
        }
        unit.recordFigures(form.getMembers(), form.getWomen(), form.getCountedOn());
        units.flush();
        record("UNIT_UPDATED", unit, describe(form));
        return unit;
    }

    public Unit move(Actor actor, long id, long newParentId) {
        Unit unit = load(id);
        UnitPermissions.requireManage(actor, unit);
        Unit newParent = load(newParentId);
        UnitPermissions.requireManage(actor, newParent);
        String oldPath = unit.getPath();
        int oldDepth = unit.getDepth();
        String oldParentName = unit.getParentId() == null ? "" : load(unit.getParentId()).getName();
        unit.moveUnder(newParent);
        units.flush();
        int depthShift = unit.getDepth() - oldDepth;
        jdbc.sql("""
                update unit set path = :newPath || substring(path from :cut), depth = depth + :shift, updated_at = now()
                where path like :oldPath || '%' and path <> :oldPath
                """)
                .param("newPath", unit.getPath())
                .param("cut", oldPath.length() + 1)
                .param("shift", depthShift)
                .param("oldPath", oldPath)
                .update();
        events.publishEvent(new UnitMoved(unit.getId(), oldPath, unit.getPath()));
        record("UNIT_MOVED", unit, oldParentName + " → " + newParent.getName());
        return unit;
    }

    /** Deactivates the unit and everything under it; their history stays. */
    public int deactivate(Actor actor, long id) {
        Unit unit = load(id);
        UnitPermissions.requireManage(actor, unit);
        if (unit.getParentId() == null) {
            throw new InvalidInput("active", "unit.error.rootDeactivate");
        }
        int changed = jdbc.sql("update unit set active = false, updated_at = now(), version = version + 1 where path like :path || '%' and active")
                .param("path", unit.getPath())
                .update();
        record("UNIT_DEACTIVATED", unit, String.valueOf(changed));
        return changed;
    }

    public Unit activate(Actor actor, long id) {
        Unit unit = load(id);
        UnitPermissions.requireManage(actor, unit);
        unit.activate(unit.getParentId() == null ? null : load(unit.getParentId()));
        units.flush();
        record("UNIT_ACTIVATED", unit, null);
        return unit;
    }

    /** Only a leaf that nothing refers to may disappear; anything else is deactivated instead. */
    public void delete(Actor actor, long id) {
        Unit unit = load(id);
        UnitPermissions.requireManage(actor, unit);
        if (!isDeletable(unit)) {
            throw new Conflict("active", "unit.error.hasHistory");
        }
        record("UNIT_DELETED", unit, null);
        units.delete(unit);
    }

    @Transactional(readOnly = true)
    public boolean isDeletable(Unit unit) {
        return unit.getParentId() != null
                && !units.existsByParentId(unit.getId())
                && jdbc.sql("select count(*) from department where unit_id = ?").param(unit.getId()).query(Long.class).single() == 0
                && usages.stream().noneMatch(u -> u.isUsed(unit.getId()));
    }

    private void requireFreeCode(String code, Long exceptId) {
        units.findByCode(code.trim())
                .filter(other -> !other.getId().equals(exceptId))
                .ifPresent(other -> {
                    throw new Conflict("code", "unit.error.duplicateCode", code.trim(), other.getName());
                });
    }

    Unit load(long id) {
        return units.findById(id).orElseThrow(() -> new NotFound("unit.error.notFound"));
    }

    private void record(String action, Unit unit, String details) {
        audit.record(AuditEntry.of(action, "UNIT", unit.getId(), unit.getCode() + " · " + unit.getName(), unit.getPath(), details));
    }

    private static String describe(UnitForm form) {
        return "members=" + form.getMembers() + ", women=" + form.getWomen() + ", countedOn=" + form.getCountedOn();
    }
}
