package vn.lantoa.newsroom.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.story.AttachedMedia;
import vn.lantoa.newsroom.story.ReachDeadline;
import vn.lantoa.newsroom.story.Revisions;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryAction;
import vn.lantoa.newsroom.story.StoryContent;
import vn.lantoa.newsroom.story.StoryRepository;

/**
 * Stories for a first look: published ones over the last weeks (the calendar and the portal have
 * something to show), and one at every step of the workflow, with a late major event, so that each
 * demo account finds work waiting for it.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoStories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStories.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private enum Step { DRAFT, SUBMITTED, RETURNED, APPROVED, EDITING, SCHEDULED, PUBLISHED }

    private record Plan(String unit, String author, StoryKind kind, String title, String summary, String section, Step step, int days,
                        boolean majorEvent) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Hội LHPN phường Hạc Thành ra quân làm sạch đường phố",
                    "Hơn 120 hội viên tham gia ngày chủ nhật xanh, thu gom rác và trồng hoa trên tuyến phố Lê Lợi.", "Hoạt động Hội", Step.PUBLISHED, 31, false),
            new Plan("TH-020", "canbo.hoanghoa", StoryKind.ARTICLE, "Mô hình nuôi gà thả vườn giúp chị em Hoằng Hóa thoát nghèo",
                    "Từ nguồn vốn ủy thác, 25 hộ hội viên nghèo đã có thu nhập ổn định từ chăn nuôi.", "Sinh kế – giảm nghèo", Step.PUBLISHED, 24, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Tập huấn kỹ năng sử dụng điện thoại thông minh cho hội viên cao tuổi",
                    "Lớp học “Bình dân học vụ số” thu hút hơn 60 hội viên trên 55 tuổi.", "Chuyển đổi số", Step.PUBLISHED, 18, false),
            new Plan("TH", "canbo.gdxh", StoryKind.ARTICLE, "Gương sáng người mẹ nuôi con khuyết tật học giỏi",
                    "Chị Lê Thị Hương vượt khó nuôi hai con, một cháu đạt giải học sinh giỏi cấp tỉnh.", "Gương điển hình", Step.PUBLISHED, 9, false),
            new Plan("TH-020", "canbo.hoanghoa", StoryKind.NEWS, "Trao 15 mái ấm tình thương cho phụ nữ nghèo",
                    "Hội LHPN xã Hoằng Hóa phối hợp nhà hảo tâm trao nhà cho hội viên có hoàn cảnh khó khăn.", "An sinh xã hội", Step.PUBLISHED, 6, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Tuyên truyền Luật Phòng, chống bạo lực gia đình tại khu phố",
                    "Buổi tuyên truyền có sự tham gia của cán bộ tư pháp và 90 hội viên.", "Chính sách – pháp luật", Step.PUBLISHED, 2, false),
            new Plan("TH-020", "canbo.hoanghoa", StoryKind.NEWS, "Ra mắt câu lạc bộ “Phụ nữ khởi nghiệp” xã Hoằng Hóa",
                    "Câu lạc bộ có 30 thành viên, kết nối sản phẩm OCOP của chị em với thị trường.", "Mô hình hay – cách làm hiệu quả", Step.SCHEDULED, -1, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.ARTICLE, "Hội nghị sơ kết phong trào thi đua năm 2026",
                    "Hội LHPN phường Hạc Thành biểu dương 12 tập thể, 25 cá nhân tiêu biểu.", "Hoạt động Hội", Step.EDITING, 1, false),
            new Plan("TH-020", "canbo.hoanghoa", StoryKind.NEWS, "Hội thi “Duyên dáng áo dài” thu hút 18 đội",
                    "Hội thi góp phần tôn vinh vẻ đẹp của phụ nữ Việt Nam và áo dài truyền thống.", "Hoạt động Hội", Step.APPROVED, 1, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Đại hội đại biểu phụ nữ phường Hạc Thành nhiệm kỳ 2026–2031",
                    "Đại hội bầu 15 đồng chí vào Ban Chấp hành, đề ra 6 chỉ tiêu trọng tâm.", "Hoạt động Hội", Step.SUBMITTED, 3, true),
            new Plan("TH-020", "canbo.hoanghoa", StoryKind.NEWS, "Hướng dẫn hội viên cài đặt và sử dụng VNeID",
                    "Tổ công nghệ số cộng đồng hỗ trợ 200 hội viên kích hoạt tài khoản định danh điện tử.", "Chuyển đổi số", Step.SUBMITTED, 0, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Phụ nữ Hạc Thành chung tay vì an toàn giao thông",
                    "Ra quân tuyên truyền đội mũ bảo hiểm cho trẻ em tại cổng trường.", "An sinh xã hội", Step.RETURNED, 2, false),
            new Plan("TH-001", "canbo.hacthanh", StoryKind.NEWS, "Tọa đàm bình đẳng giới trong gia đình trẻ",
                    "Bản nháp: cần bổ sung ảnh và chú thích trước khi gửi.", "Bình đẳng giới", Step.DRAFT, 0, false));

    private final StoryRepository stories;
    private final Revisions revisions;
    private final ReachDeadline reachDeadline;
    private final MediaLibrary media;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoStories(StoryRepository stories, Revisions revisions, ReachDeadline reachDeadline, MediaLibrary media, JdbcClient jdbc,
                TransactionTemplate transaction, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.reachDeadline = reachDeadline;
        this.media = media;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (stories.count() > 0 || accountId("canbo.hacthanh").isEmpty()) {
            return;
        }
        List<MediaAsset> photos = DemoPhotos.create(media, accountId("bientap").orElseThrow(), 6);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < PLANS.size(); i++) {
                write(PLANS.get(i), photos, i);
            }
        });
        log.info("Created {} demo stories", PLANS.size());
    }

    private void write(Plan plan, List<MediaAsset> photos, int index) {
        long author = accountId(plan.author()).orElseThrow();
        Instant done = moment(plan.days());
        Instant start = plan.step() == Step.SCHEDULED ? clock.instant().minus(Duration.ofDays(2)) : done.minus(Duration.ofHours(30));
        LocalDateTime eventAt = LocalDateTime.ofInstant(start.minus(Duration.ofHours(20)), VIETNAM).truncatedTo(ChronoUnit.HOURS);
        Long department = plan.unit().equals("TH") ? departmentId("GDXH") : null;
        StoryContent content = new StoryContent(plan.kind(), plan.title(), plan.summary(),
                "<p>" + plan.summary() + "</p><p>Hoạt động góp phần lan tỏa tinh thần đoàn kết, sáng tạo của phụ nữ Thanh Hóa.</p>",
                sectionId(plan.section()), Set.of("phụ nữ Thanh Hóa"), "Ban biên tập", eventAt, "", plan.majorEvent(),
                true, plan.step() == Step.PUBLISHED, false, department != null ? department : departmentId("TG"));
        Story story = new Story(content, unitId(plan.unit()), unitPath(plan.unit()), department, author, start);
        story.setReachDeadline(reachDeadline.forEventAt(eventAt));
        if (plan.step() != Step.DRAFT) {
            for (int p = 0; p < (plan.kind() == StoryKind.NEWS ? 3 : 2); p++) {
                MediaAsset photo = photos.get((index + p) % photos.size());
                story.attach(photo.id(), AttachedMedia.Kind.IMAGE, start);
                story.describe(photo.id(), "Hội viên tại buổi sinh hoạt, ảnh " + (p + 1), "Nhiều phụ nữ mặc áo dài đứng thành hàng", start);
            }
        }
        stories.saveAndFlush(story);
        revisions.keep(story, author, start, null);
        carry(story, plan, start, done);
        stories.saveAndFlush(story);
    }

    /** Walks the story along the workflow with the demo people, an hour or more between steps. */
    private void carry(Story story, Plan plan, Instant start, Instant done) {
        if (plan.step() == Step.DRAFT) {
            return;
        }
        long head = accountId(story.isDepartmentStory() ? "truongban.gdxh" : "truongban.tg").orElseThrow();
        long editor = accountId("bientap").orElseThrow();
        story.routeThroughDepartment(true);
        story.perform(StoryAction.SUBMIT, story.createdBy(), start.plus(Duration.ofHours(1)), null);
        if (plan.step() == Step.SUBMITTED) {
            return;
        }
        if (plan.step() == Step.RETURNED) {
            story.perform(StoryAction.RETURN, head, start.plus(Duration.ofHours(5)), "Đề nghị bổ sung tên, chức vụ người phát biểu và ảnh rõ nét hơn.");
            return;
        }
        story.perform(StoryAction.APPROVE, head, start.plus(Duration.ofHours(4)), null);
        if (plan.step() == Step.APPROVED) {
            return;
        }
        story.perform(StoryAction.TAKE, editor, start.plus(Duration.ofHours(6)), null);
        if (plan.step() == Step.SCHEDULED) {
            story.schedule(editor, done, null, start.plus(Duration.ofHours(7)));
        } else if (plan.step() == Step.PUBLISHED) {
            story.publishNow(editor, null, done);
        }
    }

    /** A working-day moment {@code days} ago (negative: ahead), between 8:00 and 16:00. */
    private Instant moment(int days) {
        LocalDateTime at = LocalDateTime.now(clock.withZone(VIETNAM)).minusDays(days).withHour(8 + Math.abs(days) % 8).truncatedTo(ChronoUnit.HOURS);
        return at.atZone(VIETNAM).toInstant();
    }

    private Optional<Long> accountId(String username) {
        return jdbc.sql("select id from account where lower(username) = :name").param("name", username).query(Long.class).optional();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).single();
    }

    private String unitPath(String code) {
        return jdbc.sql("select path from unit where code = :code").param("code", code).query(String.class).single();
    }

    private Long departmentId(String code) {
        return jdbc.sql("select d.id from department d join unit u on u.id = d.unit_id where u.code = 'TH' and d.code = :code")
                .param("code", code).query(Long.class).optional().orElse(null);
    }

    private Long sectionId(String name) {
        return jdbc.sql("select id from section where name = :name").param("name", name).query(Long.class).optional().orElse(null);
    }
}
