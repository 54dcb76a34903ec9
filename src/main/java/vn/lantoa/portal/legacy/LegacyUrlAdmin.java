package vn.lantoa.portal.legacy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.portal.site.Site;

/**
 * Old addresses of the former website, for the site's admins and editors: the list with search and
 * delete, and the import of a CSV file with a preview of every bad line before anything is applied.
 */
@Controller
class LegacyUrlAdmin {

    static final String LIST = "portal/legacy-urls";
    static final String PREVIEW = "portal/legacy-import";
    static final String BASE = "/admin/portal/legacy-urls";
    static final int PROBLEMS_SHOWN = 1_000;
    static final int ADDITIONS_SHOWN = 200;

    record ProblemView(int line, String oldUrl, String messageKey, Object[] args) {
    }

    private final LegacyUrls legacy;

    LegacyUrlAdmin(LegacyUrls legacy) {
        this.legacy = legacy;
    }

    @Bean
    static NavEntry legacyUrlsEntry() {
        return new NavEntry("legacyUrls", "nav.legacyUrls", BASE, 70, Set.of(Role.ADMIN, Role.EDITOR));
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "site", required = false) Long siteId, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        Site site = chosen(actor, siteId);
        long total = legacy.count(actor, site, q);
        model.addAttribute("sites", legacy.manageable(actor));
        model.addAttribute("managedSite", site);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("total", total);
        model.addAttribute("mappings", legacy.list(actor, site, q, page));
        model.addAttribute("hasNext", (long) (Math.max(0, page) + 1) * LegacyUrls.PAGE_SIZE < total);
        return LIST;
    }

    @PostMapping(BASE + "/import")
    String upload(@RequestParam(name = "site") long siteId, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        Actor actor = CurrentActor.get();
        Site site = legacy.site(actor, siteId);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "portal.legacy.error.noFile");
            }
            // checked before reading: the upload limit is set for 500 MB videos, far above a list of addresses
            if (file.getSize() > LegacyFile.MAX_BYTES) {
                throw new InvalidInput("file", "portal.legacy.error.tooLarge", LegacyFile.MAX_BYTES / (1024 * 1024));
            }
            LegacyUrls.Preview preview = legacy.upload(actor, site, file.getOriginalFilename(), file.getBytes());
            return "redirect:" + BASE + "/import/" + preview.job().id();
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return list(siteId, "", 0, model);
        }
    }

    @GetMapping(BASE + "/import/{id}")
    String preview(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        LegacyUrls.Preview preview;
        try {
            preview = legacy.preview(actor, id);
        } catch (InvalidInput e) {
            // the kept file was read once already; only a change of the limits could make it unreadable now
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            preview = new LegacyUrls.Preview(legacy.job(actor, id), null);
        }
        LegacyPlan plan = preview.plan();
        model.addAttribute("job", preview.job());
        model.addAttribute("managedSite", legacy.site(actor, preview.job().siteId()));
        model.addAttribute("plan", plan);
        if (plan != null) {
            model.addAttribute("problems", plan.problems().stream().limit(PROBLEMS_SHOWN)
                    .map(p -> new ProblemView(p.line(), p.oldUrl(), p.messageKey(), MessageArgs.localize(p.args().toArray())))
                    .toList());
            model.addAttribute("additions", plan.additions().stream().limit(ADDITIONS_SHOWN).toList());
        }
        return PREVIEW;
    }

    @PostMapping(BASE + "/import/{id}/apply")
    String apply(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            int added = legacy.apply(actor, id);
            redirect.addFlashAttribute("notice", "portal.legacy.applied");
            redirect.addFlashAttribute("noticeArgs", new Object[] {added});
            return "redirect:" + listUrl(legacy.job(actor, id).siteId(), null);
        } catch (InvalidInput e) {
            String view = preview(id, model);
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return view;
        }
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(name = "site") long siteId, @RequestParam(defaultValue = "") String q,
                  RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        legacy.delete(actor, legacy.site(actor, siteId), id);
        redirect.addFlashAttribute("notice", "portal.legacy.deleted");
        redirect.addFlashAttribute("noticeArgs", new Object[0]);
        return "redirect:" + listUrl(siteId, q);
    }

    /** The site asked for, or the first the person manages; none at all is a refusal. */
    private Site chosen(Actor actor, Long siteId) {
        if (siteId != null) {
            return legacy.site(actor, siteId);
        }
        List<Site> sites = legacy.manageable(actor);
        if (sites.isEmpty()) {
            throw new Forbidden("portal.legacy.error.forbidden");
        }
        return sites.get(0);
    }

    private static String listUrl(long siteId, String q) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(BASE).queryParam("site", siteId);
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        return url.encode().build().toUriString();
    }
}
