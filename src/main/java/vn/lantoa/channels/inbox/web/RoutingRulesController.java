package vn.lantoa.channels.inbox.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.inbox.InboxAccess;
import vn.lantoa.channels.inbox.RoutingRules;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;

/** A page's routing rules (keywords → department, in order) and its default department, for the page's managers. */
@Controller
class RoutingRulesController {

    private final InboxAccess access;
    private final RoutingRules rules;

    RoutingRulesController(InboxAccess access, RoutingRules rules) {
        this.access = access;
        this.rules = rules;
    }

    @GetMapping("/channels/inbox/rules")
    String rules(@RequestParam(name = "trang", required = false) Long channelId, Model model) {
        return show(model, channelId, null, null, null, null, null);
    }

    @PostMapping("/channels/inbox/rules/{channelId}/add")
    String add(@PathVariable long channelId, @RequestParam(required = false) String keywords,
               @RequestParam(required = false) Long departmentId, Model model) {
        try {
            rules.addRule(CurrentActor.get(), channelId, keywords, departmentId);
        } catch (InvalidInput e) {
            return show(model, channelId, e.messageKey(), MessageArgs.localize(e.args()), keywords, departmentId, e.field());
        }
        return "redirect:/channels/inbox/rules?trang=" + channelId;
    }

    @PostMapping("/channels/inbox/rules/{channelId}/remove/{ruleId}")
    String remove(@PathVariable long channelId, @PathVariable long ruleId) {
        rules.removeRule(CurrentActor.get(), channelId, ruleId);
        return "redirect:/channels/inbox/rules?trang=" + channelId;
    }

    @PostMapping("/channels/inbox/rules/{channelId}/default")
    String setDefault(@PathVariable long channelId, @RequestParam(required = false) Long departmentId, Model model) {
        try {
            rules.setDefault(CurrentActor.get(), channelId, departmentId);
        } catch (InvalidInput e) {
            return show(model, channelId, e.messageKey(), MessageArgs.localize(e.args()), null, null, e.field());
        }
        return "redirect:/channels/inbox/rules?trang=" + channelId;
    }

    private String show(Model model, Long channelId, String error, Object[] errorArgs, String keywords, Long departmentId, String field) {
        Actor actor = CurrentActor.get();
        List<ChannelRef> pages = access.managedPages(actor);
        if (pages.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        ChannelRef page = access.managedPage(actor, channelId == null ? pages.get(0).id() : channelId);
        model.addAttribute("pages", pages);
        model.addAttribute("page", page);
        model.addAttribute("rules", rules.views(page.id()));
        model.addAttribute("departments", rules.departmentsFor(page.id()));
        model.addAttribute("defaultDepartment", rules.defaultDepartment(page.id()));
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", errorArgs);
        model.addAttribute("errorField", field);
        model.addAttribute("keywords", keywords == null ? "" : keywords);
        model.addAttribute("departmentId", departmentId);
        return "channels/inbox/rules";
    }
}
