package vn.lantoa.search.internal;

import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.BODY;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.BODY_EXACT;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.IMAGE_URL;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.PUBLISHED_AT;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.SECTION_ID;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.SECTION_NAME;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.SUMMARY;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.SUMMARY_EXACT;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.TITLE;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.TITLE_EXACT;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.TITLE_PREFIX;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.UNIT_NAME;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.UNIT_PATH;
import static vn.lantoa.search.internal.SearchDocumentEntity.Fields.URL;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.search.SearchDocument;
import vn.lantoa.search.SearchHit;
import vn.lantoa.search.SearchQuery;
import vn.lantoa.search.SearchResults;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.search.Suggestion;

/**
 * {@link SiteSearch} with Hibernate Search. Documents are rows of search_document; Hibernate Search
 * indexes a row when the transaction that wrote it commits, and the configured synchronization
 * ({@code read-sync}, application.yml) makes the commit wait until the change is searchable.
 * Searches read the index only (every value shown is projected from it), never the database.
 */
@Service
class HibernateSiteSearch implements SiteSearch {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The deepest hit a page may reach; deeper pages come back empty (Elasticsearch's default limit too). */
    static final int MAX_DEPTH = 10_000;
    static final int MAX_SUGGESTIONS = 20;
    static final int SNIPPET_CHARS = 200;
    static final int TITLE_CHARS = 10_000;

    /**
     * What a reader may write: "quoted phrases", +, |, - and parentheses. Wildcards, fuzziness and
     * escapes are off, so "*", "~" and "\" are just text; the simple query string syntax never fails
     * to parse, whatever the input.
     */
    private static final SimpleQueryFlag[] READER_SYNTAX = {SimpleQueryFlag.PHRASE, SimpleQueryFlag.AND, SimpleQueryFlag.OR,
        SimpleQueryFlag.NOT, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE};

    /**
     * Field weights: a title counts most, then the summary, then the body; in each, a word typed with
     * the document's own diacritics also matches the exact field, so it outranks a word that only
     * matches once folded ("ban" ranks "ban" above "bạn").
     */
    private static final float TITLE_EXACT_BOOST = 6f;
    private static final float TITLE_BOOST = 3f;
    private static final float SUMMARY_EXACT_BOOST = 3f;
    private static final float SUMMARY_BOOST = 1.5f;
    private static final float BODY_EXACT_BOOST = 2f;
    private static final float BODY_BOOST = 1f;

    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";
    private static final String TITLE_HIGHLIGHT = "title";
    private static final String SNIPPET_HIGHLIGHT = "snippet";

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    HibernateSiteSearch(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void index(SearchDocument document) {
        SearchDocument clean = SearchText.document(document);
        SearchDocumentEntity entity = entityManager.find(SearchDocumentEntity.class, clean.key());
        if (entity == null) {
            entity = new SearchDocumentEntity(clean.key());
            entity.fill(clean, clock.instant());
            entityManager.persist(entity);
        } else {
            entity.fill(clean, clock.instant());
        }
    }

    @Override
    @Transactional
    public void remove(String key) {
        if (key == null) {
            return;
        }
        SearchDocumentEntity entity = entityManager.find(SearchDocumentEntity.class, key.strip());
        if (entity != null) {
            entityManager.remove(entity);
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        String text = SearchText.query(query.text());
        int size = query.size() <= 0 ? SearchQuery.DEFAULT_SIZE : Math.min(query.size(), SearchQuery.MAX_SIZE);
        int page = Math.max(0, query.page());
        Filters filters = Filters.of(query);
        if ((!text.isEmpty() && !SearchText.searchable(text)) || filters.empty()) {
            return new SearchResults(List.of(), 0, page, size, text);
        }
        long offset = (long) page * size;
        return inSession(session -> {
            if (offset + size > MAX_DEPTH) {
                long total = session.search(SearchDocumentEntity.class).where(f -> predicate(f, text, filters)).fetchTotalHitCount();
                return new SearchResults(List.of(), total, page, size, text);
            }
            SearchResult<SearchHit> result = session.search(SearchDocumentEntity.class)
                    .select(f -> f.composite(HibernateSiteSearch::hit,
                            f.id(String.class), f.field(URL, String.class), f.field(TITLE, String.class),
                            f.field(SUMMARY, String.class), f.field(SECTION_NAME, String.class), f.field(UNIT_NAME, String.class),
                            f.field(PUBLISHED_AT, Instant.class), f.field(IMAGE_URL, String.class),
                            f.highlight(TITLE).highlighter(TITLE_HIGHLIGHT),
                            f.highlight(BODY).highlighter(SNIPPET_HIGHLIGHT),
                            f.highlight(SUMMARY).highlighter(SNIPPET_HIGHLIGHT)))
                    .where(f -> predicate(f, text, filters))
                    .sort(f -> text.isEmpty()
                            ? f.field(PUBLISHED_AT).desc()
                            : f.composite(c -> c.add(f.score()).add(f.field(PUBLISHED_AT).desc())))
                    // the whole title, marked
                    .highlighter(TITLE_HIGHLIGHT, h -> h.plain().tag(MARK, END_MARK).encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(1).fragmentSize(TITLE_CHARS))
                    // the best passage of the body or summary (Lucene's unified highlighter cannot size it)
                    .highlighter(SNIPPET_HIGHLIGHT, h -> h.plain().tag(MARK, END_MARK).encoder(HighlighterEncoder.HTML)
                            .numberOfFragments(1).fragmentSize(SNIPPET_CHARS))
                    .fetch((int) offset, size);
            return new SearchResults(result.hits(), result.total().hitCount(), page, size, text);
        });
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, String text, Filters filters) {
        return f.bool().with(b -> {
            b.must(text.isEmpty() ? f.matchAll() : f.simpleQueryString()
                    .field(TITLE_EXACT).boost(TITLE_EXACT_BOOST)
                    .field(TITLE).boost(TITLE_BOOST)
                    .field(SUMMARY_EXACT).boost(SUMMARY_EXACT_BOOST)
                    .field(SUMMARY).boost(SUMMARY_BOOST)
                    .field(BODY_EXACT).boost(BODY_EXACT_BOOST)
                    .field(BODY).boost(BODY_BOOST)
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND)
                    .flags(READER_SYNTAX));
            if (filters.sectionId() != null) {
                b.filter(f.match().field(SECTION_ID).matching(filters.sectionId()));
            }
            if (filters.unitPath() != null) {
                b.filter(f.prefix().field(UNIT_PATH).matching(filters.unitPath()));
            }
            if (filters.from() != null || filters.until() != null) {
                b.filter(f.range().field(PUBLISHED_AT).between(filters.from(), RangeBoundInclusion.INCLUDED,
                        filters.until(), RangeBoundInclusion.EXCLUDED));
            }
        });
    }

    private static SearchHit hit(List<?> row) {
        String key = (String) row.get(0);
        String title = (String) row.get(2);
        String summary = (String) row.get(3);
        String titleHtml = first(row.get(8));
        String snippetHtml = first(row.get(9));
        if (snippetHtml == null) {
            snippetHtml = first(row.get(10));
        }
        return new SearchHit(key, (String) row.get(1),
                titleHtml != null ? titleHtml : SearchText.escape(title),
                snippetHtml != null ? snippetHtml : SearchText.escapedExcerpt(summary, SNIPPET_CHARS),
                (String) row.get(4), (String) row.get(5), (Instant) row.get(6), (String) row.get(7));
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? (String) list.get(0) : null;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        String typed = SearchText.query(prefix);
        List<String> words = SearchText.foldedWords(typed);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        return inSession(session -> session.search(SearchDocumentEntity.class)
                .select(f -> f.composite(row -> new Suggestion((String) row.get(0), (String) row.get(1)),
                        f.field(TITLE, String.class), f.field(URL, String.class)))
                .where(f -> f.bool().with(b -> {
                    for (String word : words.subList(0, words.size() - 1)) {
                        b.must(f.match().field(TITLE).matching(word));
                    }
                    b.must(last.length() > VietnameseAnalysis.MAX_PREFIX
                            ? f.match().field(TITLE).matching(last)
                            : f.match().field(TITLE_PREFIX).matching(last));
                    // the same diacritics as typed rank first
                    b.should(f.match().field(TITLE_EXACT).matching(typed).boost(2f));
                }))
                .sort(f -> f.composite(c -> c.add(f.score()).add(f.field(PUBLISHED_AT).desc())))
                .fetchHits(Math.min(limit, MAX_SUGGESTIONS)));
    }

    @Override
    public long documentCount() {
        return inSession(session -> session.search(SearchDocumentEntity.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /**
     * Searches need a Hibernate session but no transaction and no database connection: every value
     * comes from the index. A session of its own, closed at once, keeps searches off the pool.
     */
    private <T> T inSession(Function<SearchSession, T> work) {
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            return work.apply(Search.session(session));
        }
    }

    /** The filters of a query as index values: the date range as instants [from, until) in Vietnam's days. */
    record Filters(Long sectionId, String unitPath, Instant from, Instant until) {

        static Filters of(SearchQuery query) {
            LocalDate from = query.from();
            LocalDate to = query.to();
            return new Filters(query.sectionId(), SearchText.unitPath(query.unitPath()),
                    from == null ? null : from.atStartOfDay(VIETNAM).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
        }

        /** A range that ends before it starts matches nothing. */
        boolean empty() {
            return from != null && until != null && !from.isBefore(until);
        }
    }
}
