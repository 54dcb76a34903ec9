package vn.lantoa.search;

import java.time.Instant;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the
 * {@code <mark>} tags around the matched words are markup: safe to write unescaped into a page.
 */
public record SearchHit(String key, String url, String titleHtml, String snippetHtml, String sectionName, String unitName,
                        Instant publishedAt, String imageUrl) {
}
