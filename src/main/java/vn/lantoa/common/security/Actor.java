package vn.lantoa.common.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person behind a request, as every module sees them: who they are and which roles they hold
 * where. All scope rules are answered here so that no controller re-invents them.
 */
public interface Actor {

    long accountId();

    String username();

    String displayName();

    List<Grant> grants();

    default boolean holds(Role role) {
        return grants().stream().anyMatch(g -> g.role() == role);
    }

    /** Whether one of the given roles is held on a unit that contains the given unit path. */
    default boolean may(String unitPath, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants().stream().anyMatch(g -> wanted.contains(g.role()) && g.covers(unitPath));
    }

    /** Whether any role at all is held over the given unit: the minimum to see it. */
    default boolean sees(String unitPath) {
        return grants().stream().anyMatch(g -> g.covers(unitPath));
    }

    default boolean headsDepartment(long departmentId) {
        return grants().stream().anyMatch(g -> g.role() == Role.DEPARTMENT_HEAD
                && g.departmentId() != null && g.departmentId() == departmentId);
    }

    default boolean belongsToDepartment(long departmentId) {
        return grants().stream().anyMatch(g -> g.role().needsDepartment()
                && g.departmentId() != null && g.departmentId() == departmentId);
    }

    /** The roots of the subtrees this actor sees, without roots nested in other roots. */
    default List<Grant> visibleRoots() {
        return outermost(grants());
    }

    default List<Grant> rootsFor(Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return outermost(grants().stream().filter(g -> wanted.contains(g.role())).toList());
    }

    default Optional<Grant> grantOn(long unitId, Role role) {
        return grants().stream().filter(g -> g.unitId() == unitId && g.role() == role).findFirst();
    }

    private static List<Grant> outermost(Collection<Grant> grants) {
        Map<String, Grant> byPath = new LinkedHashMap<>();
        grants.stream()
                .filter(g -> grants.stream().noneMatch(o -> o.unitPath().length() < g.unitPath().length() && o.covers(g.unitPath())))
                .forEach(g -> byPath.putIfAbsent(g.unitPath(), g));
        return List.copyOf(byPath.values());
    }
}
