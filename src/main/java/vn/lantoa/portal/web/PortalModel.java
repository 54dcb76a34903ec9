package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.SectionRef;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/** What the public layout needs on every page: the site answering this host and its sections. */
@ControllerAdvice(annotations = PublicPage.class)
class PortalModel {

    /** A section as the menu shows it. */
    record MenuSection(SectionRef section, String url) {
    }

    private final Sites sites;
    private final PublishedStories published;

    PortalModel(Sites sites, PublishedStories published) {
        this.sites = sites;
        this.published = published;
    }

    /** The absolute address of the site for canonical links, feeds and sitemaps, without a trailing slash. */
    @ModelAttribute("canonicalBase")
    String canonicalBase(@ModelAttribute("site") Site site) {
        return sites.baseUrl(site);
    }

    @ModelAttribute("site")
    Site site(HttpServletRequest request) {
        return sites.forHost(request.getServerName());
    }

    @ModelAttribute("menu")
    List<MenuSection> menu() {
        return published.sections().stream().map(s -> new MenuSection(s, PortalLinks.section(s))).toList();
    }
}
