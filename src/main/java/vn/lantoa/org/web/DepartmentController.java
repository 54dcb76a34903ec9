package vn.lantoa.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
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
import vn.lantoa.org.tree.Department;
import vn.lantoa.org.tree.DepartmentForm;
import vn.lantoa.org.tree.Departments;
import vn.lantoa.org.tree.OrgTree;
import vn.lantoa.org.tree.Unit;
import vn.lantoa.org.tree.UnitPermissions;

/** Departments (Ban chuyên môn) of a unit. */
@Controller
class DepartmentController {

    private static final String FORM = "org/department";

    private final Departments departments;
    private final OrgTree tree;

    DepartmentController(Departments departments, OrgTree tree) {
        this.departments = departments;
        this.tree = tree;
    }

    @PostMapping("/admin/units/{unitId}/departments")
    String create(@PathVariable long unitId, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        UnitPermissions.requireManage(CurrentActor.get(), tree.get(CurrentActor.get(), unitId));
        if (!result.hasErrors()) {
            try {
                departments.create(CurrentActor.get(), unitId, form);
                redirect.addFlashAttribute("flash", "department.created");
                return "redirect:/admin/units/" + unitId + "#departments";
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        redirect.addFlashAttribute("departmentForm", form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "departmentForm", result);
        return "redirect:/admin/units/" + unitId + "#new-department";
    }

    @GetMapping("/admin/departments/{id}")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Department department = departments.get(actor, id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DepartmentForm.of(department));
        }
        return show(actor, department, model);
    }

    @PostMapping("/admin/departments/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Department department = departments.get(actor, id);
        UnitPermissions.requireEditDepartment(actor, tree.get(actor, department.getUnitId()), department);
        if (!result.hasErrors()) {
            try {
                departments.update(actor, id, form);
                redirect.addFlashAttribute("flash", "saved");
                return "redirect:/admin/departments/" + id;
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(actor, department, model);
    }

    @PostMapping("/admin/departments/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        departments.setActive(CurrentActor.get(), id, false);
        redirect.addFlashAttribute("flash", "department.deactivated");
        return "redirect:/admin/departments/" + id;
    }

    @PostMapping("/admin/departments/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        departments.setActive(CurrentActor.get(), id, true);
        redirect.addFlashAttribute("flash", "department.activated");
        return "redirect:/admin/departments/" + id;
    }

    /** Departments of a unit as options, for the role form of accounts. */
    @HxRequest
    @GetMapping("/admin/units/department-options")
    String options(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("departments", unitId == null ? java.util.List.of() : departments.of(CurrentActor.get(), unitId));
        return "org/options :: departments";
    }

    private String show(Actor actor, Department department, Model model) {
        Unit unit = tree.get(actor, department.getUnitId());
        model.addAttribute("department", department);
        model.addAttribute("unit", unit);
        model.addAttribute("canManage", UnitPermissions.canManage(actor, unit));
        model.addAttribute("canEdit", UnitPermissions.canEditDepartment(actor, unit, department));
        return FORM;
    }
}
