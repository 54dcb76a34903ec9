package vn.lantoa.common.security;

/**
 * What an account may do. A role is always granted on one unit and holds for that unit's whole
 * subtree; the two department roles are also tied to one department of that unit.
 */
public enum Role {
    ADMIN,
    LEADERSHIP,
    EDITOR,
    DEPARTMENT_HEAD,
    DEPARTMENT_STAFF,
    UNIT_OFFICER,
    MODERATOR;

    public boolean needsDepartment() {
        return this == DEPARTMENT_HEAD || this == DEPARTMENT_STAFF;
    }
}
