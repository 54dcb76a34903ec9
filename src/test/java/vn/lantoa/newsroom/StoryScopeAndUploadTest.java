package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Every newsroom page and API call of a story, tried from outside its scope; and uploads that go
 * wrong, which must leave the story and its other photos as they were.
 */
@IntegrationTest
class StoryScopeAndUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerOfAnotherCommuneReachesNothingOfTheStory() {
        Newsroom newsroom = new Newsroom(port, jdbc);
        for (String status : List.of("DRAFT", "SUBMITTED")) {
            long id = newsroom.storyIn(status);
            UUID photo = jdbc.sql("select media_id from story_media where story_id = :id limit 1").param("id", id).query(UUID.class).single();
            String before = storyState(id);
            WebSession outsider = WebSession.login(port, "canbo.hoanghoa");
            String base = "/newsroom/stories/" + id;
            assertThat(outsider.get(base).status()).as(status + " page").isEqualTo(404);
            assertThat(outsider.get(base + "/edit").status()).isEqualTo(404);
            assertThat(outsider.get(base + "/revisions").status()).isEqualTo(404);
            for (String post : List.of(base, base + "/actions/SUBMIT", base + "/actions/WITHDRAW", base + "/comments", base + "/revisions/1/restore",
                    base + "/media/link", base + "/media/" + photo, base + "/media/" + photo + "/cover", base + "/media/" + photo + "/delete",
                    base + "/media/" + photo + "/move?offset=1")) {
                var page = outsider.post(post, Map.of("title", "Chiếm quyền", "kind", "NEWS", "body", "x", "url", "https://youtu.be/dQw4w9WgXcQ",
                        "caption", "x", "altText", "x"));
                assertThat(page.status()).as(status + " POST " + post).isIn(403, 404);
            }
            assertThat(outsider.upload(base + "/media", "file", "anh.jpg", jpeg()).status()).isIn(403, 404);

            ApiClient api = ApiClient.as(port, "canbo.hoanghoa");
            String apiBase = "/api/v1/stories/" + id;
            assertThat(api.get(apiBase).status()).isEqualTo(404);
            assertThat(api.put(apiBase, "{\"kind\":\"NEWS\",\"title\":\"Chiếm quyền\"}").status()).isEqualTo(404);
            assertThat(api.post(apiBase + "/transitions", "{\"action\":\"SUBMIT\"}").status()).isEqualTo(404);
            assertThat(api.get(apiBase + "/comments").status()).isEqualTo(404);
            assertThat(api.post(apiBase + "/comments", "{\"body\":\"x\"}").status()).isEqualTo(404);
            assertThat(api.get(apiBase + "/revisions").status()).isEqualTo(404);
            assertThat(api.upload(apiBase + "/media", "file", "anh.jpg", jpeg()).status()).isEqualTo(404);
            assertThat(api.post(apiBase + "/media/link", "{\"url\":\"https://youtu.be/dQw4w9WgXcQ\"}").status()).isEqualTo(404);
            assertThat(api.put(apiBase + "/media/" + photo, "{\"caption\":\"x\",\"altText\":\"x\"}").status()).isEqualTo(404);
            assertThat(api.delete(apiBase + "/media/" + photo).status()).isEqualTo(404);
            assertThat(storyState(id)).as("story untouched").isEqualTo(before);
        }
    }

    @Test
    void aDepartmentHeadOrAUnitAdminSeesButCannotChangeAnotherOnesStory() {
        Newsroom newsroom = new Newsroom(port, jdbc);
        long id = newsroom.storyIn("SUBMITTED");
        String before = storyState(id);
        for (String person : List.of("truongban.gdxh", "quantri.hacthanh", "kiemduyet")) {
            ApiClient api = ApiClient.as(port, person);
            assertThat(api.get("/api/v1/stories/" + id).status()).as(person + " reads").isEqualTo(200);
            var edit = api.put("/api/v1/stories/" + id, "{\"kind\":\"NEWS\",\"title\":\"Sửa trái phép\"}");
            assertThat(edit.status()).as(person + " edits").isEqualTo(403);
            assertThat(edit.json().get("detail").asString()).contains("không được sửa tin bài");
            assertThat(api.post("/api/v1/stories/" + id + "/transitions", "{\"action\":\"APPROVE\"}").status()).isEqualTo(403);
        }
        assertThat(storyState(id)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedAndTheDraftKept() {
        Newsroom newsroom = new Newsroom(port, jdbc);
        long id = newsroom.draft("canbo.hacthanh", "Tin có ảnh hỏng");
        ApiClient officer = newsroom.as("canbo.hacthanh");
        var first = officer.upload("/api/v1/stories/" + id + "/media", "file", "anh-1.jpg", jpeg());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("media")).hasSize(1);

        var renamed = officer.upload("/api/v1/stories/" + id + "/media", "file", "bao-cao.jpg", "Báo cáo tháng 11".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("detail").asString()).contains("\"bao-cao.jpg\" không phải là ảnh JPEG, PNG, WebP hoặc HEIC");

        WebSession page = WebSession.login(port, "canbo.hacthanh");
        var htmx = page.upload("/newsroom/stories/" + id + "/media", "file", "video.avi", "RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(htmx.status()).isEqualTo(302);
        assertThat(page.get("/newsroom/stories/" + id + "/edit").body()).contains("chỉ nhận video MP4");

        var story = newsroom.get("canbo.hacthanh", id);
        assertThat(story.get("title").asString()).isEqualTo("Tin có ảnh hỏng");
        assertThat(story.get("media")).hasSize(1);
    }

    @Test
    void aSixthPhotoIsRefusedAndLeavesNoFileBehind() {
        Newsroom newsroom = new Newsroom(port, jdbc);
        long id = newsroom.draft("canbo.hacthanh", "Tin đủ năm ảnh");
        ApiClient officer = newsroom.as("canbo.hacthanh");
        for (int i = 0; i < 5; i++) {
            assertThat(officer.upload("/api/v1/stories/" + id + "/media", "file", "anh-" + i + ".jpg", jpeg()).status()).isEqualTo(201);
        }
        long assets = jdbc.sql("select count(*) from media_asset").query(Long.class).single();
        var sixth = officer.upload("/api/v1/stories/" + id + "/media", "file", "anh-6.jpg", jpeg());
        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.json().get("detail").asString()).isEqualTo("Tin bài đã đủ 5 ảnh, không thể thêm nữa. Hãy xoá bớt ảnh trước.");
        assertThat(jdbc.sql("select count(*) from media_asset").query(Long.class).single()).isEqualTo(assets);

        var described = officer.put("/api/v1/stories/" + id + "/media/" + newsroom.get("canbo.hacthanh", id).get("media").get(0).get("id").asString(),
                ApiClient.json(Map.of("caption", "Chị em hội viên", "altText", "Phụ nữ trong hội trường")));
        assertThat(described.json().get("media").get(0).get("caption").asString()).isEqualTo("Chị em hội viên");
        var submit = officer.post("/api/v1/stories/" + id + "/submit", "");
        assertThat(submit.status()).isEqualTo(400);
        assertThat(submit.json().get("errors").toString()).contains("Ảnh 2 chưa có chú thích.").doesNotContain("Ảnh 1 chưa có chú thích.");
    }

    private String storyState(long id) {
        return jdbc.sql("""
                select s.title || '|' || s.status || '|' || s.version || '|' || (select count(*) from story_media m where m.story_id = s.id)
                       || '|' || (select count(*) from story_comment c where c.story_id = s.id)
                from story s where s.id = :id
                """).param("id", id).query(String.class).single();
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.PINK);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
