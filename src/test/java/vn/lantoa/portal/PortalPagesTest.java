package vn.lantoa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;

/** The public site as an anonymous reader and a search engine or link preview see it. */
@IntegrationTest
class PortalPagesTest {


    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFrontPageLeadsToPublishedStoriesAndStartsNoSession() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(home.body());
        assertThat(page.select("h1").text()).isEqualTo("Hội LHPN tỉnh Thanh Hóa");
        assertThat(page.select(".story-lead-title a").text()).isNotBlank();
        assertThat(page.select(".block-title a")).isNotEmpty();
        assertThat(page.select("img[loading=lazy][srcset]")).as("lazy images with srcset").isNotEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/"));
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/");
    }

    @Test
    void aStoryPageShowsEverythingAReaderAndALinkPreviewNeed() throws Exception {
        String path = firstStoryPath();
        HttpResponse<String> reply = get(path);
        assertThat(reply.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(reply.body());
        assertThat(page.select("h1.story-title").text()).isNotBlank();
        assertThat(page.select(".story-dateline time").text()).matches("Thứ .+, \\d{2}/\\d{2}/\\d{4}, \\d{2}:\\d{2}|Chủ nhật, .+");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.select("h1.story-title").text());
        assertThat(page.select("meta[property=og:url]").attr("content")).endsWith(path);
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(path);
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("a[href^=https://www.facebook.com/sharer]")).hasSize(1);
        assertThat(page.select("a[href$=/ban-in]")).hasSize(1);
        assertThat(page.select("a[href$=/luu]")).hasSize(1);
        assertThat(page.select("aside .box-title").text()).isEqualTo("Tin cùng chuyên mục");

        JsonNode article = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").html());
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo(page.select("h1.story-title").text());
        assertThat(article.get("datePublished").asString()).isNotBlank();

        String image = page.select("meta[property=og:image]").attr("content");
        HttpResponse<byte[]> picture = http.send(HttpRequest.newBuilder(URI.create(local(image))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        var card = ImageIO.read(new ByteArrayInputStream(picture.body()));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
    }

    @Test
    void aWrongSlugIsSentToTheRightAddressAndAnUnpublishedStoryIsNotFound() throws Exception {
        String path = firstStoryPath();
        String id = path.substring(path.lastIndexOf('-') + 1);
        HttpResponse<String> moved = get("/tin/tieu-de-cu-" + id);
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith(path);

        long draft = new Stories(port, jdbc).draft(Stories.OFFICER, Stories.uniqueTitle("Bản nháp chưa đăng"));
        assertThat(get("/tin/ban-nhap-" + draft).statusCode()).isEqualTo(404);
    }

    @Test
    void printAndSaveViewsCarryTheStoryAndItsSource() throws Exception {
        String path = firstStoryPath();
        HttpResponse<String> print = get(path + "/ban-in");
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(print.body()).select("footer a").attr("href")).endsWith(path);
        HttpResponse<String> saved = get(path + "/luu");
        assertThat(saved.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(Jsoup.parse(saved.body()).select("img").eachAttr("src")).allMatch(src -> src.startsWith("http"));
    }

    @Test
    void sectionUnitTagAndAboutPagesList() throws Exception {
        Document home = Jsoup.parse(get("/").body());
        String section = home.select(".block-title a").attr("href");
        Document sectionPage = Jsoup.parse(get(section).body());
        assertThat(sectionPage.select("h1").text()).isEqualTo(home.select(".block-title a").first().text());
        assertThat(sectionPage.select(".story-card")).isNotEmpty();
        assertThat(get(section + "?trang=abc").statusCode()).isEqualTo(200);
        assertThat(get(section + "?trang=999").statusCode()).isEqualTo(404);
        assertThat(get("/chuyen-muc/khong-co").statusCode()).isEqualTo(404);

        String unit = home.select(".story-lead .story-meta a, .story-card .story-meta a").attr("href");
        if (!unit.isEmpty()) {
            assertThat(get(unit).statusCode()).isEqualTo(200);
        }
        Document structure = Jsoup.parse(get("/co-cau-to-chuc").body());
        assertThat(structure.select(".unit-list li")).hasSizeGreaterThan(100);
        String unitPage = structure.select(".unit-list a").first().attr("href");
        assertThat(Jsoup.parse(get(unitPage).body()).select("h1").text()).startsWith("Hội LHPN");

        assertThat(Jsoup.parse(get("/gioi-thieu").body()).select("h1").text()).isEqualTo("Giới thiệu");
        Document english = Jsoup.parse(get("/en/about").body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("About us");
        assertThat(Jsoup.parse(get("/en/contact").body()).select("h1").text()).isEqualTo("Contact");
        assertThat(Jsoup.parse(get("/lien-he").body()).select("h1").text()).isEqualTo("Liên hệ");
    }

    @Test
    void feedsSitemapsAndRobotsAreWellFormed() throws Exception {
        HttpResponse<String> rss = get("/rss.xml");
        assertThat(rss.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        var feed = xml(rss.body());
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(feed.getElementsByTagName("item").getLength()).isGreaterThan(3);
        assertThat(feed.getElementsByTagName("enclosure").getLength()).isGreaterThan(0);

        String section = Jsoup.parse(get("/").body()).select(".block-title a").attr("href");
        assertThat(xml(get(section + "/rss.xml").body()).getElementsByTagName("item").getLength()).isGreaterThan(0);

        var index = xml(get("/sitemap.xml").body());
        assertThat(index.getElementsByTagName("sitemap").getLength()).isEqualTo(2);
        var stories = xml(get("/sitemap-tin-1.xml").body());
        assertThat(stories.getElementsByTagName("url").getLength()).isGreaterThan(3);
        assertThat(stories.getElementsByTagName("image:loc").getLength()).isGreaterThan(3);
        assertThat(xml(get("/sitemap-trang.xml").body()).getElementsByTagName("loc").getLength()).isGreaterThan(5);
        assertThat(get("/sitemap-tin-99.xml").statusCode()).isEqualTo(404);

        String robots = get("/robots.txt").body();
        assertThat(robots).contains("Sitemap: ").contains("/sitemap.xml").contains("Disallow: /admin");
    }

    @Test
    void pagesAreCachedWithValidatorsAndAPublishedStoryShowsAtOnce() throws Exception {
        HttpResponse<String> first = get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public").contains("max-age=");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> again = get("/");
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Content-Security-Policy")).as("security headers replayed from the cache").isPresent();
        HttpResponse<String> unchanged = http.send(HttpRequest.newBuilder(URI.create(base() + "/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);

        String title = Stories.uniqueTitle("Tin mới đăng hiện ngay");
        new Stories(port, jdbc).storyIn("PUBLISHED", title);
        HttpResponse<String> after = get("/");
        assertThat(after.body()).contains(title);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void staffPagesAreNeverCachedForEveryone() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    /**
     * A demo story with real photos: one of the demo province, which the default site serves (stories made by
     * other tests have photos that exist only as rows, or lie in test provinces of their own).
     */
    private String firstStoryPath() throws Exception {
        long id = jdbc.sql("""
                select id from story where status = 'PUBLISHED' and cover_media_id is not null
                  and exists (select 1 from media_asset m where m.id = story.cover_media_id)
                  and author_unit_path like (select path from unit where code = 'TH') || '%'
                order by published_at desc limit 1""").query(Long.class).single();
        HttpResponse<String> moved = get("/tin/x-" + id);
        assertThat(moved.statusCode()).isEqualTo(302);
        return URI.create(moved.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private org.w3c.dom.Document xml(String body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String local(String absolute) {
        return base() + URI.create(absolute).getRawPath();
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
