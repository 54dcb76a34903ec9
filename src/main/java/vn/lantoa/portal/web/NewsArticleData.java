package vn.lantoa.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.common.web.Dates;
import vn.lantoa.portal.site.Site;

/** The schema.org NewsArticle of a story page (JSON-LD), which search engines read for rich results. */
@Component
class NewsArticleData {

    private final JsonMapper json;
    private final Dates dates;

    NewsArticleData(JsonMapper json, Dates dates) {
        this.json = json;
        this.dates = dates;
    }

    String of(StoryView view, Site site, String base) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", site.name());
        publisher.put("url", base + "/");
        if (site.logoMediaId() != null) {
            publisher.put("logo", Map.of("@type", "ImageObject", "url", base + "/media/" + site.logoMediaId() + "/320.jpg"));
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", view.absoluteUrl()));
        article.put("headline", view.title());
        article.put("description", view.description());
        List<String> images = view.photos().stream().map(p -> base + p.asset().url(1280)).toList();
        if (view.shareImageUrl() != null) {
            article.put("image", java.util.stream.Stream.concat(java.util.stream.Stream.of(view.shareImageUrl()), images.stream()).toList());
        }
        article.put("datePublished", dates.iso(view.story().card().publishedAt()));
        article.put("dateModified", dates.iso(view.story().card().updatedAt()));
        if (view.sectionName() != null) {
            article.put("articleSection", view.sectionName());
        }
        if (!view.tags().isEmpty()) {
            article.put("keywords", view.tags().stream().map(StoryView.TagLink::name).toList());
        }
        article.put("inLanguage", "vi");
        article.put("author", Map.of("@type", "Organization", "name", view.unitName().isEmpty() ? site.name() : view.unitName()));
        article.put("publisher", publisher);
        // Inside <script>, "</" would end the element early; "<\/" means the same to a JSON reader.
        return json.writeValueAsString(article).replace("</", "<\\/");
    }
}
