package vn.lantoa.portal.search;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.newsroom.PublishedStoryRevised;
import vn.lantoa.newsroom.SectionsChanged;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.search.SearchDocument;
import vn.lantoa.search.SiteSearch;

/**
 * Keeps the search index in step with what is published: a story is indexed when it goes live or
 * changes, and removed when it is taken down, right after the change commits (so it is found at
 * once). At start, an index that holds a different number of stories than are published is fed again.
 */
@Component
@Order(50)
class SearchFeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);

    private final PublishedStories published;
    private final SiteSearch search;
    private final OrgDirectory org;
    private final MediaLibrary media;

    SearchFeed(PublishedStories published, SiteSearch search, OrgDirectory org, MediaLibrary media) {
        this.published = published;
        this.search = search;
        this.org = org;
        this.media = media;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(StoryEvent event) {
        if (event instanceof StoryEvent.Published || event instanceof StoryEvent.Unpublished) {
            refresh(event.story().id());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PublishedStoryRevised event) {
        refresh(event.storyId());
    }

    /** Section names are in every document: a renamed section means feeding them all again, in the background. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(SectionsChanged event) {
        feedAll();
    }

    @Override
    public void run(ApplicationArguments args) {
        long live = published.count(PublishedStories.Filter.unit("/"));
        if (search.documentCount() != live) {
            log.info("The search index holds {} documents for {} published stories: feeding it again", search.documentCount(), live);
            feedAll();
        }
    }

    void refresh(long storyId) {
        published.find(storyId).ifPresentOrElse(story -> search.index(document(story)), () -> search.remove(key(storyId)));
    }

    /** Ids first: the reading runs in a read-only transaction, which must not be the one the documents are written in. */
    void feedAll() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        published.forEach(card -> ids.add(card.id()));
        ids.forEach(this::refresh);
    }

    private SearchDocument document(PublishedStory story) {
        UnitRef unit = org.unit(story.card().authorUnitId()).orElse(null);
        String cover = story.coverMediaId() == null ? null : media.find(story.coverMediaId())
                .filter(a -> a.kind() == MediaKind.IMAGE).map(a -> a.url(640)).orElse(null);
        String captions = story.media().stream().map(PublishedStory.Media::caption).collect(Collectors.joining(" "));
        return new SearchDocument(key(story.id()), story.title(), story.card().summary(),
                Jsoup.parse(story.bodyHtml()).text() + " " + captions, PortalLinks.story(story.id(), story.title()),
                story.card().section() == null ? null : story.card().section().id(),
                story.card().section() == null ? null : story.card().section().name(),
                story.card().authorUnitId(), unit == null ? "" : unit.name(), story.card().authorUnitPath(),
                story.card().publishedAt(), cover);
    }

    private static String key(long storyId) {
        return "story:" + storyId;
    }
}
