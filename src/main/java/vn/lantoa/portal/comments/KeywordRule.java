package vn.lantoa.portal.comments;

/**
 * A word or phrase the moderators of a site watch for. With matchDiacritics, "tin giả" matches only
 * "tin giả" (any case); without, it also matches "tin gia" and "TIN GIA". Matches are whole words.
 */
public record KeywordRule(long id, long siteId, String phrase, boolean matchDiacritics, Category category, Action action,
                          boolean active) {

    /** Why the words are watched. */
    public enum Category { HOSTILE, FALSE_INFORMATION, SPAM }

    /** FLAG: to the queue, on top and marked. REJECT: rejected at once (plain spam), still visible to moderators. */
    public enum Action { FLAG, REJECT }

    /** How a match is remembered on the comment: "HOSTILE:phản động". */
    public String label() {
        return category + ":" + phrase;
    }
}
