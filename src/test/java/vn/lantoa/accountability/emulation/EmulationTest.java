package vn.lantoa.accountability.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.reports.ReportForms;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The 2025 ranking of {@link EmulationData}'s province, its pages and who may do what on them. */
@IntegrationTest
class EmulationTest {

    static final int YEAR = EmulationData.YEAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmulationRankings rankings;

    @Autowired
    ReportForms forms;

    private Fixture.Province p;
    private UnitRef best;
    private UnitRef middle;
    private UnitRef idle;

    @BeforeEach
    void setUp() {
        EmulationData data = EmulationData.create(jdbc, forms);
        p = data.units();
        best = data.best();
        middle = data.middle();
        idle = data.idle();
    }

    @Test
    void theRankingOrdersTheCommunesForTheReasonsShownInTheirBreakdowns() {
        EmulationRanking ranking = rankings.rank(p.province(), YEAR);

        assertThat(ranking.provisional()).isFalse();
        assertThat(ranking.rows()).extracting(r -> r.unit().id()).containsExactly(best.id(), middle.id(), idle.id());
        assertThat(ranking.rows()).extracting(EmulationRanking.Row::rank).containsExactly(1, 2, 3);
        EmulationRanking.Row first = ranking.rows().get(0);
        assertThat(first.score()).isEqualTo(100.0);
        assertThat(first.percent(EmulationCriterion.QUOTAS)).isEqualTo(100.0);
        assertThat(first.percent(EmulationCriterion.DIGITAL_SKILLS)).as("24 sessions against 12, capped").isEqualTo(100.0);
        assertThat(first.leftOut()).extracting(EmulationScoring.Line::criterion).containsExactly(EmulationCriterion.AUDIENCE);

        EmulationRanking.Row second = ranking.rows().get(1);
        assertThat(second.percent(EmulationCriterion.QUOTAS)).isEqualTo(50.0);
        assertThat(second.percent(EmulationCriterion.TIMELINESS)).isEqualTo(0.0);
        assertThat(second.percent(EmulationCriterion.REPORTS)).as("six reports, all late, of twelve").isEqualTo(0.0);
        assertThat(second.percent(EmulationCriterion.DIGITAL_SKILLS)).isEqualTo(50.0);
        // (35 × 0.5 + 20 × 0 + 25 × 0 + 10 × 0.5) / 90
        assertThat(second.score()).isEqualTo(25.0);

        EmulationRanking.Row third = ranking.rows().get(2);
        assertThat(third.line(EmulationCriterion.TIMELINESS).orElseThrow().measure().missingKey())
                .as("no major event: left out, not zero").isEqualTo("emulation.missing.TIMELINESS");
        assertThat(third.score()).isEqualTo(0.0);
    }

    @Test
    void theAudienceCriterionScoresTheGrowthOfTheUnitsChannelsAgainstTheUnionsTarget() {
        // the middle commune's group grew 299 → 1,514 over the year (seed 004's figures): far past 20 %
        long group = channel(middle, "FACEBOOK_GROUP");
        audience(group, YEAR - 1 + "-12-20", 299);
        audience(group, YEAR + "-06-30", 900);
        audience(group, YEAR + "-12-31", 1514);
        // the best commune's page grew 10 %, half the target; its branch's group, first measured in June, counts from there
        long page = channel(best, "FACEBOOK_PAGE");
        audience(page, YEAR - 1 + "-11-02", 1000);
        audience(page, YEAR + "-12-01", 1060);
        UnitRef branch = new Fixture(jdbc).child(best, vn.lantoa.org.UnitLevel.BRANCH);
        long branchGroup = channel(branch, "ZALO_GROUP");
        audience(branchGroup, YEAR + "-06-01", 200);
        audience(branchGroup, YEAR + "-12-31", 250);

        EmulationRanking ranking = rankings.rank(p.province(), YEAR);

        EmulationRanking.Row middleRow = ranking.rows().stream().filter(r -> r.unit().id() == middle.id()).findFirst().orElseThrow();
        assertThat(middleRow.percent(EmulationCriterion.AUDIENCE)).isEqualTo(100.0);
        assertThat(middleRow.line(EmulationCriterion.AUDIENCE).orElseThrow().measure().rawArgs()).containsExactly(299L, 1514L,
                (1514 - 299) * 100.0 / 299);
        EmulationRanking.Row bestRow = ranking.rows().stream().filter(r -> r.unit().id() == best.id()).findFirst().orElseThrow();
        // (1060 + 250) against (1000 + 200): 9.17 % of a 20 % target
        assertThat(bestRow.line(EmulationCriterion.AUDIENCE).orElseThrow().measure().rawArgs()).containsExactly(1200L, 1310L,
                110 * 100.0 / 1200);
        assertThat(bestRow.percent(EmulationCriterion.AUDIENCE)).isCloseTo(45.8, org.assertj.core.data.Offset.offset(0.1));
        EmulationRanking.Row idleRow = ranking.rows().stream().filter(r -> r.unit().id() == idle.id()).findFirst().orElseThrow();
        assertThat(idleRow.line(EmulationCriterion.AUDIENCE).orElseThrow().measure().missingKey()).isEqualTo("emulation.missing.AUDIENCE");
    }

