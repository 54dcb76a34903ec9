package vn.lantoa.channels;

import java.time.YearMonth;

/**
 * How a unit's cadres (its subtree's) follow and interact with the provincial page in a month, against
 * seed 000's target of 100 % following.
 *
 * @param cadres       active cadres (staff accounts and roster entries)
 * @param following    those who follow a provincial page (declared, or seen interacting) by the month's end
 * @param interacting  those who interacted in the month
 * @param interactions their interactions in the month
 */
public record ParticipationShare(long unitId, YearMonth month, int cadres, int following, int interacting, long interactions) {

    public static final int TARGET_PERCENT = 100;

    /** Whole percent following, rounded down so that 99.6 % never shows as the target; 0 without cadres. */
    public int followingPercent() {
        return cadres == 0 ? 0 : (int) (following * 100L / cadres);
    }

    public int interactingPercent() {
        return cadres == 0 ? 0 : (int) (interacting * 100L / cadres);
    }

    /** Interactions per cadre in the month, one decimal. */
    public double interactionsPerCadre() {
        return cadres == 0 ? 0 : Math.round(interactions * 10.0 / cadres) / 10.0;
    }

    public boolean atTarget() {
        return cadres > 0 && following == cadres;
    }
}
