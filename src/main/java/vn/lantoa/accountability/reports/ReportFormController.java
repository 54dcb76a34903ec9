package vn.lantoa.accountability.reports;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/** The monthly report form of a union, set up by its admins: levels, due day and fields. */
@Controller
class ReportFormController {

    static final String FORM = "accountability/reports/form";
    private static final String BASE = "/admin/accountability/report-form";

    private final ReportForms forms;
    private final OrgDirectory org;

    ReportFormController(ReportForms forms, OrgDirectory org) {
        this.forms = forms;
        this.org = org;
    }

    @GetMapping(BASE)
    String show(@RequestParam(required = false) Long owner, Model model) {
        return page(CurrentActor.get(), owner, model);
    }

    @PostMapping(BASE)
    String create(@RequestParam long owner, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        forms.create(actor, ownerUnit(actor, owner));
        redirect.addFlashAttribute("flash", "reportForm.created");
        return "redirect:" + BASE + "?owner=" + owner;
    }

    @PostMapping(BASE + "/{formId}/settings")
    String settings(@PathVariable long formId, @RequestParam(required = false) List<UnitLevel> levels,
                    @RequestParam(required = false) String dueDay, @RequestParam long version, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ReportForm form = forms.editable(actor, formId);
        try {
            Set<UnitLevel> chosen = levels == null || levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels);
            forms.updateSettings(actor, formId, chosen, parseDay(dueDay), version);
        } catch (InvalidInput e) {
            model.addAttribute("settingsError", e.messageKey());
            model.addAttribute("settingsErrorArgs", e.args());
            model.addAttribute("typedDueDay", dueDay);
            return page(actor, form.ownerUnitId(), model);
        }
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:" + BASE + "?owner=" + form.ownerUnitId();
    }

    @PostMapping(BASE + "/{formId}/fields")
    String addField(@PathVariable long formId, @RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String help,
                    @RequestParam(required = false) FieldKind kind, @RequestParam(defaultValue = "false") boolean required,
                    Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ReportForm form = forms.editable(actor, formId);
        try {
            forms.addField(actor, formId, new ReportForms.NewField(label, help, kind, required));
        } catch (InvalidInput e) {
            model.addAttribute("fieldError", e.messageKey());
            model.addAttribute("fieldErrorArgs", e.args());
            model.addAttribute("newField", new ReportForms.NewField(label, help, kind, required));
            return page(actor, form.ownerUnitId(), model);
        }
        redirect.addFlashAttribute("flash", "reportForm.fieldAdded");
        return "redirect:" + BASE + "?owner=" + form.ownerUnitId();
    }

    @PostMapping(BASE + "/{formId}/fields/{fieldId}")
    String editField(@PathVariable long formId, @PathVariable long fieldId, @RequestParam(defaultValue = "") String label,
                     @RequestParam(defaultValue = "") String help, @RequestParam(defaultValue = "false") boolean required,
                     Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ReportForm form = forms.editable(actor, formId);
        try {
            forms.editField(actor, formId, fieldId, new ReportForms.NewField(label, help, null, required));
        } catch (InvalidInput e) {
            model.addAttribute("editError", e.messageKey());
            model.addAttribute("editErrorArgs", e.args());
            model.addAttribute("editFieldId", fieldId);
            return page(actor, form.ownerUnitId(), model);
        }
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:" + BASE + "?owner=" + form.ownerUnitId();
    }

    @PostMapping(BASE + "/{formId}/fields/{fieldId}/{change}")
    String change(@PathVariable long formId, @PathVariable long fieldId, @PathVariable String change, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ReportForm form = forms.editable(actor, formId);
        switch (change) {
            case "up" -> forms.move(actor, formId, fieldId, -1);
            case "down" -> forms.move(actor, formId, fieldId, 1);
            case "off" -> forms.switchField(actor, formId, fieldId, false);
            case "on" -> forms.switchField(actor, formId, fieldId, true);
            default -> throw new NotFound("error.notFound");
        }
        redirect.addFlashAttribute("flash", "saved");
        return "redirect:" + BASE + "?owner=" + form.ownerUnitId() + "#field-" + fieldId;
    }

    private String page(Actor actor, Long ownerId, Model model) {
        List<UnitRef> owners = actor.rootsFor(Role.ADMIN).stream().map(Grant::unitId).map(org::unit).flatMap(Optional::stream).toList();
        if (owners.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        UnitRef owner = ownerId == null ? owners.get(0) : ownerUnit(actor, ownerId);
        Optional<ReportForm> form = forms.ownedBy(owner.id());
        model.addAttribute("owner", owner);
        model.addAttribute("owners", owners);
        model.addAttribute("form", form.orElse(null));
        model.addAttribute("applying", form.isPresent() ? null : forms.applying(owner).orElse(null));
        model.addAttribute("applyingOwner", form.isPresent() ? null
                : forms.applying(owner).flatMap(f -> org.unit(f.ownerUnitId())).orElse(null));
        model.addAttribute("levels", ReportForms.assignableLevels(owner.level()));
        model.addAttribute("kinds", FieldKind.values());
        if (!model.containsAttribute("newField")) {
            model.addAttribute("newField", new ReportForms.NewField("", "", FieldKind.INTEGER, false));
        }
        return FORM;
    }

    private UnitRef ownerUnit(Actor actor, long id) {
        UnitRef unit = org.unit(id).filter(u -> actor.sees(u.path())).orElseThrow(() -> new NotFound("reportForm.error.notFound"));
        if (!actor.may(unit.path(), Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        return unit;
    }

    private static Integer parseDay(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
