package vn.lantoa.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.portal.site.PortalContentChanged;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Reader comments over real HTTP against the real database: what an anonymous reader can send, what
 * is refused and how, what moderators of which scope may decide, and what the public then sees.
 */
@IntegrationTest
@RecordApplicationEvents
class ReaderCommentsTest {

    static final String EMAIL = "ban.doc@example.vn";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReaderComments readerComments;

    @Autowired
    CommentModeration moderation;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    // --- posting ---------------------------------------------------------------------------------

    @Test
    void aValidCommentWaitsForAModeratorAndIsShownAfterApprovalWithoutTheEmail() {
        long story = story("TH-001");
        Reader reader = Reader.fresh(port);
        String text = unique("Bài viết rất bổ ích, cảm ơn Hội");
        Reader.Answer answer = reader.post(story, Reader.form("Nguyễn Thị Lan", EMAIL, text));

        assertThat(answer.status()).as("post, redirect, get").isEqualTo(302);
        assertThat(answer.location()).endsWith("/binh-luan/" + story + "?da-gui#binh-luan-form");
        assertThat(answer.setsCookie()).as("no session for an anonymous reader").isFalse();
        Reader.Answer thanks = reader.get("/binh-luan/" + story + "?da-gui");
        assertThat(thanks.body()).contains("Cảm ơn bạn đã gửi bình luận").contains("sau khi được ban biên tập duyệt").doesNotContain("_csrf");
        assertThat(thanks.setsCookie()).isFalse();
        long id = commentId(text);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(reader.get("/binh-luan/" + story).body()).doesNotContain(text);
        assertThat(readerComments.shown(story)).extracting(ShownComment::text).doesNotContain(text);

        WebSession moderator = WebSession.login(port, "kiemduyet");
        assertThat(moderator.get("/admin/portal/comments?storyId=" + story).body()).contains(text).contains(EMAIL);
        WebSession.Page approved = moderator.post("/admin/portal/comments/" + id + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(302);

        Reader.Answer page = reader.get("/binh-luan/" + story);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(text).contains("Nguyễn Thị Lan").doesNotContain(EMAIL).doesNotContain("_csrf");
        assertThat(page.setsCookie()).isFalse();
        assertThat(readerComments.shown(story)).filteredOn(c -> c.text().equals(text)).singleElement()
                .satisfies(c -> assertThat(c.approvedAt()).isNotNull());
        assertThat(audits("COMMENT_APPROVED", id)).isEqualTo(1);
    }

    @Test
    void withHtmxTheAnswerIsTheThankYouNoteOrTheFormAlone() {
        long story = story("TH-001");
        Reader reader = Reader.fresh(port);
        Reader.Answer thanks = reader.post(story, Reader.form("Trần Văn Minh", EMAIL, unique("Ủng hộ phong trào")), null, true);
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).doesNotContain("<html").contains("id=\"binh-luan-form\"").contains("Cảm ơn bạn");

        Reader.Answer refused = reader.post(story, Reader.form("Trần Văn Minh", "khong-phai-email", "Hay"), null, true);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).doesNotContain("<html").startsWith("<form")
                .contains("value=\"Trần Văn Minh\"").contains("value=\"khong-phai-email\"").contains(">Hay</textarea>")
                .contains("Email chưa đúng dạng").contains("Nội dung dài từ 5 đến")
                .contains("aria-describedby=\"comment-email-error comment-email-hint\"").contains("aria-invalid=\"true\"")
                .doesNotContain("_csrf");
        assertThat(refused.setsCookie()).isFalse();
    }

    @Test
    void everyFaultIsReportedAtOnceWithEveryValueKept() {
        long story = story("TH-001");
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("A", "a@b", "Ok"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("Họ và tên dài từ 2 đến 80 ký tự").contains("Email chưa đúng dạng")
                .contains("Nội dung dài từ 5 đến").contains("có 3 chỗ cần sửa")
                .contains("value=\"A\"").contains("value=\"a@b\"").contains(">Ok</textarea>");
        assertThat(answer.setsCookie()).isFalse();
    }

    @Test
    void theHoneypotIsThankedAndNothingIsKept() {
        long story = story("TH-001");
        String text = unique("Mua thuốc giá rẻ tại đây");
        Map<String, String> form = Reader.form("Bot", "bot@spam.example", text);
        form.put("website", "http://spam.example");
        Reader.Answer answer = Reader.fresh(port).post(story, form);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).contains("?da-gui");
        assertThat(jdbc.sql("select count(*) from portal_comment where text = :t").param("t", text).query(Long.class).single()).isZero();
    }

    @Test
    void theSixthCommentInTenMinutesFromOneAddressIsRefusedKindly() {
        long story = story("TH-020");
        Reader reader = Reader.fresh(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(reader.post(story, Reader.form("Lê Thị Hoa", EMAIL, unique("Bình luận số " + i))).status()).as("post " + i).isEqualTo(302);
        }
        String sixth = unique("Bình luận thứ sáu");
        Reader.Answer refused = reader.post(story, Reader.form("Lê Thị Hoa", EMAIL, sixth));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Bạn đã gửi 5 bình luận trong 10 phút vừa qua").contains(sixth).contains("role=\"alert\"");
        assertThat(jdbc.sql("select count(*) from portal_comment where text = :t").param("t", sixth).query(Long.class).single()).isZero();

        Reader.Answer htmx = reader.post(story, Reader.form("Lê Thị Hoa", EMAIL, sixth), null, true);
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).contains("Bạn đã gửi 5 bình luận").contains(sixth);
        assertThat(Reader.fresh(port).post(story, Reader.form("Người khác", EMAIL, unique("Tôi vẫn gửi được"))).status())
                .as("another address is not held back").isEqualTo(302);
    }

    @Test
    void aCommentWithTooManyLinksComesBack() {
        long story = story("TH-001");
        String text = "Xem https://a.example.com/1 và www.b-example.vn và bit.ly/abc nhé";
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("Phạm Văn Nam", EMAIL, text));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("tối đa 2 liên kết; bình luận của bạn có 3").contains("Xem https://a.example.com/1");
    }

    @Test
    void anAttachmentOverTenMegabytesIsRefusedAndTheTextKept() {
        long story = story("TH-001");
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        String text = unique("Ảnh hoạt động của chi hội");
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("Vũ Thị Thu", EMAIL, text), new Reader.File("anh-lon.jpg", big), false);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("Tệp &quot;anh-lon.jpg&quot; lớn hơn 10 MB").contains(text).contains("value=\"Vũ Thị Thu\"")
                .contains("aria-describedby=\"comment-attachment-error comment-attachment-hint\"");
        assertThat(jdbc.sql("select count(*) from portal_comment where text = :t").param("t", text).query(Long.class).single()).isZero();
    }

    @Test
    void aPostFarOverTheLimitIsAnsweredWithoutBeingRead() {
        long story = story("TH-001");
        byte[] huge = new byte[30 * 1024 * 1024];
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("Vũ Thị Thu", EMAIL, unique("Video dài")),
                new Reader.File("video.jpg", huge), false);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("Tệp đính kèm quá lớn nên bình luận chưa được nhận (tối đa 10 MB)");
        assertThat(answer.setsCookie()).isFalse();
    }

    @Test
    void filesInDisguiseAreRefusedByTheirContent() {
        long story = story("TH-001");
        Reader reader = Reader.fresh(port);
        String text = unique("Gửi kèm ảnh");
        Map<String, byte[]> disguised = Map.of(
                "ghi-chu.jpg", "Chỉ là một tệp văn bản".getBytes(StandardCharsets.UTF_8),
                "trang.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "chuong-trinh.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0});
        disguised.forEach((name, bytes) -> {
            Reader.Answer answer = reader.post(story, Reader.form("Đỗ Thị Mai", EMAIL, text), new Reader.File(name, bytes), false);
            assertThat(answer.status()).as(name).isEqualTo(422);
            assertThat(answer.body()).as(name).contains("Tệp &quot;" + name + "&quot; không phải ảnh JPEG, PNG, WebP hay tệp PDF")
                    .contains(text);
        });
        assertThat(jdbc.sql("select count(*) from portal_comment where text = :t").param("t", text).query(Long.class).single()).isZero();
    }

    @Test
    void aRealPhotoAndAPdfAreKeptAndShownOnlyOnceApproved() throws IOException {
        long story = story("TH-001");
        Reader reader = Reader.fresh(port);
        String photoText = unique("Ảnh buổi ra quân");
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/media/photo.jpg"));
        assertThat(reader.post(story, Reader.form("Hoàng Thị Yến", EMAIL, photoText), new Reader.File("IMG_0001.JPG", photo), false)
                .status()).isEqualTo(302);
        String pdfText = unique("Gửi kèm kế hoạch");
        assertThat(reader.post(story, Reader.form("Hoàng Thị Yến", EMAIL, pdfText), new Reader.File("ke-hoach.pdf", pdf("")), false)
                .status()).isEqualTo(302);

        long photoComment = commentId(photoText);
        long pdfComment = commentId(pdfText);
        assertThat(jdbc.sql("select kind from portal_comment_attachment where comment_id = :id").param("id", photoComment)
                .query(String.class).single()).isEqualTo("IMAGE");
        UUID mediaId = jdbc.sql("select media_id from portal_comment_attachment where comment_id = :id").param("id", photoComment)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select created_by from media_asset where id = :id").param("id", mediaId).query(Long.class).single())
                .isEqualTo(CommentAttachments.READER);
        assertThat(reader.get("/binh-luan/tep/" + pdfComment).status()).as("a pending comment's PDF is not public").isEqualTo(404);

        WebSession moderator = WebSession.login(port, "kiemduyet");
        var download = moderator.download("/admin/portal/comments/" + pdfComment + "/attachment");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        moderator.post("/admin/portal/comments/" + photoComment + "/approve", Map.of());
        moderator.post("/admin/portal/comments/" + pdfComment + "/approve", Map.of());

        String page = reader.get("/binh-luan/" + story).body();
        assertThat(page).contains("/media/" + mediaId + "/").contains("/binh-luan/tep/" + pdfComment).contains("ke-hoach.pdf");
        Reader.Answer pdf = reader.get("/binh-luan/tep/" + pdfComment);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.response().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.response().headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(pdf.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aPdfThatRunsScriptsIsRefused() {
        long story = story("TH-001");
        String text = unique("Tài liệu tham khảo");
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("Ngô Thị Bích", EMAIL, text),
                new Reader.File("tai-lieu.pdf", pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")), false);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("có chứa mã lệnh hoặc tệp nhúng").contains(text);
    }

    @Test
    void scriptsInNamesAndTextsAreShownAsTextNeverRun() {
        long story = story("TH-001");
        String name = "<script>alert('ten')</script>";
        String text = unique("<img src=x onerror=alert(1)> và <b>đậm</b> \" onmouseover=\"alert(2)");
        assertThat(Reader.fresh(port).post(story, Reader.form(name, EMAIL, text)).status()).isEqualTo(302);
        long id = commentId(text);
        assertThat(jdbc.sql("select name from portal_comment where id = :id").param("id", id).query(String.class).single()).isEqualTo(name);

        WebSession moderator = WebSession.login(port, "kiemduyet");
        String queue = moderator.get("/admin/portal/comments").body();
        assertThat(queue).contains("&lt;script&gt;alert(&#39;ten&#39;)&lt;/script&gt;").doesNotContain("<script>alert(")
                .doesNotContain("<img src=x");
        moderator.post("/admin/portal/comments/" + id + "/approve", Map.of());

        String page = Reader.fresh(port).get("/binh-luan/" + story).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;ten&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;b&gt;đậm&lt;/b&gt; &quot; onmouseover=&quot;alert(2)")
                .doesNotContain("<script>alert(").doesNotContain("<img src=x").doesNotContain("<b>đậm</b>");
    }

    @Test
    void anUnpublishedStoryOrOneOfNoSiteTakesNoComments() {
        long draft = jdbc.sql("select id from story where status <> 'PUBLISHED' order by id limit 1").query(Long.class).single();
        Reader reader = Reader.fresh(port);
        Reader.Answer answer = reader.post(draft, Reader.form("Lý Thị Nga", EMAIL, unique("Bình luận tin chưa đăng")));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("không còn nhận bình luận").doesNotContain("_csrf");
        assertThat(answer.setsCookie()).isFalse();
        assertThat(reader.get("/binh-luan/" + draft).status()).isEqualTo(404);
        assertThat(reader.get("/binh-luan/999999999").status()).isEqualTo(404);
        Reader.Answer htmx = reader.post(draft, Reader.form("Lý Thị Nga", EMAIL, "Nội dung"), null, true);
        assertThat(htmx.body()).contains("không còn nhận bình luận").doesNotContain("<html");
    }

    @Test
    void aSiteTakesCommentsOnlyOnTheStoriesOfItsOwnUnion() {
        long communeStory = story("TH-001");
        long otherStory = story("TH-020");
        long communeUnit = jdbc.sql("select id from unit where code = 'TH-001'").query(Long.class).single();
        // A second site, for the commune, answering on 127.0.0.1 (everyone else asks for localhost: the default site).
        jdbc.sql("insert into portal_site (unit_id, host, name, short_name) values (:unit, '127.0.0.1', 'Hội LHPN phường Hạc Thành', 'Hạc Thành')")
                .param("unit", communeUnit).update();
        publisher.publishEvent(PortalContentChanged.everywhere());
        try {
            Reader reader = Reader.fresh("127.0.0.1", port);
            assertThat(reader.get("/binh-luan/" + communeStory).status()).isEqualTo(200);
            assertThat(reader.get("/binh-luan/" + otherStory).status()).isEqualTo(404);
            Reader.Answer refused = reader.post(otherStory, Reader.form("Lương Thị Huệ", EMAIL, unique("Bình luận nhầm trang")));
            assertThat(refused.status()).isEqualTo(404);
            String text = unique("Bình luận trên trang của phường");
            assertThat(reader.post(communeStory, Reader.form("Lương Thị Huệ", EMAIL, text)).status()).isEqualTo(302);
            long siteId = jdbc.sql("select site_id from portal_comment where submitted_text = :t").param("t", text).query(Long.class).single();
            assertThat(jdbc.sql("select host from portal_site where id = :id").param("id", siteId).query(String.class).single())
                    .isEqualTo("127.0.0.1");
        } finally {
            jdbc.sql("delete from portal_comment where site_id in (select id from portal_site where host = '127.0.0.1')").update();
            jdbc.sql("delete from portal_site where host = '127.0.0.1'").update();
            publisher.publishEvent(PortalContentChanged.everywhere());
        }
    }

    // --- keyword rules ---------------------------------------------------------------------------

    @Test
    void aSeededKeywordFlagsACommentWithOrWithoutDiacritics() {
        long story = story("TH-001");
        String plain = unique("Chúc các chị luôn mạnh khỏe");
        assertThat(Reader.fresh(port).post(story, Reader.form("Bùi Văn Tâm", EMAIL, plain)).status()).isEqualTo(302);
        String text = unique("Coi chung lua dao chuyen khoan qua mang");
        assertThat(Reader.fresh(port).post(story, Reader.form("Bùi Văn Tâm", EMAIL, text)).status()).isEqualTo(302);
        long id = commentId(text);
        assertThat(jdbc.sql("select flagged from portal_comment where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(matchedRules(id)).contains("HOSTILE:lừa đảo", "SPAM:chuyển khoản");
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(matchedRules(commentId(plain))).isEmpty();

        WebSession moderator = WebSession.login(port, "kiemduyet");
        String queue = moderator.get("/admin/portal/comments?storyId=" + story).body();
        assertThat(queue).contains("Cần chú ý").contains("Thù địch, xúc phạm: lừa đảo");
        assertThat(queue.indexOf(text)).as("the flagged comment comes first, though sent later").isPositive()
                .isLessThan(queue.indexOf(plain));

        String exactOnly = unique("Đây là tin gia ca thi truong");
        Reader.fresh(port).post(story, Reader.form("Bùi Văn Tâm", EMAIL, exactOnly));
        assertThat(matchedRules(commentId(exactOnly))).as("'tin giả' must match with its diacritics").isEmpty();
    }

    @Test
    void aRejectRuleAddedByAModeratorStopsACommentAtOnce() {
        long story = story("TH-001");
        String word = "soicau" + (System.nanoTime() % 100000);
        WebSession moderator = WebSession.login(port, "kiemduyet");
        String rules = moderator.get("/admin/portal/comments/rules").body();
        assertThat(rules).contains("phản động").contains("chuyển khoản");
        long siteId = jdbc.sql("select id from portal_site where host is null").query(Long.class).single();
        WebSession.Page added = moderator.post("/admin/portal/comments/rules", Map.of("siteId", String.valueOf(siteId), "phrase", word,
                "category", "SPAM", "action", "REJECT"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'COMMENT_RULE_ADDED' and target_label = :w").param("w", word)
                .query(Long.class).single()).isEqualTo(1);

        String text = unique("Nhận " + word.toUpperCase() + " mỗi ngày");
        Reader.Answer answer = Reader.fresh(port).post(story, Reader.form("Quảng Cáo", EMAIL, text), null, true);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as("the sender is not told").contains("Cảm ơn bạn đã gửi bình luận");
        long id = commentId(text);
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(audits("COMMENT_AUTO_REJECTED", id)).isEqualTo(1);

        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        assertThat(officer.get("/admin/portal/comments/rules").status()).isEqualTo(403);
        assertThat(officer.post("/admin/portal/comments/rules", Map.of("siteId", String.valueOf(siteId), "phrase", "abcxyz",
                "category", "SPAM", "action", "REJECT")).status()).isEqualTo(403);
    }

    // --- moderation and scope --------------------------------------------------------------------

    @Test
    void moderatorsDecideOnlyWithinTheirScope() {
        long ownStory = story("TH-001");
        long otherStory = story("TH-020");
        Reader reader = Reader.fresh(port);
        String own = unique("Bình luận tin Hạc Thành");
        String other = unique("Bình luận tin Hoằng Hóa");
        reader.post(ownStory, Reader.form("Trịnh Thị Lụa", EMAIL, own));
        reader.post(otherStory, Reader.form("Trịnh Thị Lụa", EMAIL, other));
        long ownId = commentId(own);
        long otherId = commentId(other);

        WebSession communeAdmin = WebSession.login(port, "quantri.hacthanh");
        String queue = communeAdmin.get("/admin/portal/comments").body();
        assertThat(queue).contains(own).doesNotContain(other);
        assertThat(communeAdmin.post("/admin/portal/comments/" + otherId + "/approve", Map.of()).status()).isEqualTo(404);
        assertThat(communeAdmin.post("/admin/portal/comments/" + otherId + "/reject", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(communeAdmin.post("/admin/portal/comments/" + otherId + "/edit", Map.of("text", "Sửa trộm nội dung")).status())
                .isEqualTo(404);
        assertThat(communeAdmin.get("/admin/portal/comments/" + otherId + "/attachment").status()).isEqualTo(404);
        assertThat(status(otherId)).isEqualTo("PENDING");
        assertThat(communeAdmin.post("/admin/portal/comments/" + ownId + "/approve", Map.of()).status()).isEqualTo(302);
        assertThat(status(ownId)).isEqualTo("APPROVED");
        assertThat(communeAdmin.get("/admin/portal/comments/rules").status()).as("a commune admin manages no site's rules").isEqualTo(403);

        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        assertThat(officer.get("/admin/portal/comments").status()).isEqualTo(403);
        assertThat(officer.post("/admin/portal/comments/" + otherId + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(officer.get("/admin").body()).doesNotContain("/admin/portal/comments");
        assertThat(status(otherId)).isEqualTo("PENDING");

        WebSession editor = WebSession.login(port, "bientap");
        assertThat(editor.post("/admin/portal/comments/" + otherId + "/approve", Map.of()).status()).isEqualTo(302);
        assertThat(status(otherId)).isEqualTo("APPROVED");
        assertThat(Reader.fresh(port).post(otherStory, Reader.form("X", EMAIL, "y")).setsCookie()).isFalse();
    }

    @Test
    void rejectingWithAReasonAndEditingBeforeApprovalAreRecordedAndAnnounced() {
        long story = story("TH-001");
        Reader reader = Reader.fresh(port);
        String rude = unique("Bình luận cần từ chối");
        String typo = unique("Bình luạn có lỗi chính tả");
        reader.post(story, Reader.form("Mai Văn Đức", EMAIL, rude));
        reader.post(story, Reader.form("Mai Văn Đức", EMAIL, typo));
        long rudeId = commentId(rude);
        long typoId = commentId(typo);

        Actor kiemduyet = actor("kiemduyet", Role.MODERATOR, "TH");
        events.clear();
        QueueRow rejected = moderation.reject(kiemduyet, rudeId, "Không liên quan tới bài viết");
        assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("Không liên quan tới bài viết");
        String fixed = typo.replace("luạn", "luận");
        QueueRow edited = moderation.editAndApprove(kiemduyet, typoId, fixed);
        assertThat(edited.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(edited.text()).isEqualTo(fixed);
        assertThat(edited.submittedText()).isEqualTo(typo);
        assertThat(edited.edited()).isTrue();
        assertThat(events.stream(PortalContentChanged.class)).hasSize(2);
        assertThat(audits("COMMENT_REJECTED", rudeId)).isEqualTo(1);
        assertThat(audits("COMMENT_EDITED_APPROVED", typoId)).isEqualTo(1);

        assertThat(readerComments.shown(story)).extracting(ShownComment::text).contains(fixed).doesNotContain(typo, rude);
        QueueRow withdrawn = moderation.reject(kiemduyet, typoId, "");
        assertThat(withdrawn.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(readerComments.shown(story)).extracting(ShownComment::text).doesNotContain(fixed);
    }

    @Test
    void theApiKeepsTheSameRulesOfRoleAndScope() {
        long ownStory = story("TH-001");
        long otherStory = story("TH-020");
        Reader reader = Reader.fresh(port);
        String own = unique("Bình luận gửi qua ứng dụng");
        String other = unique("Bình luận của xã khác");
        reader.post(ownStory, Reader.form("Đinh Thị Nhung", EMAIL, own));
        reader.post(otherStory, Reader.form("Đinh Thị Nhung", EMAIL, other));
        long ownId = commentId(own);
        long otherId = commentId(other);

        ApiClient communeAdmin = ApiClient.as(port, "quantri.hacthanh");
        var list = communeAdmin.get("/api/v1/portal/comments?storyId=" + ownStory);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(own).contains(EMAIL);
        assertThat(communeAdmin.get("/api/v1/portal/comments?storyId=" + otherStory).json().get("total").asLong()).isZero();
        assertThat(communeAdmin.get("/api/v1/portal/comments/" + otherId).status()).isEqualTo(404);
        assertThat(communeAdmin.post("/api/v1/portal/comments/" + otherId + "/approve", "{}").status()).isEqualTo(404);
        var edited = communeAdmin.post("/api/v1/portal/comments/" + ownId + "/edit", ApiClient.json(Map.of("text", own + " (đã sửa)")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(edited.json().get("submittedText").asString()).isEqualTo(own);
        var tooShort = communeAdmin.post("/api/v1/portal/comments/" + ownId + "/edit", ApiClient.json(Map.of("text", "Ừ")));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Nội dung dài từ 5 đến");

        ApiClient officer = ApiClient.as(port, "canbo.hacthanh");
        assertThat(officer.get("/api/v1/portal/comments").status()).isEqualTo(403);
        assertThat(officer.post("/api/v1/portal/comments/" + otherId + "/reject", "{}").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/portal/comments").status()).isEqualTo(401);

        var rejected = ApiClient.as(port, "kiemduyet").post("/api/v1/portal/comments/" + otherId + "/reject",
                ApiClient.json(Map.of("reason", "Trùng lặp")));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("rejectReason").asString()).isEqualTo("Trùng lặp");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long story(String unitCode) {
        return jdbc.sql("""
                select s.id from story s join unit u on u.id = s.author_unit_id
                where s.status = 'PUBLISHED' and u.code = :code order by s.id limit 1""")
                .param("code", unitCode).query(Long.class).single();
    }

    private long commentId(String text) {
        return jdbc.sql("select id from portal_comment where submitted_text = :t").param("t", text).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from portal_comment where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> matchedRules(long id) {
        return jdbc.sql("select matched_rules from portal_comment where id = :id").param("id", id)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single();
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = :a and target_type = 'PORTAL_COMMENT' and target_id = :id")
                .param("a", action).param("id", id).query(Long.class).single();
    }

    private Actor actor(String username, Role role, String unitCode) {
        long accountId = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        var unit = jdbc.sql("select id, path, name from unit where code = :c").param("c", unitCode)
                .query((rs, n) -> new Grant(0, role, rs.getLong("id"), rs.getString("path"), rs.getString("name"), null)).single();
        return new Actor() {
            public long accountId() {
                return accountId;
            }

            public String username() {
                return username;
            }

            public String displayName() {
                return username;
            }

            public List<Grant> grants() {
                return List.of(unit);
            }
        };
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A one-page PDF; extra goes into the catalogue. */
    static byte[] pdf(String extra) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + extra + " >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
