package vn.lantoa.accounts.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accounts.internal.Passwords;
import vn.lantoa.common.web.InvalidInput;

/** "Quên mật khẩu": ask for a link by email, then choose a new password from it. */
@Controller
class PasswordResetController {

    private final Passwords passwords;

    PasswordResetController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(@RequestParam(defaultValue = "") String usernameOrEmail, Locale locale, Model model) {
        if (usernameOrEmail.isBlank()) {
            model.addAttribute("error", "validation.required");
            return "accounts/forgot";
        }
        passwords.requestReset(usernameOrEmail, locale);
        model.addAttribute("sent", true);
        return "accounts/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", passwords.accountForResetToken(token).isPresent());
        return "accounts/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
                 @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
        try {
            passwords.reset(token, newPassword, confirmation);
        } catch (InvalidInput e) {
            model.addAttribute("token", token);
            model.addAttribute("valid", !"token".equals(e.field()));
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "accounts/reset";
        }
        return "redirect:/login?reset";
    }
}
