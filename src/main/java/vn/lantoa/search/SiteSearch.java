package vn.lantoa.search;

import java.util.List;

/**
 * Full-text search over the published site, in Vietnamese with or without diacritics. The portal
 * feeds it; this module owns the stored documents and the index.
 */
public interface SiteSearch {

    /**
     * Inserts the document, or replaces the one with the same key. It is searchable as soon as the
     * caller's transaction commits, or at once when there is none.
     */
    void index(SearchDocument document);

    /** Removes the document with this key; nothing happens when there is none. */
    void remove(String key);

    /** Never fails on what a reader typed: any length, any characters, markup included. */
    SearchResults search(SearchQuery query);

    /**
     * Titles for "suggestions while typing": every word typed so far must match a word of the title,
     * the last one as a prefix, with or without diacritics; titles with the typed diacritics first.
     */
    List<Suggestion> suggest(String prefix, int limit);

    /** How many documents the index holds. */
    long documentCount();
}
