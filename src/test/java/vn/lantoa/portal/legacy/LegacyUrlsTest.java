package vn.lantoa.portal.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;
import vn.lantoa.support.WebSession;

/** Old addresses over real HTTP: the import with its preview, the redirects, the helpful 404, who may manage them. */
@IntegrationTest
class LegacyUrlsTest {

    static final String PAGE = "/admin/portal/legacy-urls";
    private static final Pattern PREVIEW = Pattern.compile(PAGE + "/import/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sites sites;

    Stories stories;
    Site site;

    @BeforeEach
    void setUp() {
        stories = new Stories(port, jdbc);
        site = sites.forHost("localhost");
    }

    @Test
    void importedOldAddressesAnswerWithAPermanentRedirectToTheStory() {
        String r = suffix();
        String titleA = Stories.uniqueTitle("Phụ nữ khởi nghiệp");
        String titleB = Stories.uniqueTitle("Tập huấn chuyển đổi số");
        long a = stories.storyIn("PUBLISHED", titleA);
        long b = stories.storyIn("PUBLISHED", titleB);
        String csv = "\uFEFFold_url,story_id,new_url\r\n"
                + "https://hoiphunu-cu.vn/tin-tuc/phu-nu-khoi-nghiep-" + r + ".html," + a + ",\r\n"
                + "/index.php?option=com_content&view=article&id=" + r.length() + r.hashCode() + ",," + PortalLinks.story(b, titleB) + "\r\n"
                + "/Default.aspx?tabid=57&ItemID=" + Math.abs(r.hashCode()) + "," + b + ",\r\n"
                + "/?p=" + Math.abs(r.hashCode()) + "," + a + ",\r\n";
        WebSession admin = WebSession.login(port, "quantri");

        WebSession.Page uploaded = admin.upload(PAGE + "/import?site=" + site.id(), "file", "dia-chi-cu.csv", bytes(csv));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        Matcher preview = PREVIEW.matcher(uploaded.location());
        assertThat(preview.find()).as(uploaded.location()).isTrue();
        WebSession.Page page = admin.get(PAGE + "/import/" + preview.group(1));
        assertThat(page.body()).contains("Tệp dia-chi-cu.csv: 4 địa chỉ mới, 0 địa chỉ đã có sẵn", "Áp dụng tất cả")
                .doesNotContain("dòng lỗi");
        assertThat(oldPaths(a, b)).as("nothing before applying").isEmpty();

        WebSession.Page applied = admin.post(PAGE + "/import/" + preview.group(1) + "/apply", java.util.Map.of());
        assertThat(applied.status()).isEqualTo(302);
        assertThat(admin.get(path(applied.location())).body()).contains("Đã thêm 4 địa chỉ cũ", "/tin-tuc/phu-nu-khoi-nghiep-" + r.toLowerCase(Locale.ROOT) + ".html");
        assertThat(oldPaths(a, b)).hasSize(4);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEGACY_URLS_IMPORTED' and target_id = :id")
                .param("id", Long.parseLong(preview.group(1))).query(Long.class).single()).isEqualTo(1);

        WebSession reader = WebSession.anonymous(port);
        assertMoved(reader.get("/tin-tuc/phu-nu-khoi-nghiep-" + r + ".html"), PortalLinks.story(a, titleA));
        assertMoved(reader.get("/TIN-TUC/Phu-Nu-Khoi-Nghiep-" + r + ".html/"), PortalLinks.story(a, titleA));
        assertMoved(reader.get("/index.php?id=" + r.length() + r.hashCode() + "&view=article&option=com_content&fbclid=IwAR0x"),
                PortalLinks.story(b, titleB));
        assertMoved(reader.get("/default.aspx?TabId=57&ItemId=" + Math.abs(r.hashCode())), PortalLinks.story(b, titleB));
        assertMoved(reader.get("/?p=" + Math.abs(r.hashCode())), PortalLinks.story(a, titleA));
        assertThat(reader.get("/?p=1" + Math.abs(r.hashCode())).status()).as("an unknown old home address is the home page").isEqualTo(200);

        // the same file again: everything is already there, nothing to apply
        WebSession.Page again = admin.get(path(admin.upload(PAGE + "/import?site=" + site.id(), "file", "lai.csv", bytes(csv)).location()));
        assertThat(again.body()).contains("4 địa chỉ đã có sẵn", "không có gì để thêm").doesNotContain("Áp dụng tất cả");

        // search and delete
        WebSession.Page found = admin.get(PAGE + "?site=" + site.id() + "&q=phu-nu-khoi-nghiep-" + r);
        assertThat(found.body()).contains("Các địa chỉ đã chuyển hướng (1)", titleA);
        long id = jdbc.sql("select id from portal_legacy_url where story_id = :a and old_path like '/tin-tuc/%'").param("a", a)
                .query(Long.class).single();
        WebSession.Page deleted = admin.post(PAGE + "/" + id + "/delete", java.util.Map.of("site", String.valueOf(site.id())));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(admin.get(path(deleted.location())).body()).contains("Đã xóa chuyển hướng.");
        assertThat(reader.get("/tin-tuc/phu-nu-khoi-nghiep-" + r + ".html").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LEGACY_URL_DELETED' and target_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyBadLineIsReportedWithItsReasonAndNothingIsApplied() {
        String r = suffix();
        long published = stories.storyIn("PUBLISHED", Stories.uniqueTitle("Đã đăng"));
        long submitted = stories.storyIn("SUBMITTED", Stories.uniqueTitle("Chưa đăng"));
        jdbc.sql("insert into portal_legacy_url (site_id, old_path, story_id) values (:site, :path, :story)")
                .param("site", site.id()).param("path", "/da-co-" + r.toLowerCase(Locale.ROOT) + ".html").param("story", submitted).update();
        String csv = "old_url;story_id\n"
                + "/tot-" + r + ".html;" + published + "\n"                 // 2 fine, but the file has errors
                + "khong phai dia chi;" + published + "\n"                  // 3
                + "/chua-dang-" + r + ".html;" + submitted + "\n"          // 4
                + "/khong-co-" + r + ".html;987654321\n"                   // 5
                + "/TOT-" + r + ".html/;" + published + "\n"               // 6 same as line 2
                + "/da-co-" + r + ".html;" + published + "\n"              // 7 already leads elsewhere
                + "/" + "a".repeat(1200) + ";" + published + "\n"          // 8
                + ";" + published + "\n"                                   // 9
                + "/admin/units;" + published + "\n"                       // 10
                + "/so-sai-" + r + ".html;mười hai\n";                     // 11
        WebSession admin = WebSession.login(port, "bientap");
        WebSession.Page uploaded = admin.upload(PAGE + "/import?site=" + site.id(), "file", "loi.csv", bytes(csv));
        String previewPath = path(uploaded.location());
        WebSession.Page page = admin.get(previewPath);

        assertThat(page.body()).contains("Có 9 dòng lỗi.");
        assertThat(reason(page, 3)).contains("không phải là địa chỉ web");
        assertThat(reason(page, 4)).isEqualTo("Tin bài " + submitted + " không tồn tại hoặc chưa được đăng.");
        assertThat(reason(page, 5)).isEqualTo("Tin bài 987654321 không tồn tại hoặc chưa được đăng.");
        assertThat(reason(page, 6)).isEqualTo("Địa chỉ cũ trùng với dòng 2.");
        assertThat(reason(page, 7)).startsWith("Địa chỉ cũ này đã chuyển tới tin bài " + submitted + ";");
        assertThat(reason(page, 8)).isEqualTo("Địa chỉ cũ dài quá 1000 ký tự.");
        assertThat(reason(page, 9)).isEqualTo("Thiếu địa chỉ cũ.");
        assertThat(reason(page, 10)).contains("khu vực cán bộ");
        assertThat(reason(page, 11)).isEqualTo("Mã tin bài \"mười hai\" không phải là số.");
        assertThat(page.body()).doesNotContain("Áp dụng tất cả");

        WebSession.Page forced = admin.post(previewPath + "/apply", java.util.Map.of());
        assertThat(forced.body()).contains("Tệp còn 9 dòng lỗi");
        assertThat(jdbc.sql("select count(*) from portal_legacy_url where old_path like :p").param("p", "%" + r.toLowerCase(Locale.ROOT) + "%")
                .query(Long.class).single()).as("only the mapping made by the test").isEqualTo(1);
    }

    @Test
    void filesThatAreNotAListOfAddressesAreRefusedWithAReason() {
        WebSession admin = WebSession.login(port, "quantri");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        assertRefused(admin, junk, "Tệp không phải là văn bản CSV mã UTF-8.");
        assertRefused(admin, bytes("ma,ten\nTH-1,Hội\n"), "Tệp thiếu cột old_url (địa chỉ cũ).");
        assertRefused(admin, bytes("old_url,tieu_de\n/a.html,Bài A\n"), "Tệp thiếu cột story_id (mã tin bài) hoặc new_url (liên kết mới).");
        assertRefused(admin, bytes("old_url,story_id\n"), "Tệp không có dòng dữ liệu nào.");
        assertRefused(admin, new byte[0], "Hãy chọn một tệp CSV.");
        assertRefused(admin, new byte[LegacyFile.MAX_BYTES + 10], "Tệp lớn hơn 5 MB.");
    }

    @Test
    void onlyAdminsAndEditorsOfTheSitesUnionManageIt() {
        for (String stranger : List.of("quantri.hacthanh", "canbo.hacthanh")) {
            WebSession session = WebSession.login(port, stranger);
            assertThat(session.get(PAGE).status()).as(stranger).isEqualTo(403);
            assertThat(session.get(PAGE + "?site=" + site.id()).status()).as(stranger).isEqualTo(403);
            assertThat(session.upload(PAGE + "/import?site=" + site.id(), "file", "x.csv", bytes("old_url,story_id\n/a.html,1\n"))
                    .status()).as(stranger).isEqualTo(403);
            assertThat(session.post(PAGE + "/1/delete", java.util.Map.of("site", String.valueOf(site.id()))).status())
                    .as(stranger).isEqualTo(403);
        }
        assertThat(WebSession.anonymous(port).get(PAGE).status()).isEqualTo(302);
        WebSession editor = WebSession.login(port, "bientap");
        assertThat(editor.get(PAGE).status()).isEqualTo(200);
        assertThat(editor.get("/admin").body()).contains("href=\"" + PAGE + "\"");
    }

    @Test
    void anUnknownAddressGetsTheHelpful404WithTheSearchBoxFilled() {
        WebSession reader = WebSession.anonymous(port);
        WebSession.Page page = reader.get("/tin-tuc/123-phu-nu-khoi-nghiep-vung-cao.html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang", "action=\"/tim-kiem\"", "name=\"q\"",
                "value=\"phu nu khoi nghiep vung cao\"", "Về trang chủ", "Tin mới nhất", site.name());
        assertThat(page.response().headers().allValues("Set-Cookie")).isEmpty();

        WebSession.Page query = reader.get("/index.php?option=com_content&view=article&id=424242");
        assertThat(query.status()).isEqualTo(404);
        assertThat(query.body()).contains("name=\"q\"", "value=\"\"");

        assertThat(reader.get("/doc-nhieu?ky=khong-co").body()).as("a portal controller's NotFound").contains("Không tìm thấy trang", "name=\"q\"");
    }

    @Test
    void anOldAddressOfAStoryNoLongerPublishedGetsThe404() {
        long submitted = stories.storyIn("SUBMITTED", Stories.uniqueTitle("Rút xuống"));
        String r = suffix().toLowerCase(Locale.ROOT);
        jdbc.sql("insert into portal_legacy_url (site_id, old_path, story_id) values (:site, :path, :story)")
                .param("site", site.id()).param("path", "/tin-tuc/rut-xuong-" + r + ".html").param("story", submitted).update();
        WebSession.Page page = WebSession.anonymous(port).get("/tin-tuc/rut-xuong-" + r + ".html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("value=\"rut xuong " + r + "\"");
    }

    @Test
    void unknownAddressesOfStaffAreasApiAndAssetsBehaveAsBefore() {
        assertThat(WebSession.anonymous(port).get("/admin/khong-co-trang-nay").location()).endsWith("/login");
        WebSession admin = WebSession.login(port, "quantri");
        WebSession.Page staff = admin.get("/admin/khong-co-trang-nay");
        assertThat(staff.status()).isEqualTo(404);
        assertThat(staff.body()).as("Spring's own answer (the browser test sees the staff error page)").doesNotContain("/tim-kiem");
        WebSession.Page staffImport = admin.get(PAGE + "/import/987654321");
        assertThat(staffImport.status()).isEqualTo(404);
        assertThat(staffImport.body()).doesNotContain("/tim-kiem");

        ApiClient.Reply api = ApiClient.as(port, "quantri").get("/api/v1/khong-co");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("/tim-kiem");
        WebSession.Page icon = WebSession.anonymous(port).get("/favicon.ico");
        assertThat(icon.status()).isEqualTo(404);
        assertThat(icon.body()).doesNotContain("/tim-kiem");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertMoved(WebSession.Page page, String location) {
        assertThat(page.status()).as(page.body()).isEqualTo(301);
        assertThat(path(page.location())).isEqualTo(location);
        assertThat(page.response().headers().allValues("Set-Cookie")).isEmpty();
    }

    /** Tomcat makes redirect locations absolute. */
    private String path(String location) {
        return location.replaceFirst("^http://localhost:" + port, "");
    }

    private void assertRefused(WebSession admin, byte[] content, String message) {
        WebSession.Page page = admin.upload(PAGE + "/import?site=" + site.id(), "file", "tep.csv", content);
        assertThat(page.status()).as(message).isEqualTo(200);
        assertThat(page.body()).contains("id=\"legacy-error\"", message);
    }

    private static String reason(WebSession.Page page, int line) {
        Matcher row = Pattern.compile("<tr>\\s*<td>" + line + "</td>\\s*<td[^>]*>[^<]*</td>\\s*<td>([^<]*)</td>").matcher(page.body());
        assertThat(row.find()).as("line " + line + " listed").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(row.group(1));
    }

    private List<String> oldPaths(long... storyIds) {
        return jdbc.sql("select old_path from portal_legacy_url where story_id in (:ids)")
                .param("ids", java.util.Arrays.stream(storyIds).boxed().toList()).query(String.class).list();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Starts with a letter: an all-digit tail of an old slug reads as an old id, which the 404 page rightly drops. */
    private static String suffix() {
        return "Z" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    }
}
