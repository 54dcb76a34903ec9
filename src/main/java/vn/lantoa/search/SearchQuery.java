package vn.lantoa.search;

import java.time.LocalDate;

/**
 * A question to the index. {@code text} is what a reader typed, untrusted and of any length (quoted
 * phrases are kept; blank means "newest first"). Filters are optional: a section, a unit subtree given
 * by a path prefix such as "/1/25/", and publication dates {@code from}–{@code to}, inclusive, as days
 * in Vietnam (Asia/Ho_Chi_Minh). {@code page} counts from 0; {@code size} is capped at
 * {@value #MAX_SIZE}.
 */
public record SearchQuery(String text, Long sectionId, String unitPath, LocalDate from, LocalDate to, int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;

    /** The first page of plain text search, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(text, sectionId, unitPath, from, to, page, size);
    }
}
