package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * A move in the tree reaches the copies of unit paths that other modules keep for their scope checks:
 * a moved commune's stories leave the old province's editors and reach the new one's.
 */
@IntegrationTest
class UnitMoveCopiesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMovedCommunesStoriesFollowItToItsNewProvince() {
        Fixture fx = new Fixture(jdbc);
        UnitRef thanhHoa = fx.unit(jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single());
        UnitRef commune = fx.child(thanhHoa, UnitLevel.COMMUNE);
        UnitRef branch = fx.child(commune, UnitLevel.BRANCH);
        long story = fx.submitted(branch, Instant.now());
        jdbc.sql("update story set status = 'IN_EDITING', reached_editors_at = now() where id = :id").param("id", story).update();
        assertThat(WebSession.login(port, "bientap").get("/newsroom/stories/" + story).status()).isEqualTo(200);

        Fixture.Province elsewhere = fx.province(0);
        var moved = ApiClient.as(port, "quantri.tw").post("/api/v1/units/" + commune.id() + "/move",
                "{\"newParentId\":" + elsewhere.province().id() + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        String branchPath = fx.unit(branch.id()).path();
        assertThat(branchPath).startsWith(elsewhere.province().path());
        assertThat(jdbc.sql("select author_unit_path from story where id = :id").param("id", story).query(String.class).single())
                .isEqualTo(branchPath);
        assertThat(WebSession.login(port, "bientap").get("/newsroom/stories/" + story).status())
                .as("Thanh Hóa's editor no longer reaches a story of a commune that left the province").isEqualTo(404);
    }
}
