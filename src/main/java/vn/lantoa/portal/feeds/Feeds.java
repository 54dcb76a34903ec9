package vn.lantoa.portal.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaKind;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStories.Filter;
import vn.lantoa.newsroom.SectionRef;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/** RSS 2.0 for the whole site and for each section: the newest stories, with their cover photo as an enclosure. */
@Controller
class Feeds {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final int ITEMS = 30;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final PublishedStories published;
    private final MediaLibrary media;
    private final Sites sites;

    Feeds(PublishedStories published, MediaLibrary media, Sites sites) {
        this.published = published;
        this.media = media;
        this.sites = sites;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> site(HttpServletRequest request) {
        Site site = sites.forHost(request.getServerName());
        return feed(site, site.name(), "/", Filter.unit(site.unitPath()));
    }

    @GetMapping("/chuyen-muc/{slug}/rss.xml")
    ResponseEntity<String> section(@PathVariable String slug, HttpServletRequest request) {
        Site site = sites.forHost(request.getServerName());
        SectionRef section = published.section(slug).orElseThrow(() -> new NotFound("portal.error.sectionNotFound"));
        return feed(site, section.name() + " – " + site.name(), PortalLinks.section(section),
                Filter.unit(site.unitPath()).inSection(section.id()));
    }

    private ResponseEntity<String> feed(Site site, String title, String path, Filter filter) {
        String base = sites.baseUrl(site);
        List<StoryCard> cards = published.latest(filter, 0, ITEMS);
        Map<java.util.UUID, MediaAsset> covers = media.findAll(cards.stream().map(StoryCard::coverMediaId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .filter(a -> a.kind() == MediaKind.IMAGE).collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        Xml xml = new Xml();
        xml.open("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom");
        xml.open("channel");
        xml.element("title", title);
        xml.element("link", base + path);
        xml.element("description", site.tagline().isBlank() ? site.name() : site.tagline());
        xml.element("language", "vi");
        xml.empty("atom:link", "href", base + (path.equals("/") ? "" : path) + "/rss.xml", "rel", "self", "type", "application/rss+xml");
        if (!cards.isEmpty()) {
            xml.element("lastBuildDate", RFC_822.format(cards.get(0).publishedAt().atOffset(ZoneOffset.UTC)));
        }
        for (StoryCard card : cards) {
            String link = base + PortalLinks.story(card.id(), card.title());
            xml.open("item");
            xml.element("title", card.title());
            xml.element("link", link);
            xml.element("guid", link, "isPermaLink", "true");
            xml.element("description", card.summary());
            xml.element("pubDate", RFC_822.format(card.publishedAt().atOffset(ZoneOffset.UTC)));
            if (card.section() != null) {
                xml.element("category", card.section().name());
            }
            MediaAsset cover = covers.get(card.coverMediaId());
            if (cover != null) {
                // The file's exact length is unknown here; RSS readers treat 0 as "unknown".
                xml.empty("enclosure", "url", base + cover.url(640), "type", "image/jpeg", "length", "0");
            }
            xml.close("item");
        }
        xml.close("channel");
        xml.close("rss");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString());
    }
}
