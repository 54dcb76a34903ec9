package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The newsroom's paths through the API and the pages, against the real database and scheduler. */
@IntegrationTest
class WorkflowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Newsroom newsroom() {
        return new Newsroom(port, jdbc);
    }

    @Test
    void aCommuneStoryTravelsFromDraftToPublished() {
        Newsroom newsroom = newsroom();
        long id = newsroom.draft("canbo.hacthanh", "Phụ nữ Hạc Thành ra quân làm sạch môi trường");

        var refused = newsroom.move("canbo.hacthanh", id, "SUBMIT");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Cần ít nhất 3 ảnh (hiện có 0)");

        newsroom.photos(id, 3, false);
        refused = newsroom.move("canbo.hacthanh", id, "SUBMIT");
        assertThat(refused.body()).contains("Ảnh 1 chưa có chú thích", "Ảnh 3 chưa có mô tả cho người khiếm thị");
        jdbc.sql("update story_media set caption = 'Chú thích', alt_text = 'Mô tả' where story_id = :id").param("id", id).update();

        newsroom.moveOk("canbo.hacthanh", id, "SUBMIT", "SUBMITTED");
        var wrongDepartment = newsroom.move("truongban.gdxh", id, "APPROVE");
        assertThat(wrongDepartment.status()).isEqualTo(403);
        assertThat(wrongDepartment.json().get("detail").asString()).contains("không có quyền");
        assertThat(newsroom.as("truongban.tg").get("/api/v1/stories?scope=APPROVALS").body()).contains("Phụ nữ Hạc Thành ra quân");
        assertThat(newsroom.as("truongban.gdxh").get("/api/v1/stories?scope=APPROVALS").body()).doesNotContain("Phụ nữ Hạc Thành ra quân");

        newsroom.moveOk("truongban.tg", id, "APPROVE", "DEPARTMENT_APPROVED");
        newsroom.moveOk("bientap", id, "TAKE", "IN_EDITING");
        var edited = newsroom.as("bientap").put("/api/v1/stories/" + id, ApiClient.json(Map.of("kind", "NEWS",
                "title", "Phụ nữ phường Hạc Thành ra quân làm sạch môi trường", "body", "<p>Nội dung đã biên tập.</p>")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        newsroom.moveOk("bientap", id, "PUBLISH", "PUBLISHED");

        var seenByAuthor = newsroom.get("canbo.hacthanh", id);
        assertThat(seenByAuthor.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(seenByAuthor.get("title").asString()).isEqualTo("Phụ nữ phường Hạc Thành ra quân làm sạch môi trường");
        assertThat(seenByAuthor.get("steps")).hasSize(5);
        assertThat(newsroom.as("canbo.hacthanh").get("/api/v1/stories/" + id + "/revisions").json()).hasSize(2);
        assertThat(newsroom.as("canbo.hoanghoa").get("/api/v1/stories/" + id).status()).isEqualTo(404);
    }

    @Test
    void nobodyApprovesTheirOwnStory() {
        Newsroom newsroom = newsroom();
        var created = newsroom.as("truongban.tg").post("/api/v1/stories", ApiClient.json(Map.of("kind", "ARTICLE",
                "title", "Ban Tuyên giáo tổng kết quý IV")));
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("authorDepartmentId").isNull()).isFalse();
        newsroom.photos(id, 1, true);
        newsroom.moveOk("truongban.tg", id, "SUBMIT", "SUBMITTED");
        var own = newsroom.move("truongban.tg", id, "APPROVE");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).isEqualTo("Không ai được tự duyệt hoặc xuất bản tin bài do chính mình viết.");
        newsroom.moveOk("thuongtruc", id, "APPROVE", "DEPARTMENT_APPROVED");

        long editorsOwn = newsroom.draft("bientap", "Tin của biên tập viên");
        newsroom.photos(editorsOwn, 3, true);
        newsroom.moveOk("bientap", editorsOwn, "SUBMIT", "SUBMITTED");
        newsroom.moveOk("truongban.tg", editorsOwn, "APPROVE", "DEPARTMENT_APPROVED");
        newsroom.moveOk("bientap", editorsOwn, "TAKE", "IN_EDITING");
        assertThat(newsroom.move("bientap", editorsOwn, "PUBLISH").status()).isEqualTo(403);
    }

    @Test
    void aProvinceCanLetCommuneStoriesSkipTheDepartment() {
        Newsroom newsroom = newsroom();
        long province = jdbc.sql("select id from unit where code = 'TH'").query(Long.class).single();
        WebSession admin = WebSession.login(port, "quantri");
        assertThat(admin.post("/newsroom/settings/routes/" + province, Map.of("departmentNeedsHeadApproval", "true")).status()).isEqualTo(302);
        try {
            long id = newsroom.draft("canbo.hacthanh", "Tin đi thẳng tới Ban Tuyên giáo");
            newsroom.photos(id, 3, true);
            var submitted = newsroom.move("canbo.hacthanh", id, "SUBMIT");
            assertThat(submitted.json().get("needsDepartmentApproval").asBoolean()).isFalse();
            assertThat(submitted.json().get("reachedEditorsAt").isNull()).isFalse();
            assertThat(newsroom.move("truongban.tg", id, "APPROVE").status()).isEqualTo(409);
            newsroom.moveOk("bientap", id, "TAKE", "IN_EDITING");
        } finally {
            admin.post("/newsroom/settings/routes/" + province, Map.of("communeNeedsDepartmentApproval", "true",
                    "departmentNeedsHeadApproval", "true"));
        }
    }

    @Test
    void aScheduledStoryIsPublishedByTheSchedulerAtItsTime() throws InterruptedException {
        Newsroom newsroom = newsroom();
        long id = newsroom.storyIn("IN_EDITING");
        Instant publishAt = Instant.now().plusSeconds(2);
        var scheduled = newsroom.move("bientap", id, "SCHEDULE", Map.of("publishAt", publishAt.toString(),
                "unpublishAt", publishAt.plusSeconds(3).toString()));
        assertThat(scheduled.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(waitForStatus(newsroom, id, "PUBLISHED", Duration.ofSeconds(20))).isEqualTo("PUBLISHED");
        assertThat(waitForStatus(newsroom, id, "UNPUBLISHED", Duration.ofSeconds(20))).isEqualTo("UNPUBLISHED");
        var steps = newsroom.get("bientap", id).get("steps");
        assertThat(steps.get(steps.size() - 2).get("actorId").isNull()).isTrue();
    }

    @Test
    void aMajorEventMustReachTheEditorsWithinTwelveWorkingHours() {
        Newsroom newsroom = newsroom();
        // Friday 20/11/2026 16:00: 1 h that Friday, 7.5 h on Monday 23/11, then 3.5 h on Tuesday from 7:30.
        var created = newsroom.as("canbo.hacthanh").post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS",
                "title", "Đại hội đại biểu phụ nữ phường", "majorEvent", true, "eventAt", "2026-11-20T16:00:00")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Instant.parse(created.json().get("reachDeadline").asString())).isEqualTo(Instant.parse("2026-11-24T04:00:00Z"));

        var noTime = newsroom.as("canbo.hacthanh").post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS",
                "title", "Sự kiện lớn không giờ", "majorEvent", true)));
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.json().get("detail").asString()).isEqualTo("Tin về sự kiện lớn cần ghi thời gian diễn ra sự kiện.");
    }

    @Test
    void badInputIsRefusedInVietnameseAndTheDraftKept() {
        Newsroom newsroom = newsroom();
        var empty = newsroom.as("canbo.hacthanh").post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS", "title", " ")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Hãy nhập tiêu đề tin bài.");
        var tooLong = newsroom.as("canbo.hacthanh").post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS", "title", "x".repeat(251))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Dài tối đa 250 ký tự");

        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        var page = officer.post("/newsroom/stories", Map.of("kind", "NEWS", "title", "", "summary", "Sapo tôi đã gõ", "body", "<p>Thân bài tôi đã gõ</p>"));
        assertThat(page.status()).isEqualTo(200);
        var form = org.jsoup.Jsoup.parse(page.body());
        assertThat(form.getElementById("title-error").text()).isEqualTo("Hãy nhập tiêu đề tin bài.");
        assertThat(form.getElementById("summary").val()).isEqualTo("Sapo tôi đã gõ");
        assertThat(form.getElementById("body").val()).isEqualTo("<p>Thân bài tôi đã gõ</p>");
    }

    @Test
    void revisionsCompareSideBySideAndRestore() {
        Newsroom newsroom = newsroom();
        long id = newsroom.draft("canbo.hacthanh", "Bản đầu");
        newsroom.as("canbo.hacthanh").put("/api/v1/stories/" + id, ApiClient.json(Map.of("kind", "NEWS", "title", "Bản sau",
                "body", "<p>Nội dung <b>chính</b> của tin.</p><p>Đoạn mới <script>x</script></p>")));
        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        var compare = officer.get("/newsroom/stories/" + id + "/revisions?a=1&b=2");
        assertThat(compare.body()).contains("Bản <del>đầu</del>", "Bản <ins>sau</ins>", "<ins>Đoạn mới</ins>").doesNotContain("<script>");
        assertThat(officer.post("/newsroom/stories/" + id + "/revisions/1/restore", Map.of()).status()).isEqualTo(302);
        var story = newsroom.get("canbo.hacthanh", id);
        assertThat(story.get("title").asString()).isEqualTo("Bản đầu");
        assertThat(newsroom.as("canbo.hacthanh").get("/api/v1/stories/" + id + "/revisions").json()).hasSize(3);
    }

    @Test
    void theEditorialThreadIsSharedWithTheAuthorUnit() {
        Newsroom newsroom = newsroom();
        long id = newsroom.storyIn("SUBMITTED");
        WebSession head = WebSession.login(port, "truongban.tg");
        assertThat(head.post("/newsroom/stories/" + id + "/comments", Map.of("body", "Đề nghị bổ sung tên người trong ảnh 2.")).status()).isEqualTo(302);
        var empty = head.post("/newsroom/stories/" + id + "/comments", Map.of("body", "   "));
        assertThat(empty.body()).contains("Hãy nhập nội dung ý kiến.");
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/newsroom/stories/" + id).body()).contains("Đề nghị bổ sung tên người trong ảnh 2.");
        assertThat(newsroom.as("canbo.hoanghoa").post("/api/v1/stories/" + id + "/comments", "{\"body\":\"xen vào\"}").status()).isEqualTo(404);
    }

    @Test
    void theQueuesShowWhatWaitsForEachPerson() {
        Newsroom newsroom = newsroom();
        long id = newsroom.storyIn("DEPARTMENT_APPROVED");
        var queue = WebSession.login(port, "bientap").get("/newsroom/queue");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("/newsroom/stories/" + id, "Chờ 0 giờ");
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/newsroom/queue").status()).isEqualTo(403);
        var mine = WebSession.login(port, "canbo.hacthanh").get("/newsroom");
        assertThat(mine.body()).contains("/newsroom/stories/" + id, "Trưởng ban đã duyệt");
        assertThat(WebSession.login(port, "canbo.hoanghoa").get("/newsroom").body()).doesNotContain("/newsroom/stories/" + id + "\"");
        assertThat(WebSession.login(port, "bientap").get("/newsroom/calendar?view=week").status()).isEqualTo(200);
    }

    private static String waitForStatus(Newsroom newsroom, long id, String wanted, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        String status = null;
        while (Instant.now().isBefore(until)) {
            status = newsroom.get("bientap", id).get("status").asString();
            if (status.equals(wanted)) {
                return status;
            }
            Thread.sleep(300);
        }
        return status;
    }
}
