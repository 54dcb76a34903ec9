package vn.lantoa.org;

/** A unit as other modules see it. */
public record UnitRef(long id, String code, String name, UnitLevel level, String path, boolean active) {

    /** The ids on the materialized path ("/1/7/42/"), this unit's included. */
    public java.util.List<Long> ancestorIds() {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** Whether this unit is the unit with that id or lies below it: its id is on the path. */
    public boolean isWithin(long unitId) {
        return path.contains("/" + unitId + "/");
    }
}
