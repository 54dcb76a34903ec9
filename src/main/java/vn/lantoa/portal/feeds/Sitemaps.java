package vn.lantoa.portal.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/**
 * The XML sitemap: an index pointing at one file of fixed pages and sections and as many files of
 * stories (newest first, with their photos as image entries) as it takes, each well under the
 * protocol's 50,000 addresses; and robots.txt pointing at it.
 */
@Controller
class Sitemaps {

    static final int STORIES_PER_FILE = 5_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private final PublishedStories published;
    private final MediaLibrary media;
    private final Sites sites;

    Sitemaps(PublishedStories published, MediaLibrary media, Sites sites) {
        this.published = published;
        this.media = media;
        this.sites = sites;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        Site site = sites.forHost(request.getServerName());
        String base = sites.baseUrl(site);
        long stories = published.count(Filter.unit(site.unitPath()));
        Xml xml = new Xml().open("sitemapindex", "xmlns", SITEMAP_NS);
        xml.open("sitemap").element("loc", base + "/sitemap-trang.xml").close("sitemap");
        for (int file = 1; file <= Math.max(1, (stories + STORIES_PER_FILE - 1) / STORIES_PER_FILE); file++) {
            xml.open("sitemap").element("loc", base + "/sitemap-tin-" + file + ".xml").close("sitemap");
        }
        return ResponseEntity.ok().contentType(XML).body(xml.close("sitemapindex").toString());
    }

    @GetMapping("/sitemap-trang.xml")
    ResponseEntity<String> pages(HttpServletRequest request) {
        Site site = sites.forHost(request.getServerName());
        String base = sites.baseUrl(site);
        Xml xml = new Xml().open("urlset", "xmlns", SITEMAP_NS);
        for (String path : List.of("/", "/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/en/about", "/en/contact")) {
            xml.open("url").element("loc", base + path).close("url");
        }
        published.sections().forEach(s -> xml.open("url").element("loc", base + PortalLinks.section(s)).close("url"));
        return ResponseEntity.ok().contentType(XML).body(xml.close("urlset").toString());
    }

    @GetMapping("/sitemap-tin-{file:\\d+}.xml")
    ResponseEntity<String> stories(@PathVariable int file, HttpServletRequest request) {
        Site site = sites.forHost(request.getServerName());
        String base = sites.baseUrl(site);
        List<StoryCard> cards = file < 1 ? List.of()
                : published.latest(Filter.unit(site.unitPath()), (file - 1) * STORIES_PER_FILE, STORIES_PER_FILE);
        if (cards.isEmpty() && file != 1) {
            throw new NotFound("portal.error.pageNotFound");
        }
        Map<Long, List<PublishedStory.Media>> photos = published.photosOf(cards.stream().map(StoryCard::id).toList());
        Map<java.util.UUID, MediaAsset> assets = media.findAll(photos.values().stream().flatMap(List::stream)
                        .map(PublishedStory.Media::mediaId).toList()).stream()
                .filter(a -> a.kind() == MediaKind.IMAGE)
                .collect(java.util.stream.Collectors.toMap(MediaAsset::id, java.util.function.Function.identity()));
        Xml xml = new Xml().open("urlset", "xmlns", SITEMAP_NS, "xmlns:image", IMAGE_NS);
        for (StoryCard card : cards) {
            xml.open("url");
            xml.element("loc", base + PortalLinks.story(card.id(), card.title()));
            xml.element("lastmod", W3C.format(card.updatedAt().atOffset(ZoneOffset.UTC)));
            for (PublishedStory.Media photo : photos.getOrDefault(card.id(), List.of())) {
                MediaAsset asset = assets.get(photo.mediaId());
                if (asset != null) {
                    xml.open("image:image").element("image:loc", base + asset.url(1280)).close("image:image");
                }
            }
            xml.close("url");
        }
        return ResponseEntity.ok().contentType(XML).body(xml.close("urlset").toString());
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String base = sites.baseUrl(sites.forHost(request.getServerName()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body("""
                User-agent: *
                Disallow: /admin
                Disallow: /newsroom
                Disallow: /notifications
                Disallow: /profile
                Disallow: /accounts
                Disallow: /api/
                Disallow: /login
                Disallow: /tim-kiem
                Disallow: /*/ban-in$
                Disallow: /*/luu$
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(base));
    }
}
