package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/**
 * Every move of the workflow tried by every kind of person on a story of commune TH-001 sent to Ban
 * Tuyên giáo, in every status. The table below says, independently of the code, who may make which
 * move from where; every other attempt must be refused (403, 404 or 409) and leave the story as it was.
 */
@IntegrationTest
class TransitionMatrixTest {

    private static final List<String> PEOPLE = List.of("canbo.hacthanh", "canbo.hoanghoa", "quantri.hacthanh", "truongban.tg",
            "truongban.gdxh", "canbo.gdxh", "bientap", "thuongtruc", "quantri", "kiemduyet");

    private static final List<String> ACTIONS = List.of("SUBMIT", "WITHDRAW", "APPROVE", "TAKE", "RETURN", "REJECT", "PUBLISH",
            "SCHEDULE", "UNSCHEDULE", "UNPUBLISH", "REOPEN", "ARCHIVE");

    /** status → action → who may. Anything not listed is forbidden. */
    private static final Map<String, Map<String, Set<String>>> ALLOWED = Map.of(
            "DRAFT", Map.of("SUBMIT", Set.of("canbo.hacthanh"), "ARCHIVE", Set.of("canbo.hacthanh")),
            "SUBMITTED", Map.of("WITHDRAW", Set.of("canbo.hacthanh"),
                    "APPROVE", Set.of("truongban.tg", "thuongtruc"),
                    "RETURN", Set.of("truongban.tg", "thuongtruc"),
                    "REJECT", Set.of("truongban.tg", "thuongtruc")),
            "RETURNED", Map.of("SUBMIT", Set.of("canbo.hacthanh")),
            "DEPARTMENT_APPROVED", Map.of("TAKE", Set.of("bientap"), "RETURN", Set.of("bientap"), "REJECT", Set.of("bientap")),
            "IN_EDITING", Map.of("RETURN", Set.of("bientap"), "REJECT", Set.of("bientap"), "PUBLISH", Set.of("bientap"),
                    "SCHEDULE", Set.of("bientap")),
            "SCHEDULED", Map.of("PUBLISH", Set.of("bientap"), "UNSCHEDULE", Set.of("bientap")),
            "PUBLISHED", Map.of("UNPUBLISH", Set.of("bientap"), "ARCHIVE", Set.of("bientap")),
            "UNPUBLISHED", Map.of("PUBLISH", Set.of("bientap"), "REOPEN", Set.of("bientap"), "ARCHIVE", Set.of("bientap")),
            "REJECTED", Map.of("ARCHIVE", Set.of("bientap")),
            "ARCHIVED", Map.of());

    private static final Map<String, String> TARGET = Map.ofEntries(Map.entry("SUBMIT", "SUBMITTED"), Map.entry("WITHDRAW", "DRAFT"),
            Map.entry("APPROVE", "DEPARTMENT_APPROVED"), Map.entry("TAKE", "IN_EDITING"), Map.entry("RETURN", "RETURNED"),
            Map.entry("REJECT", "REJECTED"), Map.entry("PUBLISH", "PUBLISHED"), Map.entry("SCHEDULE", "SCHEDULED"),
            Map.entry("UNSCHEDULE", "IN_EDITING"), Map.entry("UNPUBLISH", "UNPUBLISHED"), Map.entry("REOPEN", "IN_EDITING"),
            Map.entry("ARCHIVE", "ARCHIVED"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TestFactory
    List<DynamicTest> everyoneTriesEveryMoveInEveryStatus() {
        Newsroom newsroom = new Newsroom(port, jdbc);
        List<DynamicTest> tests = new ArrayList<>();
        ALLOWED.forEach((status, allowed) -> {
            long shared = newsroom.storyIn(status);
            for (String action : ACTIONS) {
                for (String person : PEOPLE) {
                    boolean may = allowed.getOrDefault(action, Set.of()).contains(person);
                    String name = status + ": " + person + " " + action + (may ? " is allowed" : " is refused");
                    tests.add(dynamicTest(name, () -> {
                        if (may) {
                            long fresh = newsroom.storyIn(status);
                            var reply = newsroom.move(person, fresh, action);
                            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                            assertThat(reply.json().get("status").asString()).isEqualTo(TARGET.get(action));
                        } else {
                            var reply = newsroom.move(person, shared, action);
                            assertThat(reply.status()).as(reply.body()).isIn(403, 404, 409);
                            assertThat(reply.json().get("detail").asString()).isNotBlank();
                            assertThat(newsroom.get("canbo.hacthanh", shared).get("status").asString()).isEqualTo(status);
                        }
                    }));
                }
            }
        });
        return tests;
    }
}
