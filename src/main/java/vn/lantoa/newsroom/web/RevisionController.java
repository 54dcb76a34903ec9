package vn.lantoa.newsroom.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.story.Revisions;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryDesk;
import vn.lantoa.newsroom.story.StoryPermissions;

/** A story's revisions: the list, a side-by-side comparison of any two, and restoring one. */
@Controller
class RevisionController {

    private final StoryDesk desk;
    private final Revisions revisions;

    RevisionController(StoryDesk desk, Revisions revisions) {
        this.desk = desk;
        this.revisions = revisions;
    }

    @GetMapping("/newsroom/stories/{id}/revisions")
    String list(@PathVariable long id, @RequestParam(required = false) Integer a, @RequestParam(required = false) Integer b, Model model) {
        Actor actor = CurrentActor.get();
        Story story = desk.get(actor, id);
        var all = revisions.of(id);
        model.addAttribute("story", story);
        model.addAttribute("revisions", all);
        model.addAttribute("canRestore", StoryPermissions.mayEdit(actor, story));
        if (all.size() >= 2 || (a != null && b != null)) {
            int after = b != null ? b : all.get(0).number();
            int before = a != null ? a : all.get(1).number();
            var older = revisions.find(id, before).orElseThrow(() -> new NotFound("story.error.revisionNotFound"));
            var newer = revisions.find(id, after).orElseThrow(() -> new NotFound("story.error.revisionNotFound"));
            model.addAttribute("a", older);
            model.addAttribute("b", newer);
            model.addAttribute("rows", Revisions.compare(older, newer));
        }
        return "newsroom/revisions";
    }

    @PostMapping("/newsroom/stories/{id}/revisions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        desk.restore(CurrentActor.get(), id, number);
        redirect.addFlashAttribute("flash", "story.revision.restored");
        return "redirect:/newsroom/stories/" + id + "/revisions";
    }
}
