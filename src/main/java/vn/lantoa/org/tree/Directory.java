package vn.lantoa.org.tree;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.org.DepartmentRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

@Component
@Transactional(readOnly = true)
class Directory implements OrgDirectory {

    private final UnitRepository units;
    private final DepartmentRepository departments;

    Directory(UnitRepository units, DepartmentRepository departments) {
        this.units = units;
        this.departments = departments;
    }

    @Override
    public Optional<UnitRef> unit(long id) {
        return units.findById(id).map(Unit::ref);
    }

    @Override
    public Optional<UnitRef> root() {
        return units.findFirstByParentIdIsNullOrderById().map(Unit::ref);
    }

    @Override
    public Optional<UnitRef> unitByCode(String code) {
        return units.findByCode(code).map(Unit::ref);
    }

    @Override
    public List<UnitRef> units(Collection<Long> ids) {
        return units.findAllById(ids).stream().map(Unit::ref).toList();
    }

    @Override
    public Optional<DepartmentRef> department(long id) {
        return departments.findById(id).map(Department::ref);
    }

    @Override
    public List<DepartmentRef> departmentsOf(long unitId) {
        return departments.findByUnitIdOrderByName(unitId).stream().map(Department::ref).toList();
    }

    @Override
    public List<UnitRef> childrenOf(long unitId) {
        return units.findByParentIdOrderByNameFolded(unitId).stream().map(Unit::ref).toList();
    }
}
