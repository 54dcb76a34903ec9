package vn.lantoa.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.context.annotation.Bean;
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
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.tree.Departments;
import vn.lantoa.org.tree.DepartmentForm;
import vn.lantoa.org.tree.OrgTree;
import vn.lantoa.org.tree.Unit;
import vn.lantoa.org.tree.UnitForm;
import vn.lantoa.org.tree.UnitPermissions;
import vn.lantoa.org.tree.UnitQueries;

/** The tree pages: browse and search, a unit's page, and the forms that change units. */
@Controller
class UnitController {

    static final String TREE = "org/tree";
    static final String DETAIL = "org/detail";
    static final String FORM = "org/form";
    static final String MOVE = "org/move";
    private static final int SEARCH_LIMIT = 50;

    private final OrgTree tree;
    private final UnitQueries queries;
    private final Departments departments;

    UnitController(OrgTree tree, UnitQueries queries, Departments departments) {
        this.tree = tree;
        this.queries = queries;
        this.departments = departments;
    }

    @Bean
    static NavEntry unitsEntry() {
        return new NavEntry("units", "nav.units", "/admin/units", 10, Set.of());
    }

    @GetMapping("/admin/units")
    String browse(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        if (!q.isBlank()) {
            model.addAttribute("hits", queries.search(actor, q, SEARCH_LIMIT));
        }
        var roots = queries.roots(actor);
        model.addAttribute("roots", roots);
        if (roots.size() == 1) {
            model.addAttribute("rootChildren", queries.children(roots.get(0).id(), inactive));
        }
        model.addAttribute("canImport", !actor.rootsFor(vn.lantoa.common.security.Role.ADMIN).isEmpty());
        return TREE;
    }

    @HxRequest
    @GetMapping("/admin/units/search")
    String searchResults(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? null : queries.search(CurrentActor.get(), q, SEARCH_LIMIT));
        return TREE + " :: results";
    }

    @HxRequest
    @GetMapping("/admin/units/{id}/children")
    String children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        tree.get(CurrentActor.get(), id);
        model.addAttribute("nodes", queries.children(id, inactive));
        model.addAttribute("inactive", inactive);
        return TREE + " :: nodes";
    }

    @GetMapping("/admin/units/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = tree.get(actor, id);
        model.addAttribute("unit", unit);
        model.addAttribute("crumbs", queries.ancestors(unit));
        model.addAttribute("counts", queries.subtreeCounts(unit));
        model.addAttribute("children", queries.children(id, true));
        model.addAttribute("departments", departments.of(actor, id));
        model.addAttribute("canManage", UnitPermissions.canManage(actor, unit));
        model.addAttribute("canRecordFigures", UnitPermissions.canRecordFigures(actor, unit));
        model.addAttribute("deletable", UnitPermissions.canManage(actor, unit) && tree.isDeletable(unit));
        model.addAttribute("childLevel", unit.getLevel().childLevel().orElse(null));
        if (!model.containsAttribute("departmentForm")) {
            model.addAttribute("departmentForm", new DepartmentForm());
        }
        return DETAIL;
    }

    @GetMapping("/admin/units/new")
    String initCreationForm(@RequestParam long parentId, Model model) {
        Unit parent = tree.get(CurrentActor.get(), parentId);
        UnitPermissions.requireManage(CurrentActor.get(), parent);
        UnitForm form = new UnitForm();
        form.setParentId(parentId);
        form.setLevel(parent.getLevel().childLevel().orElse(null));
        model.addAttribute("form", form);
        return showForm(model, parent, null);
    }

    @PostMapping("/admin/units")
    String processCreationForm(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (form.getParentId() == null) {
            throw new InvalidInput("parentId", "validation.required");
        }
        Unit parent = tree.get(actor, form.getParentId());
        UnitPermissions.requireManage(actor, parent);
        if (!result.hasErrors()) {
            try {
                Unit unit = tree.create(actor, form);
                redirect.addFlashAttribute("flash", "unit.created");
                return "redirect:/admin/units/" + unit.getId();
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return showForm(model, parent, null);
    }

    @GetMapping("/admin/units/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = tree.get(actor, id);
        UnitPermissions.requireRecordFigures(actor, unit);
        model.addAttribute("form", UnitForm.of(unit));
        return showForm(model, null, unit);
    }

    @PostMapping("/admin/units/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = tree.get(actor, id);
        UnitPermissions.requireRecordFigures(actor, unit);
        form.setLevel(unit.getLevel());
        if (!result.hasErrors()) {
            try {
                tree.update(actor, id, form);
                redirect.addFlashAttribute("flash", "saved");
                return "redirect:/admin/units/" + id;
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return showForm(model, null, unit);
    }

    @GetMapping("/admin/units/{id}/move")
    String initMoveForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = tree.get(actor, id);
        UnitPermissions.requireManage(actor, unit);
        model.addAttribute("unit", unit);
        model.addAttribute("crumbs", queries.ancestors(unit));
        model.addAttribute("parentLevel", UnitLevel.values()[Math.max(0, unit.getLevel().ordinal() - 1)]);
        return MOVE;
    }

    @PostMapping("/admin/units/{id}/move")
    String processMoveForm(@PathVariable long id, @RequestParam(required = false) Long newParentId, Model model,
                           RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            if (newParentId == null) {
                throw new InvalidInput("newParentId", "unit.error.chooseParent");
            }
            tree.move(actor, id, newParentId);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return initMoveForm(id, model);
        }
        redirect.addFlashAttribute("flash", "unit.moved");
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/admin/units/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        tree.deactivate(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", "unit.deactivated");
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/admin/units/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        tree.activate(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", "unit.activated");
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/admin/units/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Unit unit = tree.get(CurrentActor.get(), id);
        Long parentId = unit.getParentId();
        tree.delete(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", "unit.deleted");
        return "redirect:/admin/units/" + parentId;
    }

    /** Options for unit pickers elsewhere (new parent, an account's unit, a role's unit). */
    @HxRequest
    @GetMapping("/admin/units/options")
    String options(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UnitLevel level, Model model) {
        var hits = queries.search(CurrentActor.get(), q, 30).stream()
                .filter(h -> h.active() && (level == null || h.level() == level))
                .toList();
        model.addAttribute("hits", hits);
        model.addAttribute("q", q);
        return "org/options :: options";
    }

    private String showForm(Model model, Unit parent, Unit unit) {
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("levels", UnitLevel.values());
        if (unit != null) {
            model.addAttribute("canManage", UnitPermissions.canManage(CurrentActor.get(), unit));
        }
        return FORM;
    }
}
