package vn.lantoa.accountability.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceSettings;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.quota.CountedBy;
import vn.lantoa.accountability.quota.MediaRequirement;
import vn.lantoa.accountability.quota.Measure;
import vn.lantoa.accountability.quota.QuotaPreset;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.accountability.quota.QuotaRuleDesk;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.accountability.quota.RuleForm;
import vn.lantoa.accountability.quota.RuleRefused;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The union's quota rules for its admins: the list with the presets of the seeds and the reminder
 * days, the rule form (a level, or units picked by searching the union's subtree), switching a
 * rule off. Every check is the desk's; a refused form comes back with what was typed.
 */
@Controller
class QuotaRulesController {

    static final String BASE = "/admin/accountability/rules";

    private final QuotaRuleDesk desk;
    private final QuotaRuleQueries rules;
    private final ComplianceSettings settings;
    private final ComplianceBoard board;
    private final PublishedStories newsroom;
    private final OrgDirectory org;
    private final MessageSource messages;

    QuotaRulesController(QuotaRuleDesk desk, QuotaRuleQueries rules, ComplianceSettings settings, ComplianceBoard board,
                         PublishedStories newsroom, OrgDirectory org, MessageSource messages) {
        this.desk = desk;
        this.rules = rules;
        this.settings = settings;
        this.board = board;
        this.newsroom = newsroom;
        this.org = org;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "don-vi", required = false) Long unionId, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef union = desk.union(actor, unionId);
        model.addAttribute("union", union);
        model.addAttribute("unions", desk.unions(actor));
        model.addAttribute("rules", rules.ownedBy(union.id()));
        model.addAttribute("presets", QuotaPreset.values());
        model.addAttribute("sections", sectionNames());
        if (!model.containsAttribute("reminderDays")) {
            model.addAttribute("reminderDays", Integer.toString(settings.riskDays(union.id())));
        }
        return "accountability/rules";
    }

    @PostMapping(BASE + "/reminder-days")
    String reminderDays(@RequestParam(name = "don-vi") long unionId, @RequestParam(defaultValue = "") String reminderDays,
                        Model model, RedirectAttributes redirect) {
        try {
            desk.setReminderDays(CurrentActor.get(), unionId, reminderDays);
            redirect.addFlashAttribute("flash", "quotaRule.reminderDays.saved");
            return "redirect:" + BASE + "?don-vi=" + unionId;
        } catch (InvalidInput e) {
            model.addAttribute("reminderDays", reminderDays);
            model.addAttribute("reminderError", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return list(unionId, model);
        }
    }

    @GetMapping(BASE + "/new")
    String newRule(@RequestParam(name = "don-vi", required = false) Long unionId, @RequestParam(required = false) String preset, Model model) {
        UnitRef union = desk.union(CurrentActor.get(), unionId);
        RuleForm form = new RuleForm();
        QuotaPreset chosen = QuotaPreset.of(preset).orElse(null);
        if (chosen != null) {
            chosen.fill(form, messages.getMessage(chosen.messageKey(), null, LocaleContextHolder.getLocale()));
        }
        form.setValidFrom(board.current(form.getPeriod()).start().toString());
        model.addAttribute("chosenPreset", chosen);
        return form(model, union, null, form, Map.of(), null);
    }

    @PostMapping(BASE)
    String create(@RequestParam(name = "don-vi") long unionId, @ModelAttribute("form") RuleForm form,
                  @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String unitQuery,
                  Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef union = desk.union(actor, unionId);
        if ("search".equals(action)) {
            return form(model, union, null, form, Map.of(), unitQuery);
        }
        try {
            long id = desk.create(actor, union.id(), form);
            redirect.addFlashAttribute("flash", "quotaRule.created");
            return "redirect:" + BASE + "?don-vi=" + union.id() + "#rule-" + id;
        } catch (RuleRefused e) {
            return form(model, union, null, form, errors(e), unitQuery);
        }
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long id, Model model) {
        QuotaRule rule = desk.rule(CurrentActor.get(), id);
        return form(model, org.unit(rule.ownerUnitId()).orElseThrow(), rule, RuleForm.of(rule), Map.of(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RuleForm form, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String unitQuery, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        QuotaRule rule = desk.rule(actor, id);
        UnitRef union = org.unit(rule.ownerUnitId()).orElseThrow();
        if ("search".equals(action)) {
            return form(model, union, rule, form, Map.of(), unitQuery);
        }
        try {
            desk.update(actor, id, form);
            redirect.addFlashAttribute("flash", "quotaRule.saved");
            return "redirect:" + BASE + "?don-vi=" + union.id() + "#rule-" + id;
        } catch (RuleRefused e) {
            return form(model, union, rule, form, errors(e), unitQuery);
        } catch (InvalidInput e) {
            return form(model, union, rule, form, Map.of("version", message(e.messageKey(), e.args())), unitQuery);
        }
    }

    @PostMapping(BASE + "/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        QuotaRule rule = desk.rule(actor, id);
        try {
            desk.deactivate(actor, id, version);
            redirect.addFlashAttribute("flash", "quotaRule.deactivated");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("ruleError", message(e.messageKey(), e.args()));
        }
        return "redirect:" + BASE + "?don-vi=" + rule.ownerUnitId();
    }

    /** The picker's search results (htmx): units of the union's subtree not already picked. */
    @HxRequest
    @GetMapping(BASE + "/unit-options")
    String unitOptions(@RequestParam(name = "don-vi") long unionId, @RequestParam(defaultValue = "") String unitQuery,
                       @RequestParam(required = false) List<Long> unitIds, Model model) {
        UnitRef union = desk.union(CurrentActor.get(), unionId);
        options(model, union, unitQuery, unitIds == null ? List.of() : unitIds);
        return "accountability/rule-form :: options";
    }

    private String form(Model model, UnitRef union, QuotaRule rule, RuleForm form, Map<String, String> errors, String unitQuery) {
        model.addAttribute("union", union);
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", QuotaRuleDesk.levelsUnder(union));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("periods", PeriodKind.values());
        model.addAttribute("countedBys", CountedBy.values());
        model.addAttribute("medias", MediaRequirement.values());
        model.addAttribute("sections", newsroom.sections());
        model.addAttribute("presets", QuotaPreset.values());
        model.addAttribute("selectedUnits", org.units(form.getUnitIds()).stream()
                .sorted(java.util.Comparator.comparing(UnitRef::path)).toList());
        options(model, union, unitQuery, form.getUnitIds());
        if (!model.containsAttribute("chosenPreset")) {
            model.addAttribute("chosenPreset", QuotaPreset.of(form.getPreset()).orElse(null));
        }
        return "accountability/rule-form";
    }

    private void options(Model model, UnitRef union, String unitQuery, List<Long> picked) {
        Set<Long> already = new HashSet<>(picked);
        model.addAttribute("unitQuery", unitQuery == null ? "" : unitQuery);
        model.addAttribute("unitOptions", unitQuery == null || unitQuery.isBlank() ? null
                : desk.unitOptions(union, unitQuery).stream().filter(u -> !already.contains(u.id())).toList());
    }

    private Map<String, String> errors(RuleRefused e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.messageKey(), p.args())));
        return errors;
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private Map<Long, String> sectionNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        newsroom.sections().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }
}
