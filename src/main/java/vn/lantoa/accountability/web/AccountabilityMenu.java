package vn.lantoa.accountability.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NavEntry;

/**
 * The accountability pages in the main menu: one entry in the bar (compliance, monthly reports,
 * emulation and exports sit behind the tabs of {@code accountability/tabs.html}), and the union's
 * settings in the administration menu.
 */
@Configuration(proxyBeanMethods = false)
class AccountabilityMenu {

    @Bean
    static NavEntry accountabilityEntry() {
        return new NavEntry("accountability", "nav.accountability", "/accountability", 6,
                Set.of(Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER));
    }

    @Bean
    static NavEntry quotaRulesEntry() {
        return new NavEntry("quotaRules", "nav.quotaRules", "/admin/accountability/rules", 70, Set.of(Role.ADMIN));
    }

    @Bean
    static NavEntry reportFormEntry() {
        return new NavEntry("reportForm", "nav.reportForm", "/admin/accountability/report-form", 71, Set.of(Role.ADMIN));
    }

    @Bean
    static NavEntry emulationCriteriaEntry() {
        return new NavEntry("emulationCriteria", "nav.emulationCriteria", "/admin/accountability/emulation", 72, Set.of(Role.ADMIN));
    }

    @Bean
    static NavEntry officialDocumentsEntry() {
        return new NavEntry("officialDocuments", "nav.officialDocuments", "/admin/accountability/documents", 73, Set.of(Role.ADMIN));
    }
}
