package vn.lantoa.search.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.search.SearchQuery;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.search.internal.SearchIndexing;
import vn.lantoa.search.internal.SearchPermissions;

/**
 * The search index for administrators: how many documents it holds, rebuilding it from the stored
 * documents (progress polled by htmx), and a search box to try it as readers will.
 */
@Controller
class SearchAdminController {

    static final String PAGE = "search/admin";

    private final SearchIndexing indexing;
    private final SiteSearch search;

    SearchAdminController(SearchIndexing indexing, SiteSearch search) {
        this.indexing = indexing;
        this.search = search;
    }

    @Bean
    static NavEntry searchEntry() {
        return new NavEntry("search", "nav.search", "/admin/search", 85, Set.of(Role.ADMIN));
    }

    @GetMapping("/admin/search")
    String page(@RequestParam(required = false) String q, Model model) {
        Actor actor = CurrentActor.get();
        SearchPermissions.requireSee(actor);
        model.addAttribute("status", indexing.status());
        model.addAttribute("canRebuild", SearchPermissions.mayRebuild(actor));
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", search.search(SearchQuery.of(q)));
        }
        return PAGE;
    }

    @HxRequest
    @GetMapping("/admin/search/status")
    String status(Model model) {
        SearchPermissions.requireSee(CurrentActor.get());
        model.addAttribute("status", indexing.status());
        return PAGE + " :: status";
    }

    @PostMapping("/admin/search/reindex")
    String reindex(RedirectAttributes redirect) {
        boolean started = indexing.rebuild(CurrentActor.get());
        redirect.addFlashAttribute("flash", started ? "search.reindex.started" : "search.reindex.alreadyRunning");
        return "redirect:/admin/search";
    }
}
