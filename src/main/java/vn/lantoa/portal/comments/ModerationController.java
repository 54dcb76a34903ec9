package vn.lantoa.portal.comments;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/**
 * The moderators' queue of reader comments: pending first, flagged ones on top; approve, reject with
 * a reason, or edit and approve, each row updated in place with htmx (or the page reloaded without
 * JavaScript). Role and scope are checked for every action by {@link ModerationQueue}.
 */
@Controller
class ModerationController {

    static final String PAGE = "portal/moderation/queue";
    static final String RESULTS = PAGE + " :: queueResults";
    static final String ROW = PAGE + " :: queueDecided";

    private final CommentModeration moderation;
    private final ModerationQueue queue;
    private final Sites sites;

    ModerationController(CommentModeration moderation, ModerationQueue queue, Sites sites) {
        this.moderation = moderation;
        this.queue = queue;
        this.sites = sites;
    }

    @Bean
    static NavEntry readerCommentsEntry() {
        return new NavEntry("readerComments", "nav.readerComments", CommentLinks.QUEUE, 40,
                Set.of(Role.MODERATOR, Role.EDITOR, Role.ADMIN));
    }

    @GetMapping(CommentLinks.QUEUE)
    String queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) Long siteId,
                 @RequestParam(required = false) Long storyId, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        fill(actor, status, siteId, storyId, page, model);
        List<Site> visible = sitesOf(actor);
        model.addAttribute("sites", visible);
        model.addAttribute("mayManageRules", sites.all().stream().anyMatch(s -> KeywordRules.mayManage(actor, s)));
        return PAGE;
    }

    @HxRequest
    @GetMapping(CommentLinks.QUEUE)
    String queueRows(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) Long siteId,
                     @RequestParam(required = false) Long storyId, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(CurrentActor.get(), status, siteId, storyId, page, model);
        return RESULTS;
    }

    @PostMapping(CommentLinks.QUEUE + "/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String back,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        QueueRow row = moderation.approve(actor, id);
        return answer(actor, row, htmx, back, "commentQueue.approved", model, redirect);
    }

    @PostMapping(CommentLinks.QUEUE + "/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String back,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            return answer(actor, moderation.reject(actor, id, reason), htmx, back, "commentQueue.rejected", model, redirect);
        } catch (InvalidInput e) {
            return refused(actor, id, e, "reject", reason, htmx, back, model, redirect);
        }
    }

    @PostMapping(CommentLinks.QUEUE + "/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String back,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            return answer(actor, moderation.editAndApprove(actor, id, text), htmx, back, "commentQueue.editedApproved", model, redirect);
        } catch (InvalidInput e) {
            return refused(actor, id, e, "edit", text, htmx, back, model, redirect);
        }
    }

    /** A comment's PDF for its moderators: a download, never shown in the page. */
    @GetMapping(CommentLinks.QUEUE + "/{id}/attachment")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id) throws IOException {
        CommentModeration.Pdf pdf = moderation.pdf(CurrentActor.get(), id);
        return CommentController.download(pdf.fileName(), pdf.sizeBytes(), pdf.content(), CacheControl.noStore());
    }

    private void fill(Actor actor, String status, Long siteId, Long storyId, int page, Model model) {
        CommentStatus wanted = parse(status);
        ModerationQueue.Page rows = queue.page(actor, new ModerationQueue.Filter(wanted, siteId, storyId, page));
        model.addAttribute("comments", rows);
        model.addAttribute("status", wanted == null ? "ALL" : wanted.name());
        model.addAttribute("statuses", List.of("PENDING", "APPROVED", "REJECTED", "ALL"));
        model.addAttribute("siteId", siteId);
        model.addAttribute("storyId", storyId);
        model.addAttribute("pendingCount", queue.pending(actor));
    }

    private String answer(Actor actor, QueueRow row, String htmx, String back, String done, Model model, RedirectAttributes redirect) {
        if ("true".equals(htmx)) {
            model.addAttribute("c", row);
            model.addAttribute("justDecided", done);
            model.addAttribute("pendingCount", queue.pending(actor));
            return ROW;
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:" + safeBack(back);
    }

    private String refused(Actor actor, long id, InvalidInput e, String form, String typed, String htmx, String back, Model model,
                           RedirectAttributes redirect) {
        if ("true".equals(htmx)) {
            model.addAttribute("c", queue.get(actor, id));
            model.addAttribute("rowError", e);
            model.addAttribute("openForm", form);
            model.addAttribute("typed", typed);
            model.addAttribute("pendingCount", queue.pending(actor));
            return ROW;
        }
        redirect.addFlashAttribute("queueError", e);
        return "redirect:" + safeBack(back);
    }

    /** Back to the queue as it was filtered; anything but the queue's own address is ignored. */
    static String safeBack(String back) {
        return back != null && back.startsWith(CommentLinks.QUEUE) && !back.contains("//") && !back.contains("\\")
                && !back.contains("\r") && !back.contains("\n") ? back : CommentLinks.QUEUE;
    }

    private static CommentStatus parse(String status) {
        try {
            return "ALL".equals(status) ? null : CommentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return CommentStatus.PENDING;
        }
    }

    /** The sites whose comments this actor may meet: those overlapping a subtree they moderate. */
    private List<Site> sitesOf(Actor actor) {
        List<String> roots = actor.rootsFor(ModerationQueue.MODERATORS).stream().map(Grant::unitPath).toList();
        return sites.all().stream()
                .filter(s -> roots.stream().anyMatch(r -> s.unitPath().startsWith(r) || r.startsWith(s.unitPath())))
                .toList();
    }
}
