package vn.lantoa.portal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;
import vn.lantoa.support.WebSession;

/** The view beacon over real HTTP, the counts in PostgreSQL, and the most-read lists and page. */
@IntegrationTest
class ViewCountsTest {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    static final String PHONE = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12100";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ViewCounts counts;

    @Autowired
    Sites sites;

    Stories stories;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void setUp() {
        stories = new Stories(port, jdbc);
    }

    @Test
    void aReaderCountsOncePerStoryPerDayAndAnotherBrowserIsAnotherReader() {
        long story = published("Đếm lượt xem");
        String reader = CHROME + " " + UUID.randomUUID();

        HttpResponse<String> first = beacon(story, reader);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"views\":1}");
        assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(first.headers().allValues("Set-Cookie")).as("an anonymous beacon starts no session").isEmpty();

        assertThat(beacon(story, reader).body()).as("the same reader again today").isEqualTo("{\"views\":1}");
        assertThat(beacon(story, reader).body()).isEqualTo("{\"views\":1}");
        assertThat(beacon(story, PHONE + " " + UUID.randomUUID()).body()).as("another browser").isEqualTo("{\"views\":2}");
        assertThat(counts.total(story)).isEqualTo(2);

        // only hashes are kept: 16 bytes, no address and no agent
        List<byte[]> visitors = jdbc.sql("select visitor from portal_view_visitor where story_id = :id").param("id", story)
                .query(byte[].class).list();
        assertThat(visitors).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(VisitorHashes.LENGTH));
        assertThat(jdbc.sql("select views from portal_view_day where story_id = :id and day = :day")
                .param("id", story).param("day", counts.today()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void robotsPrefetchesAndOtherSitesAreNotCounted() {
        long story = published("Không đếm máy");
        for (String robot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "ZaloLinkPreview/1.0", "curl/8.5.0",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36")) {
            HttpResponse<String> answer = beacon(story, robot);
            assertThat(answer.statusCode()).as(robot).isEqualTo(204);
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(send(request("/luot-xem/" + story).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .as("Java's own client (its default agent)").isEqualTo(204);
        assertThat(send(request("/luot-xem/" + story).header("User-Agent", CHROME).header("Sec-Purpose", "prefetch;prerender")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(send(request("/luot-xem/" + story).header("User-Agent", CHROME).header("Purpose", "prefetch")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(send(request("/luot-xem/" + story).header("User-Agent", CHROME).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("posted by another site's page").isEqualTo(204);
        assertThat(counts.total(story)).isZero();
        assertThat(jdbc.sql("select count(*) from portal_view_visitor where story_id = :id").param("id", story)
                .query(Long.class).single()).isZero();
    }

    @Test
    void unknownAndUnpublishedStoriesAreIgnored() {
        long submitted = stories.storyIn("SUBMITTED", Stories.uniqueTitle("Chưa đăng"));
        assertThat(beacon(submitted, CHROME).statusCode()).isEqualTo(204);
        assertThat(beacon(987_654_321L, CHROME).statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from portal_view_day where story_id in (:ids)").param("ids", List.of(submitted, 987_654_321L))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPagereadWithoutScriptsCountsThroughThePixel() {
        long story = published("Không có JavaScript");
        String reader = CHROME + " " + UUID.randomUUID();
        HttpResponse<byte[]> pixel = pixel(story, reader);
        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(new String(pixel.body(), 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        assertThat(pixel.headers().allValues("Set-Cookie")).isEmpty();
        pixel(story, reader);
        assertThat(counts.total(story)).isEqualTo(1);
        assertThat(pixel(story, "curl/8.5.0").statusCode()).as("robots get the pixel, uncounted").isEqualTo(200);
        assertThat(counts.total(story)).isEqualTo(1);
    }

    @Test
    void mostReadByDayWeekAndMonthAddsTheDaysUp() {
        long a = published("Đọc nhiều hôm nay");
        long b = published("Đọc nhiều trong tuần");
        long c = published("Đọc nhiều trong tháng");
        long withdrawn = stories.storyIn("SUBMITTED", Stories.uniqueTitle("Không còn đăng"));
        LocalDate today = counts.today();
        Site site = sites.forHost("localhost");
        // far above what other tests count, so that these three lead the site's lists
        readers(a, today, 3_000_000);
        readers(b, today, 1_000_000);
        readers(b, today.minusDays(3), 5_000_000);
        readers(c, today, 500_000);
        readers(c, today.minusDays(20), 10_000_000);
        readers(c, today.minusDays(40), 90_000_000);
        readers(withdrawn, today, 99_000_000);

        assertThat(counts.mostRead(Period.DAY, site.unitPath(), 3)).containsExactly(a, b, c);
        assertThat(counts.mostRead(Period.WEEK, site.unitPath(), 3)).containsExactly(b, a, c);
        assertThat(counts.mostRead(Period.MONTH, site.unitPath(), 3)).containsExactly(c, b, a);
        assertThat(counts.ranking(Period.WEEK, site.unitPath(), 2))
                .containsExactly(new ViewCounts.Ranked(b, 6_000_000), new ViewCounts.Ranked(a, 3_000_000));
        assertThat(counts.mostReadCards(Period.MONTH, site.unitPath(), 1)).extracting(c2 -> c2.id()).containsExactly(c);
        assertThat(counts.mostRead(Period.MONTH, "/999999/", 5)).as("another union's subtree").isEmpty();
        assertThat(counts.totals(List.of(a, c, 987_654_321L)))
                .isEqualTo(Map.of(a, 3_000_000L, c, 100_500_000L, 987_654_321L, 0L));

        WebSession reader = WebSession.anonymous(port);
        WebSession.Page week = reader.get("/doc-nhieu");
        assertThat(week.status()).isEqualTo(200);
        assertThat(week.body()).contains("Đọc nhiều", "6.000.000 lượt xem trong 7 ngày qua", "aria-current=\"page\"")
                .doesNotContain("Không còn đăng");
        assertThat(week.body().indexOf(title(b))).isLessThan(week.body().indexOf(title(a)));
        WebSession.Page month = reader.get("/doc-nhieu?ky=thang");
        assertThat(month.body().indexOf(title(c))).isGreaterThan(0).isLessThan(month.body().indexOf(title(b)));
        assertThat(month.body()).contains("10.500.000 lượt xem trong 30 ngày qua", "href=\"" + PortalLinks.story(c, title(c)) + "\"");
        assertThat(reader.get("/doc-nhieu?ky=ngay").body()).contains("3.000.000 lượt xem hôm nay");
        assertThat(reader.get("/doc-nhieu?ky=nam").status()).as("no such tab").isEqualTo(404);
    }

    @Test
    void visitorHashesAndSecretsOfPastDaysArePurged() {
        long story = published("Dọn dẹp");
        LocalDate today = counts.today();
        beacon(story, CHROME + " " + UUID.randomUUID());
        jdbc.sql("insert into portal_view_visitor (day, story_id, visitor) values (:day, :story, :v)")
                .param("day", today.minusDays(3)).param("story", story).param("v", new byte[16]).update();
        jdbc.sql("insert into portal_view_salt (day, salt) values (:day, :salt) on conflict do nothing")
                .param("day", today.minusDays(3)).param("salt", new byte[32]).update();

        ViewPurge.purge(jdbc, today.minusDays(1));

        assertThat(jdbc.sql("select count(*) from portal_view_visitor where day < :day").param("day", today.minusDays(1))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from portal_view_salt where day < :day").param("day", today.minusDays(1))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from portal_view_visitor where story_id = :id and day = :day")
                .param("id", story).param("day", today).query(Long.class).single()).as("today's readers stay").isEqualTo(1);
        assertThat(counts.total(story)).as("totals stay").isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private final Map<Long, String> titles = new java.util.HashMap<>();

    private long published(String prefix) {
        String title = Stories.uniqueTitle(prefix);
        long id = stories.storyIn("PUBLISHED", title);
        titles.put(id, title);
        return id;
    }

    private String title(long id) {
        return titles.get(id);
    }

    private void readers(long story, LocalDate day, long views) {
        jdbc.sql("""
                insert into portal_view_day (story_id, day, unit_path, views)
                select :story, :day, coalesce((select author_unit_path from story where id = :story), '/'), :views
                """).param("story", story).param("day", day).param("views", views).update();
    }

    private HttpResponse<String> beacon(long story, String agent) {
        return send(request("/luot-xem/" + story).header("User-Agent", agent).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<byte[]> pixel(long story, String agent) {
        try {
            return http.send(request("/luot-xem/" + story + ".gif").header("User-Agent", agent).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
