package vn.lantoa.common.audit;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NavEntry;

/** The audit log page for admins, and the same entries under /api/v1/audit. */
@Controller
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @Bean
    static NavEntry auditEntry() {
        return new NavEntry("audit", "nav.audit", "/admin/audit", 90, Set.of(Role.ADMIN));
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        List<AuditQueries.Event> events = queries.page(CurrentActor.get(), action, q, page);
        model.addAttribute("events", events.stream().limit(AuditQueries.PAGE_SIZE).toList());
        model.addAttribute("hasNext", events.size() > AuditQueries.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("action", action);
        model.addAttribute("q", q);
        model.addAttribute("actions", queries.actions());
        return "audit/list";
    }
}
