package vn.lantoa.channels.publishing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.lantoa.common.security.Actor;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.org.UnitRef;

/**
 * What the "Đăng lên kênh" tab shows of a subtree: the Page deliveries (failures first) and the group
 * queue, each item with its state in words, whether the caller may act on it, and for the queue the
 * text to copy (the same text a Page post gets) and the photos to download, in posting order.
 */
@Component
public class PublishingBoard {

    static final int SHOWN = 100;

    /** One photo to download: its web-sized address and a file name for the download. */
    public record PhotoLink(UUID id, String url, String fileName) {
    }

    public record Item(Delivery delivery, String state, boolean failing, boolean mayAct, String storyUrl, String text, List<PhotoLink> photos) {

        public long id() {
            return delivery.id();
        }
    }

    private final Deliveries deliveries;
    private final DeliveryStates states;
    private final PublishingAccess access;
    private final PublishedStories stories;
    private final StoryAddress addresses;
    private final MediaLibrary media;

    PublishingBoard(Deliveries deliveries, DeliveryStates states, PublishingAccess access, PublishedStories stories, StoryAddress addresses,
                    MediaLibrary media) {
        this.deliveries = deliveries;
        this.states = states;
        this.access = access;
        this.stories = stories;
        this.addresses = addresses;
        this.media = media;
    }

    public List<Item> pages(Actor actor, UnitRef unit, Locale locale) {
        return deliveries.pagesIn(unit.path(), SHOWN).stream().map(d -> item(actor, d, locale, false)).toList();
    }

    public List<Item> groups(Actor actor, UnitRef unit, Locale locale) {
        return deliveries.groupsIn(unit.path(), SHOWN).stream().map(d -> item(actor, d, locale, true)).toList();
    }

    public Item item(Actor actor, Delivery d, Locale locale, boolean withContent) {
        Optional<PublishedStory> story = withContent && d.status() == DeliveryStatus.PENDING ? stories.find(d.storyId()) : Optional.empty();
        String url = story.map(s -> addresses.of(s.id(), s.title(), s.card().authorUnitPath())).orElse(null);
        return new Item(d, states.state(d, locale), d.status().failing(), access.mayAct(actor, d), url,
                story.map(s -> StoryMessage.text(s, url)).orElse(null), story.map(this::photos).orElse(List.of()));
    }

    /** The photos of a story as download links, in posting order (cover first, ten at most). */
    public List<PhotoLink> photos(PublishedStory story) {
        List<UUID> ids = StoryMessage.photos(story);
        Map<UUID, MediaAsset> assets = media.findAll(ids).stream().collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        List<PhotoLink> links = new java.util.ArrayList<>();
        for (UUID id : ids) {
            MediaAsset asset = assets.get(id);
            if (asset != null) {
                String file = asset.url(PhotoFiles.WEB_WIDTH);
                links.add(new PhotoLink(id, file, String.format("anh-%02d%s", links.size() + 1, file.substring(file.lastIndexOf('.')))));
            }
        }
        return links;
    }

    /** The photo ids of a delivery's story in posting order, for the zip; empty when the story is no longer published. */
    public List<UUID> photoIds(Delivery d) {
        return stories.find(d.storyId()).map(StoryMessage::photos).orElse(List.of());
    }
}
