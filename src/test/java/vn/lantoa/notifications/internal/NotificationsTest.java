package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;
import vn.lantoa.support.WebSession;

/**
 * Notices and emails as the newsroom's real workflow produces them through the API: who is told,
 * what the mail says and links to, who is not told, preferences, the digest, the nudge, and the pages.
 * Mails leave asynchronously after commit, so the tests wait for them; other tests' mails may arrive
 * too, so every check picks mails by recipient and by the story's own unique title.
 */
@IntegrationTest
class NotificationsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String BASE = "http://localhost:8080";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyDigest digest;

    @Autowired
    NoticeMailer mailer;

    @Autowired
    Scheduler scheduler;

    private Stories stories;

    record Sent(String to, String subject, String text) {
    }

    record Row(long id, String kind, String excerpt, String step, Instant readAt) {
    }

    @BeforeEach
    void setUp() {
        stories = new Stories(port, jdbc);
    }

    @Test
    void aSubmittedStoryAsksTheHeadOfTheReceivingDepartmentInTheAppAndByMail() {
        String title = Stories.uniqueTitle("Hội thi nấu ăn phường Hạc Thành");
        long id = stories.storyIn("SUBMITTED", title);

        assertThat(awaitNotices("truongban.tg", id, "TO_APPROVE")).hasSize(1);
        Sent sent = awaitMail("truongban.tg", title);
        assertThat(sent.subject()).isEqualTo("[Lan Tỏa] Tin bài chờ duyệt: " + title);
        assertThat(sent.text()).contains("Tin bài «" + title + "» vừa được gửi lên, chờ bạn duyệt.", BASE + "/newsroom/stories/" + id,
                BASE + "/notifications/settings");

        assertThat(notices(Stories.OFFICER, id)).as("the author submitted it").isEmpty();
        assertThat(notices("bientap", id)).as("editors wait for the department").isEmpty();
        assertThat(notices("truongban.gdxh", id)).as("another department").isEmpty();
        assertThat(notices("thuongtruc", id)).as("leadership only stands in for a missing head").isEmpty();
    }

    @Test
    void anApprovalAsksTheEditorsAndTellsTheAuthor() {
        String title = Stories.uniqueTitle("Phụ nữ Hạc Thành trồng cây");
        long id = stories.storyIn("DEPARTMENT_APPROVED", title);

        assertThat(awaitNotices("bientap", id, "APPROVED_TO_EDIT")).hasSize(1);
        assertThat(awaitNotices(Stories.OFFICER, id, "APPROVED")).hasSize(1);
        assertThat(awaitMail("bientap", title).subject()).isEqualTo("[Lan Tỏa] Tin bài chờ biên tập: " + title);
        assertThat(awaitMail(Stories.OFFICER, title).text()).contains("đã được duyệt và chuyển sang biên tập", BASE + "/newsroom/stories/" + id);
        assertThat(notices("truongban.tg", id)).extracting(Row::kind).as("the head approved it").containsExactly("TO_APPROVE");
    }

    @Test
    void aReturnedStoryTellsItsCreatorWhy() {
        String title = Stories.uniqueTitle("Tin bị trả lại");
        long id = stories.storyIn("SUBMITTED", title);
        stories.moveOk(Stories.HEAD_TG, id, "RETURN", "RETURNED");

        Row returned = awaitNotices(Stories.OFFICER, id, "RETURNED").get(0);
        assertThat(returned.excerpt()).isEqualTo(Stories.REASON);
        Sent sent = awaitMail(Stories.OFFICER, "[Lan Tỏa] Tin bài bị trả lại: " + title);
        assertThat(sent.text()).contains("Tin bài «" + title + "» bị trả lại: " + Stories.REASON, BASE + "/newsroom/stories/" + id);
        assertThat(notices("truongban.tg", id)).extracting(Row::kind).containsExactly("TO_APPROVE");
    }

    @Test
    void aPublishedStoryTellsItsCreator() {
        String title = Stories.uniqueTitle("Tin được đăng");
        long id = stories.storyIn("PUBLISHED", title);

        assertThat(awaitNotices(Stories.OFFICER, id, "PUBLISHED")).hasSize(1);
        assertThat(awaitMail(Stories.OFFICER, "[Lan Tỏa] Tin bài đã được đăng: " + title).text())
                .contains("Tin bài «" + title + "» đã được đăng.", BASE + "/newsroom/stories/" + id);
        assertThat(notices("bientap", id)).extracting(Row::kind).as("the editor published it").containsExactly("APPROVED_TO_EDIT");
    }

    @Test
    void aCommentReachesTheCreatorAndThoseWhoCommentedBefore() {
        String title = Stories.uniqueTitle("Tin có ý kiến");
        long id = stories.storyIn("SUBMITTED", title);

        stories.comment("truongban.tg", id, "Đề nghị bổ sung tên người trong ảnh.");
        assertThat(awaitNotices(Stories.OFFICER, id, "COMMENTED").get(0).excerpt()).isEqualTo("Đề nghị bổ sung tên người trong ảnh.");
        assertThat(awaitMail(Stories.OFFICER, "[Lan Tỏa] Ý kiến mới về tin bài: " + title).text())
                .contains("Có ý kiến mới về tin bài «" + title + "»: Đề nghị bổ sung tên người trong ảnh.");

        stories.comment(Stories.OFFICER, id, "Đã bổ sung tên.");
        assertThat(awaitNotices("truongban.tg", id, "COMMENTED")).extracting(Row::excerpt).containsExactly("Đã bổ sung tên.");
        assertThat(notices(Stories.OFFICER, id)).extracting(Row::kind).as("not told of their own comment").containsExactly("COMMENTED");
    }

    @Test
    void someoneWhoWantsNoEmailStillSeesTheNoticeInTheApp() {
        WebSession author = WebSession.login(port, "canbo.hoanghoa");
        assertThat(author.post("/notifications/settings", Map.of("emailMode", "NONE")).location()).endsWith("/notifications/settings");
        assertThat(author.get("/notifications/settings").body()).contains("id=\"mode-NONE\" value=\"NONE\" checked=\"checked\"");
        try {
            String title = Stories.uniqueTitle("Tin của Hoằng Hóa");
            long id = stories.draft("canbo.hoanghoa", title);
            stories.moveOk("canbo.hoanghoa", id, "SUBMIT", "SUBMITTED");
            stories.comment("truongban.tg", id, "Ý kiến thứ nhất.");
            assertThat(awaitNotices("canbo.hoanghoa", id, "COMMENTED")).hasSize(1);
            stories.comment("bientap", id, "Ý kiến của biên tập.");

            // The author and the head are told of the editor's comment in one batch, the author first:
            // once the head's mail is in, the author's notice has been passed over for email.
            awaitMail("truongban.tg", "[Lan Tỏa] Ý kiến mới về tin bài: " + title);
            assertThat(awaitNotices("canbo.hoanghoa", id, "COMMENTED")).hasSize(2);
            assertThat(mailsTo("canbo.hoanghoa", title)).isEmpty();
        } finally {
            choose("canbo.hoanghoa", null);
        }
    }

    @Test
    void aMailThatFailsKeepsItsNoticeAndTheRetryJobSendsIt() {
        mail.stop();
        String title = Stories.uniqueTitle("Tin khi máy chủ thư ngừng");
        long id = stories.storyIn("SUBMITTED", title);
        Row notice = awaitNotices("truongban.tg", id, "TO_APPROVE").get(0);
        await().atMost(PATIENCE).until(() -> mailAttempts(notice.id()) == 1);
        assertThat(isEmailed(notice.id())).isFalse();

        mail.start();
        assertThat(mailer.retryFailed()).isPositive();
        assertThat(awaitMail("truongban.tg", title).subject()).isEqualTo("[Lan Tỏa] Tin bài chờ duyệt: " + title);
        assertThat(isEmailed(notice.id())).isTrue();
        mailer.retryFailed();
        assertThat(mailsTo("truongban.tg", title)).as("sent once").hasSize(1);
    }

    @Test
    void theDigestSumsUpUnreadNoticesInOneMail() {
        WebSession reader = WebSession.login(port, "kiemduyet");
        reader.post("/notifications/settings", Map.of("emailMode", "DIGEST"));
        try {
            String a = Stories.uniqueTitle("Tóm tắt A");
            String b = Stories.uniqueTitle("Tóm tắt B");
            String c = Stories.uniqueTitle("Tóm tắt C");
            long idA = followed(a);
            long idB = followed(b);
            long idC = followed(c);
            Row readOne = awaitNotices("kiemduyet", idC, "COMMENTED").get(0);
            assertThat(reader.get("/notifications/" + readOne.id() + "/open").status()).isEqualTo(302);
            awaitNotices("kiemduyet", idA, "COMMENTED");
            awaitNotices("kiemduyet", idB, "COMMENTED");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> mailsTo("kiemduyet", "Tóm tắt").isEmpty());

            assertThat(digest.send()).isPositive();
            List<Sent> digests = mailsTo("kiemduyet", "[Lan Tỏa] Bạn có");
            assertThat(digests).hasSize(1);
            assertThat(digests.get(0).subject()).isEqualTo("[Lan Tỏa] Bạn có 2 thông báo chưa đọc");
            assertThat(digests.get(0).text()).contains("Có ý kiến mới về tin bài «" + a + "»", "Có ý kiến mới về tin bài «" + b + "»",
                    BASE + "/newsroom/stories/" + idA, BASE + "/newsroom/stories/" + idB).doesNotContain(c);

            digest.send();
            assertThat(mailsTo("kiemduyet", "[Lan Tỏa] Bạn có")).as("each notice goes into one digest only").hasSize(1);
        } finally {
            choose("kiemduyet", null);
        }
    }

    @Test
    void aStoryWaitingTooLongNudgesWhoeverMustActOncePerStep() {
        String title = Stories.uniqueTitle("Tin chờ lâu");
        long id = stories.storyIn("SUBMITTED", title);
        backdate(id);
        runNudgeJob();

        Row nudge = awaitNotices("truongban.tg", id, "STALLED").get(0);
        assertThat(nudge.step()).isEqualTo("SUBMITTED");
        Sent sent = awaitMail("truongban.tg", "[Lan Tỏa] Tin bài chờ xử lý quá lâu: " + title);
        assertThat(sent.text()).containsPattern("đã chờ \\d+ giờ làm việc ở bước «Đã gửi», cần bạn xử lý")
                .contains(BASE + "/newsroom/stories/" + id);

        runNudgeJob();
        assertThat(nudges(id)).as("one nudge per step").isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> notices("truongban.tg", id).stream().filter(r -> r.kind().equals("STALLED")).count() == 1);

        stories.moveOk(Stories.HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED");
        backdate(id);
        runNudgeJob();
        assertThat(awaitNotices("bientap", id, "STALLED")).extracting(Row::step).containsExactly("DEPARTMENT_APPROVED");
        assertThat(nudges(id)).isEqualTo(2);
        assertThat(notices("truongban.tg", id)).filteredOn(r -> r.kind().equals("STALLED")).hasSize(1);
    }

    @Test
    void thePagesShowOnlyTheCallersNoticesAndOpeningOneMarksItRead() {
        String title = Stories.uniqueTitle("Tin xem trên trang");
        long id = stories.draft("canbo.hoanghoa", title);
        stories.moveOk("canbo.hoanghoa", id, "SUBMIT", "SUBMITTED");
        stories.moveOk(Stories.HEAD_TG, id, "RETURN", "RETURNED");
        Row own = awaitNotices("canbo.hoanghoa", id, "RETURNED").get(0);
        Row heads = awaitNotices("truongban.tg", id, "TO_APPROVE").get(0);

        WebSession author = WebSession.login(port, "canbo.hoanghoa");
        WebSession.Page page = author.get("/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tin bài «" + title + "» bị trả lại: " + Stories.REASON, "/notifications/" + own.id() + "/open")
                .doesNotContain("Tin bài «" + title + "» vừa được gửi lên", "/notifications/" + heads.id() + "/open");
        long unread = unread("canbo.hoanghoa");
        assertThat(unread).isPositive();
        assertThat(author.get("/admin").body()).contains("Thông báo: " + unread + " chưa đọc");

        assertThat(author.get("/notifications/" + heads.id() + "/open").status()).isEqualTo(404);
        WebSession.Page opened = author.get("/notifications/" + own.id() + "/open");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).endsWith("/newsroom/stories/" + id);
        assertThat(isRead(own.id())).isTrue();
        assertThat(unread("canbo.hoanghoa")).isEqualTo(unread - 1);

        author.get("/notifications");
        assertThat(author.post("/notifications/read-all", Map.of()).location()).endsWith("/notifications");
        assertThat(unread("canbo.hoanghoa")).isZero();
        assertThat(isRead(heads.id())).as("another person's notice stays unread").isFalse();
        assertThat(author.get("/admin").body()).contains("Thông báo: 0 chưa đọc");
        assertThat(WebSession.anonymous(port).get("/login").body()).doesNotContain("notice-bell");
    }

    /** A story kiemduyet follows: they commented on it, so the editor's comment after theirs reaches them. */
    private long followed(String title) {
        long id = stories.storyIn("SUBMITTED", title);
        stories.comment("kiemduyet", id, "Theo dõi tin này.");
        awaitNotices(Stories.OFFICER, id, "COMMENTED");
        stories.comment("bientap", id, "Ý kiến của biên tập.");
        return id;
    }

    private void choose(String username, EmailMode mode) {
        jdbc.sql("delete from notice_preference where account_id = (select id from account where username = :u)").param("u", username).update();
        if (mode != null) {
            jdbc.sql("insert into notice_preference (account_id, email_mode) select id, :mode from account where username = :u")
                    .param("mode", mode.name()).param("u", username).update();
        }
    }

    /** The story entered its step a month ago: far more than the allowed working hours, whatever the calendar. */
    private void backdate(long storyId) {
        jdbc.sql("update story set status_since = status_since - interval '30 days' where id = :id").param("id", storyId).update();
    }

    /** Runs the newsroom's hourly job now, through the scheduler, and waits until it has finished. */
    private void runNudgeJob() {
        TaskInstanceId job = TaskInstanceId.of("nudge-stalled-stories", RecurringTask.INSTANCE);
        Instant asked = Instant.now();
        await().atMost(PATIENCE).until(() -> scheduler.reschedule(job, asked));
        await().atMost(PATIENCE).until(() -> scheduler.getScheduledExecution(job)
                .map(e -> e.getLastSuccess() != null && e.getLastSuccess().isAfter(asked)).orElse(false));
    }

    private long nudges(long storyId) {
        return jdbc.sql("select count(*) from story_nudge where story_id = :id").param("id", storyId).query(Long.class).single();
    }

    private long unread(String username) {
        return jdbc.sql("select count(*) from notice n join account a on a.id = n.account_id where a.username = :u and n.read_at is null")
                .param("u", username).query(Long.class).single();
    }

    private int mailAttempts(long noticeId) {
        return jdbc.sql("select mail_attempts from notice where id = :id").param("id", noticeId).query(Integer.class).single();
    }

    private boolean isEmailed(long noticeId) {
        return jdbc.sql("select emailed_at is not null from notice where id = :id").param("id", noticeId).query(Boolean.class).single();
    }

    private boolean isRead(long noticeId) {
        return jdbc.sql("select read_at is not null from notice where id = :id").param("id", noticeId).query(Boolean.class).single();
    }

    private Sent awaitMail(String username, String titleOrSubject) {
        return await().atMost(PATIENCE).until(() -> mailsTo(username, titleOrSubject), list -> !list.isEmpty()).get(0);
    }

    /** Mails to the person whose subject contains the text (a title, or a whole subject). */
    private List<Sent> mailsTo(String username, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).map(NotificationsTest::sent)
                .filter(s -> s.to().equals(username + "@lantoa.local") && s.subject().contains(subjectPart))
                .toList();
    }

    private List<Row> awaitNotices(String username, long storyId, String kind) {
        return await().atMost(PATIENCE).until(() -> notices(username, storyId).stream().filter(r -> r.kind().equals(kind)).toList(),
                list -> !list.isEmpty());
    }

    private List<Row> notices(String username, long storyId) {
        return jdbc.sql("""
                select n.id, n.kind, n.excerpt, n.step, n.read_at from notice n join account a on a.id = n.account_id
                 where a.username = :username and n.story_id = :story order by n.id""")
                .param("username", username).param("story", storyId).query(Row.class).list();
    }

    private static Sent sent(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            return new Sent(to, message.getSubject(), text(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text part, plain and HTML alike. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(text(child)).append('\n');
            }
        }
        return text.toString();
    }
}
