package vn.lantoa.accountability.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceStatus;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.ApiClient;
import vn.lantoa.accountability.StaffHtml;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class ComplianceDashboardTest {

    private static final ReportingPeriod Q4 = ReportingPeriod.quarter(2025, 4);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplianceBoard board;
    @Autowired
    QuotaRuleQueries rules;

    private static Instant vietnam(String local) {
        return LocalDateTime.parse(local).atZone(ReportingPeriod.ZONE).toInstant();
    }

    private record Setup(Fixture.Province p, long rule) {
    }

    /** Four communes that sent 4 (one a major event), 2, 1 and 0 stories in Q4 2025 against a rule of 2 a quarter. */
    private Setup setup() {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(4);
        long rule = fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "SUBMISSION_DATE", 50, LocalDate.of(2025, 1, 1));
        int[] sent = {3, 2, 1, 0};
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < sent[c]; i++) {
                fx.submitted(p.communes().get(c), vietnam("2025-11-0" + (i + 1) + "T09:00"));
            }
        }
        fx.story(p.communes().get(0), "REJECTED", vietnam("2025-11-20T10:00"), null, null);
        long major = fx.submitted(p.communes().get(0), vietnam("2025-10-15T10:00"));
        fx.majorEvent(major, vietnam("2025-10-16T10:00"), vietnam("2025-10-15T11:00"));
        return new Setup(p, rule);
    }

    private static List<String> rankedNames(String html) {
        Matcher m = Pattern.compile("<tr class=\"ranking-row\">\\s*<td><a [^>]*>([^<]+)</a>").matcher(html);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theDashboardShowsTheEnginesFigures() {
        Setup s = setup();
        RuleCompliance expected = board.compliance(rules.find(s.rule()).orElseThrow(), s.p().province(), Q4);
        WebSession root = WebSession.login(port, "quantri.tw");
        WebSession.Page page = root.get("/accountability?don-vi=" + s.p().province().id() + "&ky=2025-Q4");
        assertThat(page.status()).isEqualTo(200);
        String row = page.body().substring(page.body().indexOf("rule-row"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<td class=\"text-end\">" + expected.held() + "</td>", "<td class=\"text-end\">" + expected.met() + "</td>",
                "50% / 50%", "Đạt");
        assertThat(expected.held()).isEqualTo(4);
        assertThat(expected.met()).isEqualTo(2);
        assertThat(expected.byStatus().get(ComplianceStatus.MISSED)).isEqualTo(2);
        assertThat(page.body()).contains("Quý IV/2025", "100% đúng hạn", "1 sự kiện lớn: 1 đúng hạn, 0 trễ hạn, 0 còn trong hạn",
                "<svg class=\"trend-chart\"", "<title id=\"trend-svg-title\"", "4/2 tin, bài", "heat-b4", "heat-b0");
        // the trend's table: 7 sent in November 2025 (the rejected one is not counted as sent)
        assertThat(page.body()).containsPattern("11/2025</th>\\s*<td class=\"text-end\">6</td>");
        assertThat(StaffHtml.errors(page.body())).isEmpty();

        ApiClient.Reply api = ApiClient.as(port, "quantri.tw").get("/api/v1/accountability/compliance?don-vi=" + s.p().province().id() + "&ky=2025-Q4");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("rules").get(0).get("held").asInt()).isEqualTo(4);
        assertThat(api.json().get("rules").get(0).get("met").asInt()).isEqualTo(2);
        assertThat(api.json().get("rules").get(0).get("units").size()).isEqualTo(4);
        assertThat(ApiClient.as(port, "canbo.hacthanh").get("/api/v1/accountability/compliance?don-vi=" + s.p().province().id()).status())
                .isEqualTo(404);
    }

    @Test
    void theRankingSortsAndFiltersWithAndWithoutHtmx() {
        Setup s = setup();
        List<String> names = s.p().communes().stream().map(UnitRef::name).toList();
        WebSession root = WebSession.login(port, "quantri.tw");
        String base = "/accountability?don-vi=" + s.p().province().id() + "&ky=2025-Q4&dinh-muc=" + s.rule();
        assertThat(rankedNames(root.get(base + "&sap-xep=counted&chieu=giam").body())).containsExactly(names.toArray(String[]::new));
        assertThat(rankedNames(root.get(base + "&sap-xep=counted&chieu=tang").body()))
                .containsExactly(names.get(3), names.get(2), names.get(1), names.get(0));
        assertThat(rankedNames(root.get(base + "&sap-xep=name&chieu=giam").body()))
                .containsExactly(names.get(3), names.get(2), names.get(1), names.get(0));
        assertThat(rankedNames(root.get(base + "&trang-thai=MISSED&sap-xep=counted&chieu=giam").body())).containsExactly(names.get(2), names.get(3));
        WebSession.Page fragment = root.htmx(base + "&ten=" + java.net.URLEncoder.encode("số 2", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fragment.body()).doesNotContain("<html");
        assertThat(rankedNames(fragment.body())).containsExactly(names.get(1));
        assertThat(rankedNames(root.htmx(base + "&ten=so+3").body())).as("without diacritics").containsExactly(names.get(2));
        assertThat(root.get(base + "&sap-xep=status&chieu=tang").body()).contains("aria-sort=\"ascending\"");
    }

    @Test
    void theUnitPageListsTheStoriesAndWhyOneDoesNotCount() {
        Setup s = setup();
        UnitRef first = s.p().communes().get(0);
        WebSession root = WebSession.login(port, "quantri.tw");
        WebSession.Page page = root.get("/accountability/units/" + first.id() + "?ky=2025-Q4&dinh-muc=" + s.rule());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Được tính 4/2 tin, bài.", "Không tính: trạng thái chưa phù hợp với định mức", "/newsroom/stories/");
        assertThat(page.body().split("class=\"counted-story counts\"").length - 1).isEqualTo(4);
        assertThat(StaffHtml.errors(page.body())).isEmpty();
        assertThat(root.get("/accountability/units/99999999").status()).isEqualTo(404);
    }

    @Test
    void theDemoProvinceAndAnOfficersOwnStanding() {
        WebSession editor = WebSession.login(port, "bientap");
        WebSession.Page th = editor.get("/accountability");
        assertThat(th.status()).isEqualTo(200);
        assertThat(th.body()).contains("Hội LHPN tỉnh Thanh Hóa", "Mỗi cơ sở gửi ít nhất 2 tin, bài mỗi quý, có ảnh hoặc video", "heat-tile");
        assertThat(StaffHtml.errors(th.body())).isEmpty();
        WebSession.Page year = editor.get("/accountability?ky=2026");
        assertThat(year.status()).isEqualTo(200);
        assertThat(StaffHtml.errors(year.body())).isEmpty();

        WebSession.Page officer = WebSession.login(port, "canbo.hacthanh").get("/accountability");
        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.body()).contains("Tình hình của Hội LHPN phường Hạc Thành kỳ này", "ngày đến hết kỳ");
        assertThat(StaffHtml.errors(officer.body())).isEmpty();
        assertThat(WebSession.login(port, "kiemduyet").get("/accountability").status()).as("a moderator").isEqualTo(403);
    }
}
