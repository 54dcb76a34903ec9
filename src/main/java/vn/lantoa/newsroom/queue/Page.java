package vn.lantoa.newsroom.queue;

import java.util.List;

/** A page of rows and how many there are in all. */
public record Page<T>(List<T> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
