package vn.lantoa.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.common.security.CurrentActor;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String username, Model model) {
        if (CurrentActor.find().isPresent() && error == null) {
            return "redirect:/admin";
        }
        model.addAttribute("error", error);
        model.addAttribute("username", username);
        return "accounts/login";
    }
}
