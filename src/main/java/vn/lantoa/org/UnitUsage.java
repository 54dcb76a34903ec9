package vn.lantoa.org;

/**
 * Implemented by modules that keep records of a unit (accounts, stories, reports). A unit that any
 * of them still uses has history and can only be deactivated, never deleted.
 */
public interface UnitUsage {

    boolean isUsed(long unitId);
}
