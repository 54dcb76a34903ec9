package vn.lantoa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Every kind of public page passes the W3C Nu HTML checker without errors. */
@IntegrationTest
class PortalHtmlTest {

    private static final Pattern STORY_LINK = Pattern.compile("href=\"(/tin/[a-z0-9-]+-\\d+)\"");

    @LocalServerPort
    int port;

    @Test
    void publicPagesAreValidHtml() {
        WebSession reader = WebSession.anonymous(port);
        String home = reader.get("/").body();
        Matcher story = STORY_LINK.matcher(home);
        assertThat(story.find()).isTrue();
        var homePage = Jsoup.parse(home);
        List<String> pages = new ArrayList<>(List.of("/", story.group(1), story.group(1) + "/ban-in",
                homePage.select(".block-title a").attr("href"), "/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/en/about",
                "/en/contact"));
        String unit = Jsoup.parse(reader.get(story.group(1)).body()).select(".story-dateline a").attr("href");
        if (!unit.isEmpty()) {
            pages.add(unit);
        }
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            WebSession.Page answer = reader.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            HtmlChecker.errors(answer.body()).forEach(error -> problems.add(page + " " + error));
        }
        WebSession.Page notFound = reader.get("/tin-tuc/phu-nu-khoi-nghiep-cu.html");
        assertThat(notFound.status()).isEqualTo(404);
        HtmlChecker.errors(notFound.body()).forEach(error -> problems.add("404 " + error));
        WebSession.Page mostRead = reader.get("/doc-nhieu?ky=thang");
        assertThat(mostRead.status()).isEqualTo(200);
        HtmlChecker.errors(mostRead.body()).forEach(error -> problems.add("/doc-nhieu " + error));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerFindsErrors() {
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }
}
