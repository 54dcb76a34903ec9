package vn.lantoa.org;

/** A unit as other modules see it. */
public record UnitRef(long id, String code, String name, UnitLevel level, String path, boolean active) {
}
