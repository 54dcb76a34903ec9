package vn.lantoa.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.portal.site.Site;
import vn.lantoa.search.SearchQuery;
import vn.lantoa.search.SearchResults;
import vn.lantoa.search.SiteSearch;

/**
 * Tìm kiếm: words with or without diacritics, quoted phrases, by section, unit and dates, a page at a
 * time (suggestions while typing: {@link SearchSuggestions}). Whatever is typed gives a page, never an error.
 */
@Controller
@PublicPage
class SearchPage {

    private static final int PAGE_SIZE = 10;

    /** A unit a reader may narrow the search to. */
    record UnitChoice(long id, String name) {
    }

    private final SiteSearch search;
    private final OrgDirectory org;

    SearchPage(SiteSearch search, OrgDirectory org) {
        this.search = search;
        this.org = org;
    }

    @GetMapping("/tim-kiem")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(name = "chuyen-muc", required = false) String section,
                  @RequestParam(name = "don-vi", required = false) String unit, @RequestParam(name = "tu", required = false) String from,
                  @RequestParam(name = "den", required = false) String to, @RequestParam(name = "trang", defaultValue = "1") String page,
                  @ModelAttribute("site") Site site, Model model) {
        Long sectionId = number(section);
        UnitRef chosenUnit = unitIn(site, number(unit));
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        boolean badDates = fromDate != null && toDate != null && toDate.isBefore(fromDate);
        int pageNumber = Math.max(1, Math.min(1000, number(page) == null ? 1 : number(page).intValue()));
        boolean asked = !q.isBlank() || sectionId != null || chosenUnit != null || fromDate != null || toDate != null;
        model.addAttribute("q", q.length() > 200 ? q.substring(0, 200) : q);
        model.addAttribute("sectionId", sectionId);
        model.addAttribute("unitId", chosenUnit == null ? null : chosenUnit.id());
        model.addAttribute("from", fromDate);
        model.addAttribute("to", toDate);
        model.addAttribute("badDates", badDates);
        model.addAttribute("units", org.childrenOf(site.unitId()).stream().filter(UnitRef::active)
                .map(u -> new UnitChoice(u.id(), u.name())).toList());
        if (asked && !badDates) {
            SearchResults results = search.search(new SearchQuery(q, sectionId,
                    chosenUnit == null ? site.unitPath() : chosenUnit.path(), fromDate, toDate, pageNumber - 1, PAGE_SIZE));
            model.addAttribute("results", results);
            model.addAttribute("page", pageNumber);
            model.addAttribute("pages", Math.max(1, results.pages()));
            model.addAttribute("base", base(q, sectionId, chosenUnit, fromDate, toDate));
        }
        return "portal/search";
    }

    private static String base(String q, Long section, UnitRef unit, LocalDate from, LocalDate to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tim-kiem").queryParam("q", q);
        if (section != null) {
            uri.queryParam("chuyen-muc", section);
        }
        if (unit != null) {
            uri.queryParam("don-vi", unit.id());
        }
        if (from != null) {
            uri.queryParam("tu", from);
        }
        if (to != null) {
            uri.queryParam("den", to);
        }
        return uri.encode().build().toUriString();
    }

    private UnitRef unitIn(Site site, Long id) {
        return id == null ? null : org.unit(id).filter(u -> u.path().startsWith(site.unitPath())).orElse(null);
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
