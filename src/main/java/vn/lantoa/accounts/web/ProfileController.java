package vn.lantoa.accounts.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accounts.internal.ApiTokens;
import vn.lantoa.accounts.internal.Passwords;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;

/** One's own profile: roles, password change and personal access tokens for the API. */
@Controller
class ProfileController {

    private static final String VIEW = "accounts/profile";

    private final Passwords passwords;
    private final ApiTokens tokens;
    private final Clock clock;

    ProfileController(Passwords passwords, ApiTokens tokens, Clock clock) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        return show(CurrentActor.get(), model);
    }

    @PostMapping("/profile/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            passwords.change(actor.accountId(), currentPassword, newPassword, confirmation);
        } catch (InvalidInput e) {
            model.addAttribute("passwordError", e.messageKey());
            model.addAttribute("passwordErrorArgs", e.args());
            model.addAttribute("passwordErrorField", e.field());
            return show(actor, model);
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer daysValid,
                       Model model) {
        Actor actor = CurrentActor.get();
        try {
            model.addAttribute("newToken", tokens.issuePersonal(actor.accountId(), name, daysValid));
        } catch (InvalidInput e) {
            model.addAttribute("tokenError", e.messageKey());
            model.addAttribute("tokenErrorArgs", e.args());
            model.addAttribute("tokenName", name);
        }
        return show(actor, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentActor.get().accountId(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/profile#tokens";
    }

    private String show(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.personalTokens(actor.accountId()));
        model.addAttribute("now", Instant.now(clock));
        return VIEW;
    }
}
