package vn.lantoa.org;

/** A department (Ban chuyên môn) as other modules see it. */
public record DepartmentRef(long id, long unitId, String code, String name, boolean editorial) {
}
