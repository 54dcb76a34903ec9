package vn.lantoa.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Anything not under a staff area is public (so that old addresses reach the portal's 404), which
 * makes the staff areas a promise every controller has to keep: this test holds them to it.
 */
@IntegrationTest
class StaffAreasTest {

    private static final Set<String> STAFF_PREFIXES = Set.of("/admin", "/newsroom", "/accountability", "/channels", "/notifications", "/accounts", "/profile");
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/api/", "/login", "/password/", "/media/", "/error", "/v3/", "/swagger-ui");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @Test
    void everyControllerOutsideThePortalIsInAStaffAreaOrDeliberatelyPublic() {
        List<String> strays = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("vn.lantoa.portal")) {
                return;
            }
            for (String pattern : patterns(info)) {
                boolean staff = STAFF_PREFIXES.stream().anyMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/"));
                boolean deliberatelyPublic = PUBLIC_PREFIXES.stream().anyMatch(pattern::startsWith);
                if (!staff && !deliberatelyPublic && !pattern.startsWith("/api")) {
                    strays.add(pattern + " → " + handler);
                }
            }
        });
        assertThat(strays).as("handlers outside the staff areas that are not part of the portal").isEmpty();
    }

    @Test
    void staffPagesSendAnonymousVisitorsToTheLoginForm() {
        for (String page : List.of("/admin", "/newsroom", "/notifications", "/profile", "/admin/org", "/newsroom/queue",
                "/accountability", "/accountability/reports")) {
            WebSession.Page reply = WebSession.anonymous(port).get(page);
            assertThat(reply.status()).as(page).isEqualTo(302);
            assertThat(reply.location()).as(page).endsWith("/login");
        }
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null ? info.getPatternValues() : info.getPathPatternsCondition().getPatternValues();
    }
}
