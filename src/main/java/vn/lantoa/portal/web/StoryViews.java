package vn.lantoa.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.PortalLinks;

/** Builds what a story page, its print view and its feed entry show from a published story. */
@Component
public class StoryViews {

    private static final int DESCRIPTION_LENGTH = 200;

    private final MediaLibrary media;
    private final OrgDirectory org;

    StoryViews(MediaLibrary media, OrgDirectory org) {
        this.media = media;
        this.org = org;
    }

    public StoryView view(PublishedStory story, String siteBaseUrl) {
        Map<UUID, MediaAsset> assets = media.findAll(story.media().stream().map(PublishedStory.Media::mediaId).toList()).stream()
                .collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        List<StoryView.Photo> photos = story.photos().stream()
                .filter(m -> assets.containsKey(m.mediaId()) && assets.get(m.mediaId()).kind() == MediaKind.IMAGE)
                .map(m -> new StoryView.Photo(assets.get(m.mediaId()), m.caption(), m.altText())).toList();
        List<StoryView.Video> videos = story.videos().stream().map(m -> assets.get(m.mediaId())).filter(Objects::nonNull)
                .map(asset -> new StoryView.Video(asset, captionOf(story, asset.id()))).toList();
        UnitRef unit = org.unit(story.card().authorUnitId()).orElse(null);
        String url = PortalLinks.story(story.id(), story.title());
        MediaAsset cover = story.coverMediaId() == null ? null : assets.get(story.coverMediaId());
        return new StoryView(story, url, siteBaseUrl + url,
                story.card().section() == null ? null : story.card().section().name(),
                story.card().section() == null ? null : PortalLinks.section(story.card().section()),
                unit == null ? "" : unit.name(), unit == null ? null : PortalLinks.unit(unit.id(), unit.name()),
                photos, videos, story.tags().stream().map(t -> new StoryView.TagLink(t, PortalLinks.tag(t))).toList(),
                description(story), cover == null || cover.kind() != MediaKind.IMAGE ? null : siteBaseUrl + cover.shareCardUrl());
    }

    /** The sapo, or the start of the text when there is none: what search engines and link previews show. */
    static String description(PublishedStory story) {
        String text = story.card().summary().isBlank() ? Jsoup.parse(story.bodyHtml()).text() : story.card().summary();
        text = text.strip();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return text.substring(0, cut > 100 ? cut : DESCRIPTION_LENGTH) + "…";
    }

    private static String captionOf(PublishedStory story, UUID mediaId) {
        return story.media().stream().filter(m -> m.mediaId().equals(mediaId)).map(PublishedStory.Media::caption).findFirst().orElse("");
    }
}
