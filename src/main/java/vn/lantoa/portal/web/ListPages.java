package vn.lantoa.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStories.Filter;
import vn.lantoa.newsroom.SectionRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;

/** Pages that list stories newest first, a page at a time: a section, a unit (with its subtree), a tag. */
@Controller
@PublicPage
class ListPages {

    static final int PAGE_SIZE = 20;

    private final PublishedStories published;
    private final StoryCards cards;
    private final OrgDirectory org;

    ListPages(PublishedStories published, StoryCards cards, OrgDirectory org) {
        this.published = published;
        this.cards = cards;
        this.org = org;
    }

    @GetMapping("/chuyen-muc/{slug}")
    String section(@PathVariable String slug, @RequestParam(name = "trang", defaultValue = "1") String page,
                   @ModelAttribute("site") Site site, Model model) {
        SectionRef section = published.section(slug).orElseThrow(() -> new NotFound("portal.error.sectionNotFound"));
        model.addAttribute("currentSection", section);
        model.addAttribute("heading", section.name());
        model.addAttribute("feedUrl", PortalLinks.section(section) + "/rss.xml");
        return list(Filter.unit(site.unitPath()).inSection(section.id()), PortalLinks.section(section), page, model);
    }

    @GetMapping("/don-vi/{slug}-{id:\\d+}")
    String unit(@PathVariable long id, @RequestParam(name = "trang", defaultValue = "1") String page,
                @ModelAttribute("site") Site site, Model model) {
        UnitRef unit = org.unit(id).filter(u -> u.path().startsWith(site.unitPath()))
                .orElseThrow(() -> new NotFound("portal.error.unitNotFound"));
        model.addAttribute("heading", unit.name());
        model.addAttribute("unit", unit);
        model.addAttribute("parents", org.lineage(id).stream().filter(u -> u.id() != id && u.path().startsWith(site.unitPath()))
                .map(u -> new UnitLink(u.name(), PortalLinks.unit(u.id(), u.name()))).toList());
        model.addAttribute("children", org.childrenOf(id).stream().filter(UnitRef::active)
                .map(u -> new UnitLink(u.name(), PortalLinks.unit(u.id(), u.name()))).toList());
        return list(Filter.unit(unit.path()), PortalLinks.unit(unit.id(), unit.name()), page, model);
    }

    @GetMapping("/the/{tag}")
    String tag(@PathVariable String tag, @RequestParam(name = "trang", defaultValue = "1") String page,
               @ModelAttribute("site") Site site, Model model) {
        model.addAttribute("heading", "#" + tag);
        return list(Filter.unit(site.unitPath()).tagged(tag), PortalLinks.tag(tag), page, model);
    }

    record UnitLink(String name, String url) {
    }

    private String list(Filter filter, String base, String pageParameter, Model model) {
        int page = pageNumber(pageParameter);
        long total = published.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pages) {
            throw new NotFound("portal.error.pageNotFound");
        }
        model.addAttribute("stories", cards.views(published.latest(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE)));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute("base", base);
        return "portal/list";
    }

    /** "?trang=abc" or "?trang=-3" is the first page, not an error page. */
    private static int pageNumber(String parameter) {
        try {
            return Math.max(1, Integer.parseInt(parameter.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
