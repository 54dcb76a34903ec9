package vn.lantoa.newsroom.web;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.newsroom.queue.StoryQueries;
import vn.lantoa.newsroom.story.AuthorSeat;
import vn.lantoa.newsroom.story.ChecklistNotMet;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryAction;
import vn.lantoa.newsroom.story.StoryDesk;
import vn.lantoa.newsroom.story.StoryForm;

/** A unit's stories, writing and editing one, and moving it along the workflow. */
@Controller
class StoryController {

    static final String MINE = "newsroom/mine";
    static final String FORM = "newsroom/form";
    static final String SHOW = "newsroom/story";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StoryDesk desk;
    private final StoryQueries queries;
    private final StoryPage page;
    private final vn.lantoa.newsroom.story.Revisions revisions;

    StoryController(StoryDesk desk, StoryQueries queries, StoryPage page, vn.lantoa.newsroom.story.Revisions revisions) {
        this.revisions = revisions;
        this.desk = desk;
        this.queries = queries;
        this.page = page;
    }

    @GetMapping("/newsroom")
    String mine(@RequestParam(required = false) StoryStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("stories", queries.ofMyUnits(actor, status, page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", StoryStatus.values());
        model.addAttribute("canWrite", !AuthorSeat.of(actor).isEmpty());
        return MINE;
    }

    @GetMapping("/newsroom/stories/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new StoryForm());
        return page.form(model, CurrentActor.get(), null);
    }

    @PostMapping("/newsroom/stories")
    String processCreationForm(@Valid @ModelAttribute("form") StoryForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!result.hasErrors()) {
            try {
                Story story = desk.create(actor, form);
                redirect.addFlashAttribute("flash", "story.created");
                return "redirect:/newsroom/stories/" + story.id() + "/edit";
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return page.form(model, actor, null);
    }

    @GetMapping("/newsroom/stories/{id}")
    String show(@PathVariable long id, Model model) {
        return page.show(model, CurrentActor.get(), desk.get(CurrentActor.get(), id));
    }

    @GetMapping("/newsroom/stories/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Story story = desk.get(actor, id);
        StoryForm form = StoryForm.of(story);
        form.setRevision(revisions.latestNumber(id));
        model.addAttribute("form", form);
        return page.form(model, actor, story);
    }

    @PostMapping("/newsroom/stories/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") StoryForm form, BindingResult result,
                             @RequestParam(defaultValue = "save") String then, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!result.hasErrors()) {
            try {
                desk.save(actor, id, form);
                if ("submit".equals(then)) {
                    return perform(id, StoryAction.SUBMIT, null, null, null, model, redirect);
                }
                redirect.addFlashAttribute("flash", "saved");
                return "redirect:/newsroom/stories/" + id + "/edit";
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return page.form(model, actor, desk.get(actor, id));
    }

    @PostMapping("/newsroom/stories/{id}/actions/{action}")
    String perform(@PathVariable long id, @PathVariable StoryAction action, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) LocalDateTime publishAt, @RequestParam(required = false) LocalDateTime unpublishAt,
                   Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            desk.perform(actor, id, action, reason, instant(publishAt), instant(unpublishAt));
        } catch (ChecklistNotMet e) {
            model.addAttribute("gaps", e.gaps());
            return page.show(model, actor, desk.get(actor, id));
        } catch (InvalidInput e) {
            model.addAttribute("actionError", e);
            model.addAttribute("failedAction", action);
            model.addAttribute("reason", reason);
            return page.show(model, actor, desk.get(actor, id));
        }
        redirect.addFlashAttribute("flash", "story.done." + action.name());
        return "redirect:/newsroom/stories/" + id;
    }

    @PostMapping("/newsroom/stories/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            desk.comment(actor, id, body);
        } catch (InvalidInput e) {
            model.addAttribute("commentError", e);
            model.addAttribute("commentBody", body);
            return page.show(model, actor, desk.get(actor, id));
        }
        redirect.addFlashAttribute("flash", "story.comment.added");
        return "redirect:/newsroom/stories/" + id + "#comments";
    }

    private static java.time.Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toInstant();
    }
}
