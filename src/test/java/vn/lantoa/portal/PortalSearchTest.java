package vn.lantoa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.Stories;
import vn.lantoa.support.WebSession;

/** A reader searches the published stories the way they type: with or without diacritics, phrases, filters, any input. */
@vn.lantoa.support.IntegrationTest
class PortalSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoryIsFoundWithoutDiacriticsAsSoonAsItIsPublishedAndGoneWhenTakenDown() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String title = "Phụ nữ khởi nghiệp với nông sản sạch " + marker;
        Stories stories = new Stories(port, jdbc);
        long id = stories.storyIn("PUBLISHED", title);
        WebSession reader = WebSession.anonymous(port);

        Document found = Jsoup.parse(reader.get("/tim-kiem?q=" + encode("phu nu khoi nghiep nong san " + marker)).body());
        assertThat(found.select(".search-hit h2 a").eachText()).contains(title);
        assertThat(found.select(".search-hit h2 a mark")).as("matched words are marked").isNotEmpty();
        assertThat(found.select(".search-hit h2 a").first().attr("href")).endsWith("-" + id);

        Document phrase = Jsoup.parse(reader.get("/tim-kiem?q=" + encode("\"nông sản sạch " + marker + "\"")).body());
        assertThat(phrase.select(".search-hit h2 a").eachText()).containsExactly(title);

        ApiClient suggestions = ApiClient.anonymous(port);
        var suggested = suggestions.get("/tim-kiem/goi-y?q=" + encode("phu nu khoi nghiep voi nong san sach " + marker.substring(0, 3)));
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.body()).contains(title);

        stories.moveOk(Stories.EDITOR, id, "UNPUBLISH", "UNPUBLISHED");
        Document gone = Jsoup.parse(reader.get("/tim-kiem?q=" + encode(marker)).body());
        assertThat(gone.select(".search-hit")).isEmpty();
        assertThat(gone.select(".empty-state").text()).contains("Không tìm thấy");
    }

    @Test
    void anyInputGivesAPageAndNothingIsExecuted() {
        WebSession reader = WebSession.anonymous(port);
        for (String typed : new String[] {"<script>alert(1)</script>", "\"unbalanced (( [[ ** ~~ ::", "x".repeat(5000),
                "phụ nữ AND OR NOT -+|", "%00%ff", " "}) {
            WebSession.Page page = reader.get("/tim-kiem?q=" + encode(typed) + "&chuyen-muc=abc&don-vi=-1&tu=hôm-qua&trang=-4");
            assertThat(page.status()).as(typed).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select("main script")).as(typed).isEmpty();
        }
        WebSession.Page backwards = reader.get("/tim-kiem?q=hoi&tu=2026-05-01&den=2026-04-01");
        assertThat(Jsoup.parse(backwards.body()).select("#dates-error").text()).contains("Ngày kết thúc");
    }

    @Test
    void filtersBySectionUnitAndDates() {
        WebSession reader = WebSession.anonymous(port);
        Map<String, Object> demo = jdbc.sql("""
                select s.id, s.section_id, s.author_unit_id, to_char(s.published_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day
                from story s where s.status = 'PUBLISHED' and s.title like 'Tuyên truyền Luật Phòng%' limit 1""").query().singleRow();
        String day = (String) demo.get("day");
        Document bySection = Jsoup.parse(reader.get("/tim-kiem?q=tuyen+truyen&chuyen-muc=" + demo.get("section_id")).body());
        assertThat(bySection.select(".search-hit h2 a").eachText()).anyMatch(t -> t.startsWith("Tuyên truyền Luật Phòng"));
        Document byDay = Jsoup.parse(reader.get("/tim-kiem?q=tuyen+truyen&tu=" + day + "&den=" + day).body());
        assertThat(byDay.select(".search-hit h2 a").eachText()).anyMatch(t -> t.startsWith("Tuyên truyền Luật Phòng"));
        Document dayBefore = Jsoup.parse(reader.get("/tim-kiem?q=tuyen+truyen+luat+phong&den="
                + java.time.LocalDate.parse(day).minusDays(1)).body());
        assertThat(dayBefore.select(".search-hit h2 a").eachText()).noneMatch(t -> t.startsWith("Tuyên truyền Luật Phòng"));
        Document otherUnit = Jsoup.parse(reader.get("/tim-kiem?q=tuyen+truyen+luat+phong&don-vi="
                + jdbc.sql("select id from unit where code = 'TH-020'").query(Long.class).single()).body());
        assertThat(otherUnit.select(".search-hit h2 a").eachText()).noneMatch(t -> t.startsWith("Tuyên truyền Luật Phòng"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
