package vn.lantoa.channels;

import java.time.YearMonth;

/** The participation of a unit's cadres on the provincial page, for other modules (emulation may score it). */
public interface CadreParticipation {

    /** The share of the unit's subtree for the month; an unknown unit has no cadres. */
    ParticipationShare share(long unitId, YearMonth month);
}
