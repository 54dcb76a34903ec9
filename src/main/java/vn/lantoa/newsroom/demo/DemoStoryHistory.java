package vn.lantoa.newsroom.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of the demo province's stories as the accountability dashboard counts them: about 400
 * stories of Thanh Hóa's communes over the last twelve months, a few dozen busy communes, many that
 * send now and then, and some that send nothing; sent, returned, rejected, approved by the department
 * or in editing (none published, so the public portal shows only the demo stories), with their event
 * and first-submission times, some major events with their 12-working-hour deadline, photos for most.
 * Written after {@link DemoStories}, once: the stories carry their own byline and are not written again.
 * In-progress ones are marked as already nudged, so they wake no reminders.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoStoryHistory implements ApplicationRunner {

    static final String BYLINE = "Cộng tác viên Hội cơ sở";
    private static final Logger log = LoggerFactory.getLogger(DemoStoryHistory.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BUSY = 26;
    private static final int OCCASIONAL = 70;

    private static final String[] TOPICS = {
        "ra quân vệ sinh môi trường", "tuyên truyền phòng, chống bạo lực gia đình", "trao sinh kế cho hội viên nghèo",
        "tập huấn kỹ năng số cho hội viên", "sinh hoạt câu lạc bộ phụ nữ khởi nghiệp", "hội thi nấu ăn ngon", "thăm hỏi hội viên ốm đau",
        "tuyên truyền an toàn giao thông", "hướng dẫn cài đặt VNeID", "ngày hội phụ nữ với văn hóa dân gian",
        "xây dựng gia đình 5 không 3 sạch", "phát động phong trào tiết kiệm", "tọa đàm bình đẳng giới", "tặng quà học sinh nghèo vượt khó"};
    private static final String[] SECTIONS = {"Hoạt động Hội", "Sinh kế – giảm nghèo", "Chuyển đổi số", "An sinh xã hội",
        "Chính sách – pháp luật", "Bình đẳng giới", "Mô hình hay – cách làm hiệu quả", "Gương điển hình"};

    private record Commune(long id, String code, String name, String path) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoStoryHistory(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> officer = accountId("canbo.hacthanh");
        if (officer.isEmpty() || jdbc.sql("select exists (select 1 from story where byline = :b)").param("b", BYLINE).query(Boolean.class).single()) {
            return;
        }
        List<Commune> communes = jdbc.sql("""
                        select u.id, u.code, u.name, u.path from unit u
                        where u.level = 'COMMUNE' and u.active and u.path like (select path from unit where code = 'TH') || '%'
                        order by u.code""")
                .query(Commune.class).list();
        List<UUID> photos = jdbc.sql("select distinct media_id from story_media where media_kind = 'IMAGE' order by media_id limit 6")
                .query(UUID.class).list();
        if (communes.isEmpty()) {
            return;
        }
        int written = transaction.execute(status -> write(communes, photos));
        log.info("Created {} demo stories of the last twelve months for the accountability dashboard", written);
    }

    private int write(List<Commune> communes, List<UUID> photos) {
        Random random = new Random(2026);
        long hacThanhOfficer = accountId("canbo.hacthanh").orElseThrow();
        long hoangHoaOfficer = accountId("canbo.hoanghoa").orElse(hacThanhOfficer);
        long provinceAdmin = accountId("quantri").orElse(hacThanhOfficer);
        Instant now = clock.instant();
        int written = 0;
        for (int c = 0; c < communes.size(); c++) {
            Commune commune = communes.get(c);
            int stories = c < BUSY ? 8 + random.nextInt(5) : c < BUSY + OCCASIONAL ? 1 + random.nextInt(3) : 0;
            long author = commune.code().equals("TH-001") ? hacThanhOfficer : commune.code().equals("TH-020") ? hoangHoaOfficer : provinceAdmin;
            for (int s = 0; s < stories; s++) {
                write(commune, author, random, photos, now);
                written++;
            }
        }
        return written;
    }

    private void write(Commune commune, long author, Random random, List<UUID> photos, Instant now) {
        // busy communes send all year; the others mostly in the first months (they lag behind lately)
        int daysAgo = 3 + random.nextInt(360);
        LocalDateTime sent = LocalDateTime.ofInstant(now, VIETNAM).minusDays(daysAgo).withHour(8 + random.nextInt(9))
                .withMinute(random.nextInt(60)).truncatedTo(ChronoUnit.MINUTES);
        while (sent.getDayOfWeek() == DayOfWeek.SATURDAY || sent.getDayOfWeek() == DayOfWeek.SUNDAY) {
            sent = sent.minusDays(1);
        }
        LocalDateTime event = sent.minusHours(4 + random.nextInt(60)).truncatedTo(ChronoUnit.HOURS);
        Instant submittedAt = sent.atZone(VIETNAM).toInstant();
        int roll = random.nextInt(100);
        String status = roll < 40 ? "RETURNED" : roll < 52 ? "REJECTED" : roll < 78 ? "SUBMITTED" : roll < 89 ? "DEPARTMENT_APPROVED" : "IN_EDITING";
        Instant statusSince = submittedAt.plus(Duration.ofHours(2 + random.nextInt(40)));
        boolean major = random.nextInt(100) < 7;
        Instant deadline = major ? event.atZone(VIETNAM).toInstant().plus(Duration.ofHours(30)) : null;
        boolean late = major && (status.equals("RETURNED") || status.equals("REJECTED")) && random.nextBoolean();
        Instant reached = !major ? null : late ? deadline.plus(Duration.ofHours(3 + random.nextInt(20))) : deadline.minus(Duration.ofHours(1 + random.nextInt(6)));
        if (major) {
            submittedAt = reached.isBefore(submittedAt) ? reached.minus(Duration.ofMinutes(30)) : submittedAt;
        }
        boolean inProgress = status.equals("SUBMITTED") || status.equals("DEPARTMENT_APPROVED") || status.equals("IN_EDITING");
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String title = capitalize(commune.name().replaceFirst("^Hội LHPN ", "Hội Phụ nữ ")) + " " + topic;
        long id = jdbc.sql("""
                        insert into story (kind, title, summary, body, section_id, author_unit_id, author_unit_path, byline, event_at, major_event,
                                           status, status_since, status_reason, needs_department_approval, created_by, created_at, updated_at,
                                           submitted_at, reached_editors_at, reach_deadline)
                        values (:kind, :title, :summary, :body, (select id from section where name = :section), :unit, :path, :byline, :event, :major,
                                :status, :since, :reason, false, :author, :created, :since, :submitted, :reached, :deadline)
                        returning id""")
                .param("kind", random.nextInt(10) < 7 ? "NEWS" : "ARTICLE").param("title", title.length() > 240 ? title.substring(0, 240) : title)
                .param("summary", "Hoạt động " + topic + " thu hút đông đảo hội viên tham gia.")
                .param("body", "<p>Hoạt động " + topic + " thu hút đông đảo hội viên tham gia.</p>")
                .param("section", SECTIONS[random.nextInt(SECTIONS.length)]).param("unit", commune.id()).param("path", commune.path())
                .param("byline", BYLINE).param("event", event).param("major", major).param("status", status)
                .param("since", Timestamp.from(statusSince))
                .param("reason", status.equals("RETURNED") ? "Đề nghị bổ sung ảnh và thông tin người phát biểu."
                        : status.equals("REJECTED") ? "Nội dung trùng với tin đã đăng." : null)
                .param("author", author).param("created", Timestamp.from(submittedAt.minus(Duration.ofHours(1))))
                .param("submitted", Timestamp.from(submittedAt)).param("reached", reached == null ? null : Timestamp.from(reached))
                .param("deadline", deadline == null ? null : Timestamp.from(deadline))
                .query(Long.class).single();
        if (!photos.isEmpty() && random.nextInt(100) < 70) {
            int count = 1 + random.nextInt(Math.min(3, photos.size()));
            for (int p = 0; p < count; p++) {
                jdbc.sql("""
                        insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
                        values (:story, :media, 'IMAGE', :position, :caption, 'Hội viên tại buổi sinh hoạt')""")
                        .param("story", id).param("media", photos.get((int) ((id + p) % photos.size()))).param("position", p)
                        .param("caption", "Hội viên tham gia hoạt động, ảnh " + (p + 1)).update();
            }
        }
        if (inProgress) {
            jdbc.sql("insert into story_nudge (story_id, status, status_since, nudged_at) values (:id, :status, :since, :since) on conflict do nothing")
                    .param("id", id).param("status", status).param("since", Timestamp.from(statusSince)).update();
        }
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Optional<Long> accountId(String username) {
        return jdbc.sql("select id from account where lower(username) = :name").param("name", username).query(Long.class).optional();
    }
}
