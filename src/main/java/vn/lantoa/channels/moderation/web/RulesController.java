package vn.lantoa.channels.moderation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.channels.moderation.ModerationAccess;
import vn.lantoa.channels.moderation.ModerationRule;
import vn.lantoa.channels.moderation.ModerationRules;
import vn.lantoa.channels.moderation.RuleAction;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.UnitRef;

/**
 * The rules editor of a union: its rules in the order they apply, each switched on or off, moved up or
 * down, edited; a new rule. A refused form comes back with what was typed and the reason next to the field.
 */
@Controller
class RulesController {

    private final ModerationAccess access;
    private final ModerationRules rules;
    private final MessageSource messages;

    RulesController(ModerationAccess access, ModerationRules rules, MessageSource messages) {
        this.access = access;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/channels/comments/rules")
    String list(@RequestParam(name = "don-vi", required = false) Long unitId, Model model) {
        UnitRef unit = access.subtree(CurrentActor.get(), unitId);
        return page(model, unit, null, blank(), Map.of());
    }

    @PostMapping("/channels/comments/rules")
    String create(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam Map<String, String> params, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.subtree(actor, unitId);
        try {
            rules.create(actor, unit.id(), form(params));
            return "redirect:/channels/comments/rules?don-vi=" + unit.id();
        } catch (InvalidInput e) {
            return page(model, unit, null, params, errors(e));
        }
    }

    @GetMapping("/channels/comments/rules/{id}")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ModerationRule rule = rules.rule(actor, id);
        return page(model, access.subtree(actor, rule.unitId()), rule, filled(rule), Map.of());
    }

    @PostMapping("/channels/comments/rules/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Actor actor = CurrentActor.get();
        ModerationRule rule = rules.rule(actor, id);
        UnitRef unit = access.subtree(actor, rule.unitId());
        try {
            rules.update(actor, id, form(params));
            return "redirect:/channels/comments/rules?don-vi=" + unit.id();
        } catch (InvalidInput e) {
            return page(model, unit, rule, params, errors(e));
        }
    }

    @PostMapping("/channels/comments/rules/{id}/switch")
    String switchRule(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active) {
        Actor actor = CurrentActor.get();
        rules.switchTo(actor, id, active);
        return "redirect:/channels/comments/rules?don-vi=" + rules.rule(actor, id).unitId() + "#rule-" + id;
    }

    @PostMapping("/channels/comments/rules/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "1") int by) {
        Actor actor = CurrentActor.get();
        rules.move(actor, id, by);
        return "redirect:/channels/comments/rules?don-vi=" + rules.rule(actor, id).unitId() + "#rule-" + id;
    }

    private String page(Model model, UnitRef unit, ModerationRule editing, Map<String, String> form, Map<String, String> errors) {
        Actor actor = CurrentActor.get();
        List<ModerationRule> list = rules.ofUnit(unit.id());
        Map<Long, String> pageNames = new LinkedHashMap<>();
        access.pages(unit).forEach(p -> pageNames.put(p.id(), p.name()));
        Map<Long, String> assignees = new LinkedHashMap<>();
        rules.assignees(unit).forEach(a -> assignees.put(a.id(), a.fullName()));
        model.addAttribute("unit", unit);
        model.addAttribute("roots", access.roots(actor));
        model.addAttribute("rules", list);
        model.addAttribute("pageNames", pageNames);
        model.addAttribute("assignees", assignees);
        model.addAttribute("actions", RuleAction.values());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "channels/comments/rules";
    }

    private Map<String, String> errors(InvalidInput e) {
        return Map.of(e.field(), messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
    }

    static ModerationRules.Form form(Map<String, String> p) {
        return new ModerationRules.Form(p.get("name"), number(p.get("channelId")), p.get("keywords"), p.containsKey("useKeywords"),
                p.containsKey("hasLink"), p.containsKey("onlyEmoji"), p.containsKey("newAuthor"), p.get("action"),
                number(p.get("assigneeId")));
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Map<String, String> blank() {
        return Map.of("action", "FLAG", "useKeywords", "on");
    }

    private static Map<String, String> filled(ModerationRule r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("channelId", r.channelId() == null ? "" : r.channelId().toString());
        m.put("keywords", String.join("\n", r.keywords()));
        if (!r.keywords().isEmpty()) {
            m.put("useKeywords", "on");
        }
        if (r.hasLink()) {
            m.put("hasLink", "on");
        }
        if (r.onlyEmoji()) {
            m.put("onlyEmoji", "on");
        }
        if (r.newAuthor()) {
            m.put("newAuthor", "on");
        }
        m.put("action", r.action().name());
        m.put("assigneeId", r.assigneeId() == null ? "" : r.assigneeId().toString());
        return m;
    }
}
