package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.portal.legacy.LegacyPath;
import vn.lantoa.portal.legacy.LegacyUrls;
import vn.lantoa.portal.site.Site;

/**
 * The public site's answer to an address it has no page for: a permanent redirect when it is an old
 * address of the former website whose story is still published, else a page that helps the reader on
 * (status 404): a search box filled with the words of the address, the home page, the latest stories.
 * Used by {@link UnknownAddresses} (no controller at all) and {@link PortalNotFound} (a portal
 * controller threw NotFound).
 */
@Component
public class NotFoundPage {

    public static final String VIEW = "portal/not-found";
    static final int LATEST = 6;

    private final PortalModel portal;
    private final LegacyUrls legacy;
    private final PublishedStories published;
    private final StoryCards cards;

    NotFoundPage(PortalModel portal, LegacyUrls legacy, PublishedStories published, StoryCards cards) {
        this.portal = portal;
        this.legacy = legacy;
        this.published = published;
        this.cards = cards;
    }

    /** Whether this unknown address is the public site's to answer (see LegacyPath.isPortalAddress). */
    static boolean answers(HttpServletRequest request) {
        return LegacyPath.isPortalAddress(request.getRequestURI());
    }

    public ModelAndView answer(HttpServletRequest request, HttpServletResponse response) {
        Site site = portal.site(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<LegacyUrls.Match> old = read ? legacy.find(site, request.getRequestURI(), request.getQueryString()) : Optional.empty();
        if (old.isPresent() && old.get().location().isPresent()) {
            RedirectView moved = new RedirectView(old.get().location().get(), true);
            moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            moved.setExposeModelAttributes(false);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
            return new ModelAndView(moved);
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        ModelAndView page = new ModelAndView(VIEW);
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("site", site);
        page.addObject("menu", portal.menu());
        page.addObject("canonicalBase", portal.canonicalBase(site));
        page.addObject("searchWords", LegacyPath.searchWords(request.getRequestURI()));
        page.addObject("latest", cards.views(published.latest(PublishedStories.Filter.unit(site.unitPath()), 0, LATEST)));
        return page;
    }
}
