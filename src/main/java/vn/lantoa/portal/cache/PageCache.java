package vn.lantoa.portal.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;
import vn.lantoa.newsroom.PublishedStoryRevised;
import vn.lantoa.newsroom.SectionsChanged;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.portal.site.PortalContentChanged;

/**
 * Rendered public pages kept in memory for anonymous readers, bounded in bytes, least recently used
 * out first. Any change readers could see empties it on this node at once (after the change commits)
 * and, through a generation number in PostgreSQL checked about once a second, on every other node.
 */
@Component
public class PageCache {

    /** A rendered page and the headers it went out with (security headers included), replayed on a hit. */
    record Page(int status, byte[] body, List<Map.Entry<String, String>> headers, String etag, Instant lastModified, long generation) {
    }

    private static final long CHECK_EVERY_MILLIS = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long maxBytes;
    private final Duration timeToLive;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicLong generation = new AtomicLong(-1);
    private long bytes;
    private volatile long checkedAt;

    PageCache(JdbcClient jdbc, Clock clock, @Value("${lantoa.portal.cache.max-size:64MB}") DataSize maxSize,
              @Value("${lantoa.portal.cache.time-to-live:60s}") Duration timeToLive) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
        this.timeToLive = timeToLive;
    }

    /** A cached page younger than the time to live: what changes without an event (view counts, most read) stays fresh enough. */
    Page get(String key) {
        followOtherNodes();
        synchronized (pages) {
            Page page = pages.get(key);
            if (page != null && page.lastModified().plus(timeToLive).isBefore(clock.instant())) {
                pages.remove(key);
                bytes -= page.body().length;
                return null;
            }
            return page;
        }
    }

    /** The generation a render starts in: a page rendered while content changed is not kept. */
    public long generation() {
        followOtherNodes();
        return generation.get();
    }

    void put(String key, Page page) {
        if (page.body().length > maxBytes / 16) {
            return;
        }
        synchronized (pages) {
            if (page.generation() != generation.get()) {
                return;
            }
            Page old = pages.put(key, page);
            bytes += page.body().length - (old == null ? 0 : old.body().length);
            var eldest = pages.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
    }

    int size() {
        synchronized (pages) {
            return pages.size();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(StoryEvent event) {
        if (event instanceof StoryEvent.Published || event instanceof StoryEvent.Unpublished) {
            invalidate();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PublishedStoryRevised event) {
        invalidate();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SectionsChanged event) {
        invalidate();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PortalContentChanged event) {
        invalidate();
    }

    /** Empties this node's cache and tells the others. */
    public void invalidate() {
        long next = jdbc.sql("update portal_cache_generation set generation = generation + 1 where id = 1 returning generation")
                .query(Long.class).single();
        clear(next);
    }

    private void followOtherNodes() {
        long now = clock.millis();
        if (now - checkedAt < CHECK_EVERY_MILLIS && generation.get() >= 0) {
            return;
        }
        checkedAt = now;
        long shared = jdbc.sql("select generation from portal_cache_generation where id = 1").query(Long.class).single();
        if (shared != generation.get()) {
            clear(shared);
        }
    }

    private void clear(long newGeneration) {
        synchronized (pages) {
            pages.clear();
            bytes = 0;
            generation.set(Math.max(generation.get(), newGeneration));
        }
    }
}