    private long channel(UnitRef unit, String kind) {
        String url = "https://www.facebook.com/groups/emulation" + unit.id() + kind.toLowerCase();
        return jdbc.sql("insert into channel (unit_id, kind, name, url, url_key) values (?, ?, ?, ?, ?) returning id")
                .params(unit.id(), kind, "Kênh " + unit.name(), url, url.replace("https://www.", "")).query(Long.class).single();
    }

    private void audience(long channel, String day, int figure) {
        jdbc.sql("insert into channel_audience (channel_id, day, audience, source) values (?, ?::date, ?, 'MANUAL')")
                .params(channel, day, figure).update();
    }

    @Test
    void aCommuneOfficerSeesTheirOwnRankButNeitherOtherUnitsNorTheCriteriaForm() {
        Accounts accounts = new Accounts(jdbc);
        WebSession officer = WebSession.login(port, accounts.holding("UNIT_OFFICER", middle));

        WebSession.Page page = officer.get("/accountability/emulation?nam=" + YEAR);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"unit-" + middle.id() + "\"", middle.name(), "Chính thức", "25,0")
                .doesNotContain("id=\"unit-" + best.id() + "\"");
        assertThat(page.body()).containsPattern("<span>2</span>\\s*<span class=\"visually-hidden\">trên 3 đơn vị</span>");
        assertThat(htmlErrors(page.body())).isEmpty();

        assertThat(officer.get("/accountability/emulation?don-vi=" + best.id()).status()).isEqualTo(404);
        assertThat(officer.get("/accountability/emulation?nam=1999").status()).isEqualTo(404);
        assertThat(officer.get("/admin/accountability/emulation").status()).isEqualTo(403);
        assertThat(officer.post("/admin/accountability/emulation", weights(middle, "1", "1", "1", "1", "1", "12")).status()).isEqualTo(403);
        assertThat(officer.post("/admin/accountability/emulation", weights(p.province(), "1", "1", "1", "1", "1", "12")).status())
                .as("a union outside their scope").isEqualTo(404);
        WebSession communeAdmin = WebSession.login(port, accounts.holding("ADMIN", middle));
        assertThat(communeAdmin.get("/admin/accountability/emulation").status()).as("a commune is not a union").isEqualTo(403);
    }

    @Test
    void theProvinceAdminEditsTheWeightsWithVietnameseMessagesAndTheRankingFollows() {
        WebSession admin = WebSession.login(port, new Accounts(jdbc).holding("ADMIN", p.province()));

        WebSession.Page form = admin.get("/admin/accountability/emulation");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"weight_QUOTAS\"", "value=\"35\"", "value=\"12\"");
        assertThat(htmlErrors(form.body())).isEmpty();

        WebSession.Page refused = admin.post("/admin/accountability/emulation", weights(p.province(), "abc", "-3", "25", "10", "10", "0"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Trọng số phải là số nguyên, ví dụ 25.", "Trọng số phải từ 0 đến 1.000.",
                "Chỉ tiêu phải từ 1 đến 10.000 buổi.", "value=\"abc\"", "value=\"-3\"");
        assertThat(htmlErrors(refused.body())).isEmpty();
        WebSession.Page zeros = admin.post("/admin/accountability/emulation", weights(p.province(), "0", "0", "0", "0", "0", "12"));
        assertThat(zeros.body()).contains("Cần ít nhất một tiêu chí có trọng số lớn hơn 0.");
        assertThat(rankings.rank(p.province(), YEAR).weights()).isEqualTo(EmulationWeights.defaults());

        WebSession.Page saved = admin.post("/admin/accountability/emulation", weights(p.province(), "0", "1", "0", "0", "0", "12"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get(saved.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Đã lưu tiêu chí thi đua.");
        EmulationRanking onlyTimeliness = rankings.rank(p.province(), YEAR);
        assertThat(onlyTimeliness.rows()).extracting(EmulationRanking.Row::score).containsExactly(100.0, 0.0, null);
        assertThat(onlyTimeliness.rows().get(2).rank()).as("no value with weight: unranked").isNull();

        WebSession.Page ranking = admin.get("/accountability/emulation?nam=" + YEAR + "&sap-xep=TIMELINESS");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains(best.name(), middle.name(), idle.name(), "aria-sort=\"descending\"");
        assertThat(htmlErrors(ranking.body())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'emulation.criteria-changed' and target_id = :id")
                .param("id", p.province().id()).query(Long.class).single()).isEqualTo(1);
    }

    /** The Nu checker's complaints about one of these pages (they have no htmx attributes, so nothing is forgiven). */
    static List<String> htmlErrors(String html) {
        return HtmlChecker.errors(html);
    }

    private static Map<String, String> weights(UnitRef union, String quotas, String timeliness, String reports, String audience,
                                               String digital, String target) {
        Map<String, String> form = new HashMap<>();
        form.put("don-vi", Long.toString(union.id()));
        form.put("weight_QUOTAS", quotas);
        form.put("weight_TIMELINESS", timeliness);
        form.put("weight_REPORTS", reports);
        form.put("weight_AUDIENCE", audience);
        form.put("weight_DIGITAL_SKILLS", digital);
        form.put(EmulationWeights.TARGET_FIELD, target);
        form.put(EmulationWeights.AUDIENCE_TARGET_FIELD, "20");
        return form;
    }
}
