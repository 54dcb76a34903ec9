package vn.lantoa.org;

import java.util.List;
import java.util.Optional;

/** Read access to the tree for other modules. */
public interface OrgDirectory {

    Optional<UnitRef> unit(long id);

    Optional<UnitRef> unitByCode(String code);

    List<UnitRef> units(java.util.Collection<Long> ids);

    Optional<DepartmentRef> department(long id);

    List<DepartmentRef> departmentsOf(long unitId);
}
