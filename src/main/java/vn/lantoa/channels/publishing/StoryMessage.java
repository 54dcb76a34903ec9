package vn.lantoa.channels.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import vn.lantoa.newsroom.PublishedStory;

/**
 * What a story says on a fanpage or in a group: its title, a short plain-text summary (the sapo, or the
 * start of the body without its tags) and its portal address; and which photos go with it, at most
 * ten (seed 001: summary posts have at most 10 photos), the cover first, then in the editor's order.
 */
public final class StoryMessage {

    static final int MAX_PHOTOS = 10;
    static final int SUMMARY_CHARS = 400;

    private StoryMessage() {
    }

    public static String text(PublishedStory story, String link) {
        String summary = summary(story);
        return story.title().strip() + (summary.isEmpty() ? "" : "\n\n" + summary) + "\n\n" + link;
    }

    static String summary(PublishedStory story) {
        String sapo = story.card().summary() == null ? "" : plain(story.card().summary());
        String text = sapo.isEmpty() ? plain(story.bodyHtml()) : sapo;
        return shortened(text, SUMMARY_CHARS);
    }

    /** The photos to post, as media ids: the cover, then the others in order, ten at most. */
    public static List<UUID> photos(PublishedStory story) {
        List<UUID> ids = new ArrayList<>();
        UUID cover = story.coverMediaId();
        List<PublishedStory.Media> photos = story.photos();
        if (cover != null && photos.stream().anyMatch(p -> p.mediaId().equals(cover))) {
            ids.add(cover);
        }
        photos.stream().map(PublishedStory.Media::mediaId).filter(id -> !id.equals(cover)).forEach(ids::add);
        return ids.size() > MAX_PHOTOS ? List.copyOf(ids.subList(0, MAX_PHOTOS)) : List.copyOf(ids);
    }

    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
    }

    /** Cut at a word boundary, with an ellipsis, when longer than max characters. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
