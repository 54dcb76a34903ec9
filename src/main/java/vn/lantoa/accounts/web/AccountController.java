package vn.lantoa.accounts.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.Locale;
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
import vn.lantoa.accounts.internal.Account;
import vn.lantoa.accounts.internal.AccountAdmin;
import vn.lantoa.accounts.internal.AccountForm;
import vn.lantoa.accounts.internal.GrantForm;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NavEntry;
import vn.lantoa.org.OrgDirectory;

/** Admin pages for the accounts of the admin's subtree. */
@Controller
class AccountController {

    private static final String LIST = "accounts/list";
    private static final String FORM = "accounts/form";
    private static final String DETAIL = "accounts/detail";
    private static final int LIMIT = 200;

    private final AccountAdmin admin;
    private final OrgDirectory org;

    AccountController(AccountAdmin admin, OrgDirectory org) {
        this.admin = admin;
        this.org = org;
    }

    @Bean
    static NavEntry accountsEntry() {
        return new NavEntry("accounts", "nav.accounts", "/admin/accounts", 30, Set.of(Role.ADMIN));
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("accounts", admin.list(CurrentActor.get(), q, unitId, LIMIT));
        model.addAttribute("limit", LIMIT);
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        return LIST;
    }

    @HxRequest
    @GetMapping("/admin/accounts")
    String rows(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unitId, Model model) {
        list(q, unitId, model);
        return LIST + " :: rows";
    }

    @GetMapping("/admin/accounts/new")
    String initCreationForm(@RequestParam(required = false) Long unitId, Model model) {
        admin.requireAdmin(CurrentActor.get());
        AccountForm form = new AccountForm();
        form.setHomeUnitId(unitId);
        model.addAttribute("form", form);
        return showForm(model, null);
    }

    @PostMapping("/admin/accounts")
    String processCreationForm(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
                               Locale locale, RedirectAttributes redirect) {
        admin.requireAdmin(CurrentActor.get());
        if (result.hasErrors()) {
            return showForm(model, null);
        }
        try {
            Account account = admin.create(CurrentActor.get(), form, locale);
            redirect.addFlashAttribute("flash", "account.created");
            return "redirect:/admin/accounts/" + account.getId();
        } catch (InvalidInput e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            return showForm(model, null);
        }
    }

    @GetMapping("/admin/accounts/{id}")
    String show(@PathVariable long id, Model model) {
        Account account = admin.get(CurrentActor.get(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AccountForm.of(account));
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm());
        }
        model.addAttribute("account", account);
        model.addAttribute("locked", account.isLocked(java.time.Instant.now()));
        model.addAttribute("grants", admin.grantsOf(account));
        model.addAttribute("roles", Role.values());
        return showForm(model, account);
    }

    @PostMapping("/admin/accounts/{id}")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        admin.get(actor, id);
        if (!result.hasErrors()) {
            try {
                admin.update(actor, id, form);
                redirect.addFlashAttribute("flash", "saved");
                return "redirect:/admin/accounts/" + id;
            } catch (InvalidInput e) {
                result.rejectValue(e.field() == null ? "fullName" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(id, model);
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        admin.setEnabled(CurrentActor.get(), id, true);
        redirect.addFlashAttribute("flash", "account.enabled.flash");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        admin.setEnabled(CurrentActor.get(), id, false);
        redirect.addFlashAttribute("flash", "account.disabled.flash");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        admin.unlock(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/password-reset")
    String sendReset(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        admin.sendPasswordReset(CurrentActor.get(), id, locale);
        redirect.addFlashAttribute("flash", "account.resetSent");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/grants")
    String grant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm grantForm, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        admin.get(CurrentActor.get(), id);
        if (!result.hasErrors()) {
            try {
                admin.grant(CurrentActor.get(), id, grantForm);
                redirect.addFlashAttribute("flash", "account.granted");
                return "redirect:/admin/accounts/" + id;
            } catch (InvalidInput e) {
                result.rejectValue(e.field() == null ? "role" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(id, model);
    }

    @PostMapping("/admin/accounts/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        admin.revoke(CurrentActor.get(), id, grantId);
        redirect.addFlashAttribute("flash", "account.revoked");
        return "redirect:/admin/accounts/" + id;
    }

    private String showForm(Model model, Account account) {
        AccountForm form = (AccountForm) model.getAttribute("form");
        if (form != null && form.getHomeUnitId() != null) {
            model.addAttribute("homeUnit", org.unit(form.getHomeUnitId()).orElse(null));
        }
        return account == null ? FORM : DETAIL;
    }
}
