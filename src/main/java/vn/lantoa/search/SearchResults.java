package vn.lantoa.search;

import java.util.List;

/**
 * One page of results. {@code total} counts all matches; {@code page} and {@code size} are the ones
 * actually used (size capped); {@code correctedText} is the query as it was run after cleaning (cut
 * to length, spaces collapsed), which may equal what was typed.
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, String correctedText) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public int pages() {
        return size <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
