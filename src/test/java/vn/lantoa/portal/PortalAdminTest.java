package vn.lantoa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.portal.site.SiteColors;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Province admins set up their site without a code change; editors run the campaign banners; nobody else touches either. */
@IntegrationTest
class PortalAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.lantoa.portal.cache.PageCache pageCache;

    private Map<String, Object> demoSite;
    private long lastBannerBefore;

    @BeforeEach
    void rememberTheDemoSite() {
        demoSite = jdbc.sql("select * from portal_site where host is null").query().singleRow();
        lastBannerBefore = jdbc.sql("select coalesce(max(id), 0) from portal_banner").query(Long.class).single();
    }

    @AfterEach
    void restoreTheDemoSite() {
        jdbc.sql("""
                update portal_site set name = :name, short_name = :short_name, tagline = :tagline, primary_color = :primary_color,
                  accent_color = :accent_color, intro_vi = :intro_vi, intro_en = :intro_en, fanpage_url = :fanpage_url,
                  zalo_url = :zalo_url, host = null where id = :id""")
                .params(demoSite).update();
        jdbc.sql("delete from portal_banner where id > :last").param("last", lastBannerBefore).update();
        jdbc.sql("update portal_banner set active = true").update();
        pageCache.invalidate();
    }

    @Test
    void theProvinceAdminRenamesTheSiteAndReadersSeeItAtOnce() {
        WebSession anonymous = WebSession.anonymous(port);
        assertThat(Jsoup.parse(anonymous.get("/").body()).select(".site-name").text()).isEqualTo("Hội LHPN tỉnh Thanh Hóa");
        assertThat(Jsoup.parse(anonymous.get("/").body()).select(".side-banner img").attr("alt")).startsWith("Tháng hành động");

        WebSession admin = WebSession.login(port, "quantri");
        long site = siteId(admin);
        Map<String, String> form = form(admin, site);
        form.put("name", "Cổng thông tin Hội LHPN tỉnh Thanh Hóa");
        form.put("tagline", "Phụ nữ Thanh Hóa tự tin, tự trọng, trung hậu, đảm đang");
        form.put("fanpageUrl", "https://www.facebook.com/hoilhpnthanhhoa");
        form.put("introVi", "<h2>Lịch sử</h2><p>Thành lập năm 1930.</p><script>alert(1)</script><p onclick=\"x()\">Hoạt động</p>");
        form.put("introEn", "<p>Founded in 1930.</p>");
        WebSession.Page saved = admin.post("/admin/portal/sites/" + site, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        Document home = Jsoup.parse(anonymous.get("/").body());
        assertThat(home.select(".site-name").text()).isEqualTo("Cổng thông tin Hội LHPN tỉnh Thanh Hóa");
        assertThat(home.select(".site-tagline").text()).startsWith("Phụ nữ Thanh Hóa");
        assertThat(home.select("a[href=https://www.facebook.com/hoilhpnthanhhoa]")).isNotEmpty();
        Document about = Jsoup.parse(anonymous.get("/gioi-thieu").body());
        assertThat(about.select(".story-body h2").text()).isEqualTo("Lịch sử");
        assertThat(about.select(".story-body script")).isEmpty();
        assertThat(about.select(".story-body [onclick]")).isEmpty();
        assertThat(Jsoup.parse(anonymous.get("/en/about").body()).select(".story-body").text()).isEqualTo("Founded in 1930.");
    }

    @Test
    void badSettingsAreRefusedInVietnameseAndKeepWhatWasTyped() {
        WebSession admin = WebSession.login(port, "quantri");
        long site = siteId(admin);
        Map<String, String> form = form(admin, site);
        form.put("name", "Tên mới không được lưu");
        form.put("primaryColor", "#ffe680");
        form.put("zaloUrl", "javascript:alert(1)");
        WebSession.Page refused = admin.post("/admin/portal/sites/" + site, form);
        assertThat(refused.status()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#primaryColor-error").text()).contains("Màu quá nhạt").contains("4,5:1");
        assertThat(page.select("#name").val()).isEqualTo("Tên mới không được lưu");
        assertThat(jdbc.sql("select name from portal_site where id = :id").param("id", site).query(String.class).single())
                .isEqualTo("Hội LHPN tỉnh Thanh Hóa");

        form.put("primaryColor", "#9c1c5b");
        WebSession.Page badLink = admin.post("/admin/portal/sites/" + site, form);
        assertThat(Jsoup.parse(badLink.body()).select("#zaloUrl-error").text()).contains("https://").contains("zalo.me");
    }

    @Test
    void colourContrastFollowsWcag() {
        assertThat(SiteColors.contrastWithWhite("#000000")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(SiteColors.contrastWithWhite("#ffffff")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(SiteColors.contrastWithWhite("#9c1c5b")).isGreaterThan(SiteColors.MINIMUM_CONTRAST);
        assertThat(SiteColors.contrastWithWhite("#767676")).isGreaterThan(4.5).isLessThan(4.6);
    }

    @Test
    void anEditorPutsUpACampaignCoverButCannotChangeTheSettings() throws Exception {
        WebSession editor = WebSession.login(port, "bientap");
        long site = siteId(WebSession.login(port, "quantri"));
        assertThat(editor.post("/admin/portal/sites/" + site, form(WebSession.login(port, "quantri"), site)).status()).isEqualTo(403);

        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/media/photo.jpg"));
        WebSession.Page noTitle = editor.upload("/admin/portal/sites/" + site + "/banners",
                Map.of("placement", "COVER", "title", " ", "linkUrl", "/gioi-thieu"), "image", "bia.jpg", photo);
        assertThat(Jsoup.parse(noTitle.body()).select("#title-error").text()).contains("Tiêu đề");

        WebSession.Page added = editor.upload("/admin/portal/sites/" + site + "/banners",
                Map.of("placement", "COVER", "title", "Tháng hành động vì bình đẳng giới", "linkUrl", "/gioi-thieu",
                        "altText", "Băng rôn tháng hành động"), "image", "bia.jpg", photo);
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        Document home = Jsoup.parse(WebSession.anonymous(port).get("/").body());
        assertThat(home.select(".campaign-cover img").attr("alt")).isEqualTo("Băng rôn tháng hành động");
        assertThat(home.select(".campaign-cover a").attr("href")).isEqualTo("/gioi-thieu");

        long banner = jdbc.sql("select max(id) from portal_banner where site_id = :s").param("s", site).query(Long.class).single();
        editor.post("/admin/portal/sites/" + site + "/banners/" + banner + "/active", Map.of("active", "false"));
        assertThat(Jsoup.parse(WebSession.anonymous(port).get("/").body()).select(".campaign-cover")).isEmpty();

        WebSession.Page notAPhoto = editor.upload("/admin/portal/sites/" + site + "/banners",
                Map.of("placement", "BANNER", "title", "Giữ lại tiêu đề này"), "image", "bia.jpg", "<html>không phải ảnh</html>".getBytes());
        Document refused = Jsoup.parse(notAPhoto.body());
        assertThat(refused.select("#image-error").text()).isNotBlank();
        assertThat(refused.select("#title").val()).isEqualTo("Giữ lại tiêu đề này");
    }

    @Test
    void peopleOutsideTheProvinceCannotManageItsSite() {
        long site = siteId(WebSession.login(port, "quantri"));
        for (String who : new String[] {"quantri.hacthanh", "canbo.hacthanh", "kiemduyet"}) {
            WebSession session = WebSession.login(port, who);
            assertThat(session.get("/admin/portal").status()).as(who).isEqualTo(403);
            assertThat(session.get("/admin/portal/sites/" + site).status()).as(who).isEqualTo(403);
            assertThat(session.post("/admin/portal/sites/" + site + "/logo/delete", Map.of()).status()).as(who).isEqualTo(403);
        }
    }

    private long siteId(WebSession admin) {
        String page = admin.get("/admin/portal").body();
        String href = Jsoup.parse(page).select("a[href^=/admin/portal/sites/]").attr("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    private Map<String, String> form(WebSession admin, long site) {
        Document page = Jsoup.parse(admin.get("/admin/portal/sites/" + site).body());
        Map<String, String> form = new HashMap<>();
        page.select("form[action$=/sites/" + site + "] input[name], form[action$=/sites/" + site + "] textarea[name]")
                .forEach(input -> form.put(input.attr("name"), input.is("textarea") ? input.text() : input.val()));
        form.remove("_csrf");
        return form;
    }
}
