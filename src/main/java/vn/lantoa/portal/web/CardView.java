package vn.lantoa.portal.web;

import vn.lantoa.media.MediaAsset;
import vn.lantoa.newsroom.StoryCard;

/** A story in a list, with what a template needs to link and picture it. image is null without a cover photo. */
public record CardView(StoryCard card, String url, MediaAsset image, String sectionUrl, String unitName, String unitUrl) {

    public String title() {
        return card.title();
    }

    public String summary() {
        return card.summary();
    }

    public java.time.Instant publishedAt() {
        return card.publishedAt();
    }
}
