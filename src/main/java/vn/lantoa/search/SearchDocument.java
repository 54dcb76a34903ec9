package vn.lantoa.search;

import java.time.Instant;

/**
 * What the portal puts into the index: one published story (or page). {@code key} names it for good,
 * e.g. "story:123", so that indexing it again replaces it. {@code bodyText} is plain text, without
 * markup; {@code unitPath} is the materialized path of the unit, "/1/25/300/", for subtree filters.
 */
public record SearchDocument(String key, String title, String summary, String bodyText, String url,
                             Long sectionId, String sectionName, Long unitId, String unitName, String unitPath,
                             Instant publishedAt, String imageUrl) {
}
