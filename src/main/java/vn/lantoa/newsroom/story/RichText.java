package vn.lantoa.newsroom.story;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The only HTML a story body may hold. Whatever the editor, a paste from Word or an API client
 * sends is cut down to these tags on save: no styles, classes, scripts or images (photos are
 * attached as media, with captions).
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "sub", "sup", "a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String clean = Jsoup.clean(html, "", ALLOWED, COMPACT);
        return clean.replace("<p><br></p>", "").strip();
    }

    /** The visible text, for length checks, search and excerpts. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    /** One line per block (paragraph, heading, list item): what revisions are compared by. */
    public static List<String> blocks(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        List<String> blocks = document.body().select("p, h2, h3, h4, li, blockquote").stream()
                .filter(e -> e.select("p, li").stream().noneMatch(inner -> inner != e))
                .map(Element::text)
                .filter(text -> !text.isBlank())
                .toList();
        return blocks.isEmpty() && !document.body().text().isBlank() ? List.of(document.body().text()) : blocks;
    }
}
