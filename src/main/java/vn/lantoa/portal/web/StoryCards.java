package vn.lantoa.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.PortalLinks;

/** Turns story cards into what list templates show: links, cover photos and author units, read in one go per page. */
@Component
public class StoryCards {

    private final MediaLibrary media;
    private final OrgDirectory org;

    StoryCards(MediaLibrary media, OrgDirectory org) {
        this.media = media;
        this.org = org;
    }

    public List<CardView> views(Collection<StoryCard> cards) {
        if (cards.isEmpty()) {
            return List.of();
        }
        Map<java.util.UUID, MediaAsset> covers = media.findAll(cards.stream().map(StoryCard::coverMediaId).filter(Objects::nonNull)
                .distinct().toList()).stream().filter(a -> a.kind() == MediaKind.IMAGE)
                .collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        Map<Long, UnitRef> units = org.units(cards.stream().map(StoryCard::authorUnitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity()));
        return cards.stream().map(card -> view(card, covers.get(card.coverMediaId()), units.get(card.authorUnitId()))).toList();
    }

    public CardView view(StoryCard card) {
        return views(List.of(card)).get(0);
    }

    private static CardView view(StoryCard card, MediaAsset cover, UnitRef unit) {
        return new CardView(card, PortalLinks.story(card.id(), card.title()), cover,
                card.section() == null ? null : PortalLinks.section(card.section()),
                unit == null ? "" : unit.name(), unit == null ? null : PortalLinks.unit(unit.id(), unit.name()));
    }
}
