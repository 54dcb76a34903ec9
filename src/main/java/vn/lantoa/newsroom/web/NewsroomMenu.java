package vn.lantoa.newsroom.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NavEntry;

/** The newsroom's entries in the main menu, each for the roles that work there. */
@Configuration(proxyBeanMethods = false)
class NewsroomMenu {

    @Bean
    static NavEntry storiesEntry() {
        return new NavEntry("stories", "nav.stories", "/newsroom", 2,
                Set.of(Role.UNIT_OFFICER, Role.DEPARTMENT_STAFF, Role.DEPARTMENT_HEAD, Role.EDITOR));
    }

    @Bean
    static NavEntry approvalsEntry() {
        return new NavEntry("approvals", "nav.approvals", "/newsroom/approvals", 3, Set.of(Role.DEPARTMENT_HEAD, Role.LEADERSHIP));
    }

    @Bean
    static NavEntry queueEntry() {
        return new NavEntry("queue", "nav.queue", "/newsroom/queue", 4, Set.of(Role.EDITOR, Role.LEADERSHIP));
    }

    @Bean
    static NavEntry editorialCalendarEntry() {
        return new NavEntry("editorialCalendar", "nav.editorialCalendar", "/newsroom/calendar", 5,
                Set.of(Role.EDITOR, Role.LEADERSHIP, Role.DEPARTMENT_HEAD));
    }

    @Bean
    static NavEntry newsroomSettingsEntry() {
        return new NavEntry("newsroomSettings", "nav.newsroomSettings", "/newsroom/settings", 60, Set.of(Role.EDITOR, Role.ADMIN));
    }
}
