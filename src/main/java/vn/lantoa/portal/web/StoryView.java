package vn.lantoa.portal.web;

import java.util.List;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.newsroom.PublishedStory;

/**
 * A published story as its page shows it: links resolved, photos and videos paired with their files,
 * and what sharing needs (absolute address, a description, a 1200×630 picture).
 */
public record StoryView(PublishedStory story, String url, String absoluteUrl, String sectionName, String sectionUrl,
                        String unitName, String unitUrl, List<Photo> photos, List<Video> videos, List<TagLink> tags,
                        String description, String shareImageUrl) {

    public record Photo(MediaAsset asset, String caption, String altText) {
    }

    /** An uploaded video (asset.videoUrl()) or a link to one elsewhere (asset.linkUrl(), asset.embedUrl()). */
    public record Video(MediaAsset asset, String caption) {

        public boolean uploaded() {
            return asset.kind() == vn.lantoa.media.MediaKind.VIDEO;
        }
    }

    public record TagLink(String name, String url) {
    }

    public String title() {
        return story.title();
    }

    public String summary() {
        return story.card().summary();
    }
}
