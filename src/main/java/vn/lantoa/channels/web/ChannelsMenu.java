package vn.lantoa.channels.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NavEntry;

/** The channels pages in the main menu: one entry in the bar, the rest behind the tabs of {@code channels/tabs.html}. */
@Configuration(proxyBeanMethods = false)
class ChannelsMenu {

    @Bean
    static NavEntry channelsEntry() {
        return new NavEntry("channels", "nav.channels", "/channels", 7,
                Set.of(Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.MODERATOR, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER));
    }
}
