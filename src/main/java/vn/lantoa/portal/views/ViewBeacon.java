package vn.lantoa.portal.views;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryCard;

/**
 * Counts readers of cached story pages. The page itself is the same for everyone and may come from a
 * cache or a CDN, so rendering never counts: the page's script posts here once it is shown
 * ({@code POST /luot-xem/{id}}, answered with the fresh total as {@code {"views":1234}}), and a page
 * read without scripts loads a pixel ({@code GET /luot-xem/{id}.gif}).
 *
 * <p>A functional endpoint rather than a controller: the portal's controller advice (site, menu)
 * would cost a query on every beacon. Each counted beacon costs two statements: the story must be
 * published (the newsroom's read API, by primary key), then {@link ViewCounts#count} records the
 * visitor and the day's total at once. Ignored beacons (bots, prefetch, other sites, unknown or
 * unpublished stories) are answered 204 without writing. Inflating a count takes a new address or
 * browser agent per reading, since a visitor counts once a story a day. Nothing here reads or starts a
 * session, so the answer sets no cookie (the path is exempt from CSRF: see SecurityConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class ViewBeacon {

    /** A transparent 1×1 GIF. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ViewCounts counts;
    private final VisitorHashes visitors;
    private final PublishedStories published;

    ViewBeacon(ViewCounts counts, VisitorHashes visitors, PublishedStories published) {
        this.counts = counts;
        this.visitors = visitors;
        this.published = published;
    }

    @Bean
    RouterFunction<ServerResponse> viewBeaconRoutes() {
        return RouterFunctions.route()
                .POST("/luot-xem/{id:\\d{1,18}}", this::beacon)
                .GET("/luot-xem/{id:\\d{1,18}}.gif", this::pixel)
                .build();
    }

    ServerResponse beacon(ServerRequest request) {
        return count(request)
                .map(total -> ServerResponse.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"views\":" + total + "}"))
                .orElseGet(() -> ServerResponse.noContent().cacheControl(CacheControl.noStore()).build());
    }

    ServerResponse pixel(ServerRequest request) {
        count(request);
        return ServerResponse.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_GIF).body(PIXEL);
    }

    /** The story's total after this reading, or nothing when the request is not a reader of a published story. */
    private Optional<Long> count(ServerRequest request) {
        if (!fromReader(request)) {
            return Optional.empty();
        }
        long storyId = Long.parseLong(request.pathVariable("id"));
        List<StoryCard> story = published.cards(List.of(storyId));
        if (story.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = counts.today();
        HttpServletRequest servlet = request.servletRequest();
        String agent = Readers.agent(servlet.getHeader("User-Agent"));
        byte[] visitor = visitors.visitor(today, servlet.getRemoteAddr(), agent);
        return Optional.of(counts.count(storyId, story.get(0).authorUnitPath(), visitor, today).total());
    }

    /**
     * A browser showing the page to a person: a reader's agent, not a prefetch, and not sent from
     * another site's page (Sec-Fetch-Site, where browsers give it). The address is the client's as the
     * servlet container sees it: behind a proxy or CDN, set server.forward-headers-strategy so that it
     * is the reader's and not the proxy's.
     */
    private static boolean fromReader(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        return Readers.isReaderAgent(servlet.getHeader("User-Agent"))
                && !Readers.isPrefetch(servlet.getHeader("Sec-Purpose"), servlet.getHeader("Purpose"),
                servlet.getHeader("X-Purpose"), servlet.getHeader("X-Moz"))
                && !"cross-site".equalsIgnoreCase(servlet.getHeader("Sec-Fetch-Site"));
    }
}
