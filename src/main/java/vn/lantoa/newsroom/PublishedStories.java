package vn.lantoa.newsroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the newsroom has published, read by the public site. Only stories in status PUBLISHED are ever returned. */
public interface PublishedStories {

    /**
     * Which published stories a list wants; every part is optional (null). unitPath selects a subtree
     * ("/1/25/"); withVideo keeps only stories with a video or a video link.
     */
    record Filter(Long sectionId, String unitPath, String tag, Long excludeId, boolean withVideo) {

        public static Filter unit(String unitPath) {
            return new Filter(null, unitPath, null, null, false);
        }

        public Filter inSection(long id) {
            return new Filter(id, unitPath, tag, excludeId, withVideo);
        }

        public Filter tagged(String wanted) {
            return new Filter(sectionId, unitPath, wanted, excludeId, withVideo);
        }

        public Filter except(long storyId) {
            return new Filter(sectionId, unitPath, tag, storyId, withVideo);
        }

        public Filter videosOnly() {
            return new Filter(sectionId, unitPath, tag, excludeId, true);
        }
    }

    Optional<PublishedStory> find(long id);

    /** Newest first. */
    List<StoryCard> latest(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** The published ones among these ids, in the order given. */
    List<StoryCard> cards(List<Long> ids);

    /** The active sections in their editorial order. */
    List<SectionRef> sections();

    Optional<SectionRef> section(String slug);

    /** Every published story, oldest first, without holding them all in memory (sitemaps, reindexing). */
    void forEach(Consumer<StoryCard> reader);

    /** Photo ids of many stories at once, story id → its photos in order (sitemap image entries). */
    java.util.Map<Long, List<PublishedStory.Media>> photosOf(Collection<Long> storyIds);
}
