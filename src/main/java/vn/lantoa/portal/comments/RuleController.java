package vn.lantoa.portal.comments;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/** The keyword rules of a site's comments, for the moderators, editors and admins of the site's union. */
@Controller
class RuleController {

    static final String PAGE = "portal/moderation/rules";

    private final KeywordRules rules;
    private final Sites sites;

    RuleController(KeywordRules rules, Sites sites) {
        this.rules = rules;
        this.sites = sites;
    }

    @GetMapping(CommentLinks.RULES)
    String list(@RequestParam(required = false) Long siteId, Model model) {
        Site site = site(CurrentActor.get(), siteId);
        return page(site, model);
    }

    @PostMapping(CommentLinks.RULES)
    String add(@RequestParam long siteId, @RequestParam(defaultValue = "") String phrase,
               @RequestParam(defaultValue = "false") boolean matchDiacritics, @RequestParam KeywordRule.Category category,
               @RequestParam KeywordRule.Action action, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Site site = site(actor, siteId);
        try {
            rules.add(actor, site, phrase, matchDiacritics, category, action);
        } catch (InvalidInput e) {
            model.addAttribute("ruleError", e);
            model.addAttribute("phrase", phrase);
            model.addAttribute("matchDiacritics", matchDiacritics);
            model.addAttribute("category", category);
            model.addAttribute("action", action);
            return page(site, model);
        }
        redirect.addFlashAttribute("flash", "commentRule.added");
        return redirect(site);
    }

    @PostMapping(CommentLinks.RULES + "/{id}/active")
    String setActive(@PathVariable long id, @RequestParam long siteId, @RequestParam boolean active, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Site site = site(actor, siteId);
        rules.setActive(actor, site, id, active);
        redirect.addFlashAttribute("flash", active ? "commentRule.enabled" : "commentRule.disabled");
        return redirect(site);
    }

    @PostMapping(CommentLinks.RULES + "/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long siteId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Site site = site(actor, siteId);
        rules.delete(actor, site, id);
        redirect.addFlashAttribute("flash", "commentRule.deleted");
        return redirect(site);
    }

    private String page(Site site, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("ruleSite", site);
        model.addAttribute("sites", managed(actor));
        model.addAttribute("rules", rules.of(site.id()));
        model.addAttribute("categories", KeywordRule.Category.values());
        model.addAttribute("actions", KeywordRule.Action.values());
        return PAGE;
    }

    private static String redirect(Site site) {
        return "redirect:" + CommentLinks.RULES + "?siteId=" + site.id();
    }

    /** The chosen site, or the first this actor manages; 403 for someone who manages none. */
    private Site site(Actor actor, Long siteId) {
        List<Site> managed = managed(actor);
        if (managed.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (siteId == null) {
            return managed.get(0);
        }
        return managed.stream().filter(s -> s.id() == siteId).findFirst()
                .orElseThrow(() -> new NotFound("commentRule.error.siteNotFound"));
    }

    private List<Site> managed(Actor actor) {
        return sites.all().stream().filter(s -> KeywordRules.mayManage(actor, s)).toList();
    }
}
