package vn.lantoa.accounts.internal;

import jakarta.validation.constraints.NotNull;
import vn.lantoa.common.security.Role;

/** A role to grant on a unit, and for department roles the department. */
public class GrantForm {

    @NotNull(message = "{validation.required}")
    private Role role;

    @NotNull(message = "{validation.required}")
    private Long unitId;

    private Long departmentId;

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
}
