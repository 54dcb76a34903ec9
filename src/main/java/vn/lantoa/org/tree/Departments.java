package vn.lantoa.org.tree;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.NotFound;

/** Departments of a unit: admins of the unit manage them, a department's head edits their own. */
@Service
@Transactional
public class Departments {

    private final DepartmentRepository departments;
    private final OrgTree tree;
    private final AuditLog audit;

    Departments(DepartmentRepository departments, OrgTree tree, AuditLog audit) {
        this.departments = departments;
        this.tree = tree;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Department> of(Actor actor, long unitId) {
        tree.get(actor, unitId);
        return departments.findByUnitIdOrderByName(unitId);
    }

    @Transactional(readOnly = true)
    public Department get(Actor actor, long id) {
        Department department = load(id);
        UnitPermissions.requireViewDepartment(actor, tree.load(department.getUnitId()), department);
        return department;
    }

    public Department create(Actor actor, long unitId, DepartmentForm form) {
        Unit unit = tree.load(unitId);
        UnitPermissions.requireManage(actor, unit);
        requireFreeCode(unitId, form.getCode(), null);
        Department department = departments.saveAndFlush(
                new Department(unitId, form.getCode(), form.getName(), form.isEditorial(), form.getEmail()));
        record("DEPARTMENT_CREATED", unit, department);
        return department;
    }

    public Department update(Actor actor, long id, DepartmentForm form) {
        Department department = load(id);
        Unit unit = tree.load(department.getUnitId());
        UnitPermissions.requireEditDepartment(actor, unit, department);
        requireFreeCode(unit.getId(), form.getCode(), id);
        boolean editorial = UnitPermissions.canManage(actor, unit) ? form.isEditorial() : department.isEditorial();
        department.update(form.getCode(), form.getName(), editorial, form.getEmail());
        departments.flush();
        record("DEPARTMENT_UPDATED", unit, department);
        return department;
    }

    public Department setActive(Actor actor, long id, boolean active) {
        Department department = load(id);
        Unit unit = tree.load(department.getUnitId());
        UnitPermissions.requireViewDepartment(actor, unit, department);
        UnitPermissions.requireManage(actor, unit);
        department.setActive(active);
        departments.flush();
        record(active ? "DEPARTMENT_ACTIVATED" : "DEPARTMENT_DEACTIVATED", unit, department);
        return department;
    }

    private void requireFreeCode(long unitId, String code, Long exceptId) {
        if (departments.codeTaken(unitId, code.trim(), exceptId)) {
            throw new Conflict("code", "department.error.duplicateCode", code.trim());
        }
    }

    private Department load(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFound("department.error.notFound"));
    }

    private void record(String action, Unit unit, Department department) {
        audit.record(AuditEntry.of(action, "DEPARTMENT", department.getId(), department.getName() + " · " + unit.getName(),
                unit.getPath(), null));
    }
}
