package vn.lantoa.channels.participation;

/**
 * A cadre as an interaction list is matched against them.
 *
 * @param nameKey        their name, folded
 * @param profileKey     the key of their declared profile address, or null
 * @param profileNameKey the name they said they use on Facebook, folded ("" when none)
 */
public record MatchCandidate(long id, String fullName, String unitName, String nameKey, String profileKey, String profileNameKey) {
}
