package vn.lantoa.common.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page; "/" belongs to the public portal. */
@Controller
class HomeController {

    @GetMapping("/admin")
    String home() {
        return "home";
    }

    @Bean
    static NavEntry homeEntry() {
        return new NavEntry("home", "nav.home", "/admin", 0, Set.of());
    }
}
