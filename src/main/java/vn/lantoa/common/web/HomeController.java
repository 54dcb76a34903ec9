package vn.lantoa.common.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page. The public portal will take "/" later; until then it leads here. */
@Controller
class HomeController {

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }

    @GetMapping("/admin")
    String home() {
        return "home";
    }

    @Bean
    static NavEntry homeEntry() {
        return new NavEntry("home", "nav.home", "/admin", 0, Set.of());
    }
}
