package vn.lantoa.org;

import java.util.List;
import java.util.Optional;

/** Read access to the tree for other modules. */
public interface OrgDirectory {

    Optional<UnitRef> unit(long id);

    /** The unit at the top of the tree (the central union in a national installation); empty before the first import. */
    Optional<UnitRef> root();

    Optional<UnitRef> unitByCode(String code);

    List<UnitRef> units(java.util.Collection<Long> ids);

    Optional<DepartmentRef> department(long id);

    List<DepartmentRef> departmentsOf(long unitId);

    List<UnitRef> childrenOf(long unitId);

    /** The unit and its ancestors, from the root down. */
    default List<UnitRef> lineage(long unitId) {
        return unit(unitId).map(unit -> units(unit.ancestorIds()).stream()
                        .sorted(java.util.Comparator.comparingInt(u -> u.path().length())).toList())
                .orElse(List.of());
    }

    /** The province (or city) union a unit belongs to; the unit itself when it is one. */
    default Optional<UnitRef> provinceOf(long unitId) {
        return lineage(unitId).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst();
    }
}
