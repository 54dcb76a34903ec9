package vn.lantoa.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.search.SiteSearch;

/**
 * Rebuilding the index from the stored documents with Hibernate Search's mass indexer, in the
 * background (one rebuild at a time per instance), and the state of the last one for the admin page.
 * <p>
 * On start the index is compared with search_document: when their counts differ — an index directory
 * left by an earlier database (tests start from an empty one each run), a lost or new index, a new
 * Elasticsearch cluster — the index is rebuilt in the background, and searches see it fill up.
 * Documents changed while the index was away without changing the count are not caught this way: the
 * button on /admin/search rebuilds it all.
 */
@Service
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    public enum State { IDLE, RUNNING, FINISHED, FAILED }

    /** What the admin page shows: the documents stored and indexed, and the last rebuild. */
    public record Status(long stored, long indexed, State state, long processed, long total, String startedBy,
                         Instant startedAt, Instant finishedAt) {

        public boolean running() {
            return state == State.RUNNING;
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final SiteSearch search;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SearchSettings settings;
    private final Clock clock;
    private volatile Run last;

    SearchIndexing(EntityManagerFactory entityManagerFactory, SiteSearch search, JdbcClient jdbc, AuditLog audit,
                   PlatformTransactionManager transactions, SearchSettings settings, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.search = search;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    public Status status() {
        Run run = last;
        long stored = storedCount();
        long indexed = search.documentCount();
        if (run == null) {
            return new Status(stored, indexed, State.IDLE, 0, 0, null, null, null);
        }
        return new Status(stored, indexed, run.state, run.processed.get(), run.total.get(), run.startedBy, run.startedAt,
                run.finishedAt);
    }

    /**
     * Starts rebuilding the whole index, recorded in the audit log; false when a rebuild is already
     * running here. Only an administrator of a root unit may.
     */
    public boolean rebuild(Actor actor) {
        SearchPermissions.requireRebuild(actor);
        long stored = storedCount();
        boolean started = start(actor.username());
        if (started) {
            transaction.executeWithoutResult(tx -> audit.record(AuditEntry.of("searchIndex.rebuilt", "search_index", null,
                    "search_document", null, "documents=" + stored)));
        }
        return started;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        if (!settings.checkOnStart()) {
            return;
        }
        try {
            long stored = storedCount();
            long indexed = search.documentCount();
            if (stored != indexed) {
                log.warn("The search index holds {} documents, the database {}: rebuilding the index in the background",
                        indexed, stored);
                start("system");
            }
        } catch (RuntimeException e) {
            // the rest of the app works without search (an Elasticsearch cluster that is down, say)
            log.error("Could not compare the search index with the database; rebuild it at /admin/search", e);
        }
    }

    private long storedCount() {
        return jdbc.sql("select count(*) from search_document").query(Long.class).single();
    }

    private synchronized boolean start(String startedBy) {
        if (last != null && last.state == State.RUNNING) {
            return false;
        }
        Run run = new Run(startedBy, clock.instant());
        last = run;
        log.info("Rebuilding the search index (started by {})", startedBy);
        Search.mapping(entityManagerFactory).scope(SearchDocumentEntity.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                // one segment at the end: a smaller index, and searches read one segment instead of dozens
                .mergeSegmentsOnFinish(true)
                .monitor(run)
                .start()
                .whenComplete((result, failure) -> run.finish(failure));
        return true;
    }

    /** One rebuild: its progress as the mass indexer reports it. */
    private final class Run implements MassIndexingMonitor {

        final String startedBy;
        final Instant startedAt;
        final AtomicLong processed = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        volatile State state = State.RUNNING;
        volatile Instant finishedAt;

        Run(String startedBy, Instant startedAt) {
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        void finish(Throwable failure) {
            finishedAt = clock.instant();
            state = failure == null ? State.FINISHED : State.FAILED;
            if (failure == null) {
                log.info("Search index rebuilt: {} documents in {} ms", processed.get(),
                        finishedAt.toEpochMilli() - startedAt.toEpochMilli());
            } else {
                log.error("Rebuilding the search index failed", failure);
            }
        }

        @Override
        public void documentsAdded(long increment) {
            processed.addAndGet(increment);
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
