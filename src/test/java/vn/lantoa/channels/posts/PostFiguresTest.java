package vn.lantoa.channels.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The roll-ups of a subtree built for the test: a commune with its own page and two branches; posts in
 * and out of the period; audience figures before and after its end.
 */
@IntegrationTest
class PostFiguresTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Tree(PostFixture.Unit commune, PostFixture.Unit first, PostFixture.Unit second, long communePage, long firstPage,
                long secondPage) {
    }

    /** October 2026; the period's end is the 31st. */
    private Tree tree() {
        PostFixture f = new PostFixture(jdbc);
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Tổng Hợp");
        PostFixture.Unit first = f.child(commune, "BRANCH", "Chi hội Thôn Một");
        PostFixture.Unit second = f.child(commune, "BRANCH", "Chi hội Thôn Hai");
        long communePage = f.page(commune, "Fanpage Xã Tổng Hợp", null);
        long firstPage = f.page(first, "Fanpage Thôn Một", null);
        long secondPage = f.page(second, "Fanpage Thôn Hai", null);
        f.post(communePage, Instant.parse("2026-10-05T03:00:00Z"), "Bài của xã", 100, 10, 5, 5);
        f.post(firstPage, Instant.parse("2026-10-20T03:00:00Z"), "Bài hay nhất của thôn Một", 300, 30, 0, 10);
        f.post(firstPage, Instant.parse("2026-11-01T03:00:00Z"), "Bài sau kỳ", 9000, 1000, 0, 0);
        f.post(firstPage, Instant.parse("2026-09-30T16:59:00Z"), "Bài trước kỳ (23:59 ngày 30/9 giờ Việt Nam)", 9000, 1000, 0, 0);
        f.post(secondPage, Instant.parse("2026-09-30T17:00:00Z"), "Bài lúc 0:00 ngày 1/10 giờ Việt Nam", 50, 6, 2, 2);
        f.audience(communePage, LocalDate.parse("2026-10-30"), 200);
        f.audience(communePage, LocalDate.parse("2026-11-02"), 99999);
        f.audience(firstPage, LocalDate.parse("2026-09-01"), 400);
        return new Tree(commune, first, second, communePage, firstPage, secondPage);
    }

    @Test
    void rollUpsSumTheSubtreeAndEngagementPerFollowerUsesTheAudienceAtThePeriodsEnd() {
        Tree t = tree();
        JsonNode json = ApiClient.as(port, "thuongtruc")
                .get("/api/v1/channels/posts?don-vi=" + t.commune().id() + "&tu=2026-10-01&den=2026-10-31").json();
        JsonNode totals = json.get("totals");
        assertThat(totals.get("posts").asLong()).isEqualTo(3);
        assertThat(totals.get("views").asLong()).isEqualTo(450);
        assertThat(totals.get("reactions").asLong()).isEqualTo(46);
        assertThat(totals.get("comments").asLong()).isEqualTo(7);
        assertThat(totals.get("shares").asLong()).isEqualTo(17);
        assertThat(totals.get("engagement").asLong()).isEqualTo(70);
        assertThat(totals.get("audience").asLong()).isEqualTo(600);
        assertThat(totals.get("perFollower").asDouble()).as("(20 + 40) ÷ (200 + 400): the page without audience is left out")
                .isEqualTo(0.1);

        List<String> units = new ArrayList<>();
        json.get("units").forEach(u -> units.add(u.get("name").asString() + ":" + u.get("posts").asLong() + ":"
                + u.get("engagement").asLong() + ":" + (u.get("perFollower").isNull() ? "-" : u.get("perFollower").asDouble())));
        assertThat(units).containsExactly("Xã Thử Nghiệm Tổng Hợp:1:20:0.1", "Chi hội Thôn Một:1:40:0.1", "Chi hội Thôn Hai:1:10:-");

        List<String> best = new ArrayList<>();
        json.get("best").forEach(p -> best.add(p.get("title").asString() + ":" + p.get("engagement").asLong()));
        assertThat(best).containsExactly("Bài hay nhất của thôn Một:40", "Bài của xã:20", "Bài lúc 0:00 ngày 1/10 giờ Việt Nam:10");
    }

    @Test
    void thePageShowsTheTablesSortedAndPassesTheChecker() {
        Tree t = tree();
        WebSession web = WebSession.login(port, "bientap");
        var page = web.get("/channels/posts?don-vi=" + t.commune().id() + "&tu=2026-10-01&den=2026-10-31");
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).containsPattern("id=\"total-posts\"><span>3</span>").containsPattern("id=\"total-engagement\"><span>70</span>")
                .containsPattern("id=\"total-per-follower\"><span>0,100</span>");
        assertThat(html.indexOf("Bài hay nhất của thôn Một")).isLessThan(html.indexOf("Bài của xã"));
        assertThat(HtmlChecker.staffPageErrors(html)).isEmpty();

        String byName = web.get("/channels/posts?don-vi=" + t.commune().id() + "&tu=2026-10-01&den=2026-10-31&sap-xep=name&chieu=tang").body();
        String channels = byName.substring(byName.indexOf("id=\"channel-figures\""));
        assertThat(channels.indexOf("Fanpage Thôn Hai")).isLessThan(channels.indexOf("Fanpage Thôn Một"));
        String byEngagement = web.get("/channels/posts?don-vi=" + t.commune().id() + "&tu=2026-10-01&den=2026-10-31&sap-xep=engagement&chieu=tang")
                .body();
        String ascending = byEngagement.substring(byEngagement.indexOf("id=\"channel-figures\""));
        assertThat(ascending.indexOf("Fanpage Thôn Hai")).isLessThan(ascending.indexOf("Fanpage Xã Tổng Hợp"));
        assertThat(ascending.indexOf("Fanpage Xã Tổng Hợp")).isLessThan(ascending.indexOf("Fanpage Thôn Một"));
        assertThat(byEngagement).contains("aria-sort=\"ascending\"");

        var channelPage = web.get("/channels/posts/channel/" + t.firstPage() + "?tu=2026-10-01&den=2026-10-31");
        assertThat(channelPage.body()).contains("Bài hay nhất của thôn Một").doesNotContain("Bài sau kỳ");
        assertThat(HtmlChecker.staffPageErrors(channelPage.body())).isEmpty();
        var form = web.get("/channels/posts/import");
        assertThat(form.status()).isEqualTo(200);
        assertThat(HtmlChecker.staffPageErrors(form.body())).isEmpty();
    }

    @Test
    void theApiAndPageKeepToTheCallersScope() {
        Tree t = tree();
        assertThat(ApiClient.as(port, "canbo.hoanghoa").get("/api/v1/channels/posts?don-vi=" + t.commune().id()).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get("/api/v1/channels/posts").status()).isEqualTo(401);
        JsonNode own = ApiClient.as(port, "canbo.hoanghoa").get("/api/v1/channels/posts").json();
        assertThat(own.get("unit").get("code").asString()).isEqualTo("TH-020");
    }
}
