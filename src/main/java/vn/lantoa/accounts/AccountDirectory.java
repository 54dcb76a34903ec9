package vn.lantoa.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.common.security.Role;

/** Read access to accounts for other modules: who someone is, and who holds a role over a unit. */
public interface AccountDirectory {

    Optional<AccountRef> account(long id);

    Map<Long, AccountRef> accounts(Collection<Long> ids);

    /** Enabled accounts holding one of the roles on the unit with this path or on one of its ancestors. */
    List<AccountRef> holdersOver(String unitPath, Set<Role> roles);

    /** Enabled accounts holding one of the roles on this very unit (not on the units above it). */
    List<AccountRef> holdersOn(long unitId, Set<Role> roles);

    /** Enabled accounts holding one of the department roles in this department. */
    List<AccountRef> membersOfDepartment(long departmentId, Set<Role> roles);

    /**
     * Enabled accounts holding one of the department roles in this department on the unit with this
     * path or on one of its ancestors: the department heads whose grant covers a unit.
     */
    List<AccountRef> departmentHoldersOver(long departmentId, String unitPath, Set<Role> roles);
}
