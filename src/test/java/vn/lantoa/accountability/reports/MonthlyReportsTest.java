package vn.lantoa.accountability.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.lantoa.accountability.MonthlyReportEvent;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.ReportRollups.Rollup;
import vn.lantoa.common.figures.ActivityFigures;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Monthly reports over real HTTP and the real database: who may fill, submit, accept and return,
 * what bad input does, the lock of an accepted report, the history, the roll-up in SQL and the
 * portal's moderated-comments figure. Each test takes months and units no other test uses.
 */
@IntegrationTest
@RecordApplicationEvents
class MonthlyReportsTest {

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(14);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    ReportRollups rollups;

    @Autowired
    List<ActivityFigures> activityFigures;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MonthlyReports reports;

    @Test
    void anOfficerSubmitsAndOnlyTheLevelAboveDecides() {
        long hacThanh = unit("TH-001").id();
        YearMonth month = freshMonth();
        String url = "/accountability/reports/units/" + hacThanh + "/" + month;

        WebSession otherCommune = WebSession.login(port, "canbo.hoanghoa");
        assertThat(otherCommune.get(url).status()).isEqualTo(404);
        assertThat(otherCommune.post(url, Map.of("version", "-1", "action", "save", "f_digital_sessions", "1")).status()).isEqualTo(404);

        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        WebSession.Page page = officer.get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Số buổi sinh hoạt, tập huấn", "Số tin bài đã gửi", "Số bình luận của bạn đọc đã được kiểm duyệt");
        assertThat(htmlErrors(page.body())).isEmpty();

        WebSession.Page sent = officer.post(url, answers("-1", "submit", "3", "60"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(status(hacThanh, month)).isEqualTo("SUBMITTED");

        // once sent, the unit waits: no change, and its own officers and admin cannot accept
        WebSession.Page again = officer.post(url, answers("0", "save", "4", "60"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("đang chờ cấp trên xem xét");
        assertThat(officer.post(url + "/accept", Map.of("version", "0")).status()).isEqualTo(403);
        assertThat(WebSession.login(port, "quantri.hacthanh").post(url + "/accept", Map.of("version", "0")).status()).isEqualTo(403);
        assertThat(status(hacThanh, month)).isEqualTo("SUBMITTED");

        WebSession leadership = WebSession.login(port, "thuongtruc");
        WebSession.Page review = leadership.get(url);
        assertThat(review.body()).contains("Chấp nhận", "Trả lại");
        assertThat(htmlErrors(review.body())).isEmpty();
        assertThat(leadership.post(url + "/accept", Map.of("version", "0")).status()).isEqualTo(302);
        assertThat(status(hacThanh, month)).isEqualTo("ACCEPTED");

        // an accepted report refuses changes with a clear message, and keeps its answers
        WebSession.Page locked = officer.post(url, answers("1", "save", "9", "60"));
        assertThat(locked.body()).contains("Báo cáo đã được chấp nhận, không sửa được; đề nghị cấp trên trả lại nếu cần sửa");
        assertThat(answer(hacThanh, month, ReportFieldKeys.DIGITAL_SESSIONS)).isEqualTo("3");

        // returning needs a comment; then the officer sees it and may correct
        WebSession.Page noComment = leadership.post(url + "/return", Map.of("version", "1", "comment", " "));
        assertThat(noComment.body()).contains("Cần nêu lý do trả lại");
        assertThat(status(hacThanh, month)).isEqualTo("ACCEPTED");
        assertThat(leadership.post(url + "/return", Map.of("version", "1", "comment", "Bổ sung số người tham gia")).status()).isEqualTo(302);
        assertThat(officer.get(url).body()).contains("Bổ sung số người tham gia", "Bị trả lại");
        assertThat(officer.post(url, answers("2", "submit", "3", "75")).status()).isEqualTo(302);

        // a stale form answers with a message, not a stack trace
        WebSession.Page stale = leadership.post(url + "/accept", Map.of("version", "1"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("vừa được người khác thay đổi");

        List<String> actions = jdbc.sql("""
                select h.action from monthly_report_history h join monthly_report r on r.id = h.report_id
                where r.unit_id = :unit and r.month = :month order by h.id""")
                .param("unit", hacThanh).param("month", month.atDay(1)).query(String.class).list();
        assertThat(actions).containsExactly("SUBMITTED", "ACCEPTED", "RETURNED", "SUBMITTED");
        assertThat(jdbc.sql("""
                select h.answers ->> 'digital_participants' from monthly_report_history h join monthly_report r on r.id = h.report_id
                where r.unit_id = :unit and r.month = :month and h.action = 'ACCEPTED'""")
                .param("unit", hacThanh).param("month", month.atDay(1)).query(String.class).single()).isEqualTo("60");
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'MONTHLY_REPORT_%' and target_label like :label")
                .param("label", "%" + month).query(Long.class).single()).isGreaterThanOrEqualTo(4);
        long oldVersion = jdbc.sql("""
                select h.id from monthly_report_history h join monthly_report r on r.id = h.report_id
                where r.unit_id = :unit and r.month = :month and h.action = 'ACCEPTED'""")
                .param("unit", hacThanh).param("month", month.atDay(1)).query(Long.class).single();
        WebSession.Page old = officer.get(url + "?version=" + oldVersion);
        assertThat(old.body()).contains("Nội dung lúc", "Lịch sử báo cáo");
        assertThat(htmlErrors(old.body())).isEmpty();
    }

    @Test
    void eachSubmissionAndDecisionIsAnnounced() {
        UnitRef hacThanh = unit("TH-001");
        UnitRef province = unit("TH");
        YearMonth month = freshMonth();
        Actor officer = actor(Role.UNIT_OFFICER, hacThanh);
        Actor leadership = actor(Role.LEADERSHIP, province);
        Map<String, String> typed = Map.of("digital_sessions", "1", "digital_participants", "9", "trainings", "0", "training_participants", "0");
        MonthlyReport sent = reports.save(officer, hacThanh.id(), month, null, typed, true);
        MonthlyReport returned = reports.giveBack(leadership, hacThanh.id(), month, sent.version(), "Thiếu danh sách");
        MonthlyReport again = reports.save(officer, hacThanh.id(), month, returned.version(), typed, true);
        reports.accept(leadership, hacThanh.id(), month, again.version());
        assertThat(events.stream(MonthlyReportEvent.class).filter(e -> e.reportId() == sent.id()).map(e -> e.getClass().getSimpleName()))
                .containsExactly("Submitted", "Returned", "Submitted", "Accepted");
        assertThat(events.stream(MonthlyReportEvent.Returned.class).filter(e -> e.reportId() == sent.id()).findFirst().orElseThrow().comment())
                .isEqualTo("Thiếu danh sách");
        assertThat(events.stream(MonthlyReportEvent.Accepted.class).filter(e -> e.reportId() == sent.id()).findFirst().orElseThrow().actorId())
                .isEqualTo(leadership.accountId());
    }

    @Test
    void badInputIsRefusedWithVietnameseMessagesAndEveryTypedValueKept() {
        long hacThanh = unit("TH-001").id();
        YearMonth month = freshMonth();
        String url = "/accountability/reports/units/" + hacThanh + "/" + month;
        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        Map<String, String> form = new java.util.HashMap<>(answers("-1", "save", "-5", "mười"));
        form.put("f_trainings", "2000000");
        form.put("f_difficulties", "Thiếu máy chiếu ở nhà văn hóa");
        form.put("f_proposals", "x".repeat(4001));
        WebSession.Page page = officer.post(url, form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Không được nhập số âm", "Nhập một số nguyên, ví dụ 12", "Số quá lớn: tối đa 1.000.000",
                "Nội dung dài tối đa 4.000 ký tự", "Báo cáo chưa được lưu: có 4 mục cần sửa");
        assertThat(page.body()).contains("value=\"-5\"", "value=\"mười\"", "value=\"2000000\"", "Thiếu máy chiếu ở nhà văn hóa");
        assertThat(htmlErrors(page.body())).isEmpty();
        assertThat(jdbc.sql("select count(*) from monthly_report where unit_id = :u and month = :m")
                .param("u", hacThanh).param("m", month.atDay(1)).query(Long.class).single()).isZero();

        // required fields are asked for at submission only
        WebSession.Page missing = officer.post(url, Map.of("version", "-1", "action", "submit", "f_digital_sessions", "2"));
        assertThat(missing.body()).contains("Mục này bắt buộc phải điền trước khi gửi báo cáo");
        assertThat(officer.post(url, Map.of("version", "-1", "action", "save", "f_digital_sessions", "2")).status()).isEqualTo(302);
        assertThat(status(hacThanh, month)).isEqualTo("DRAFT");
    }

    @Test
    void theApiSavesRefusesAndRollsUpWithTheSameRules() {
        long hacThanh = unit("TH-001").id();
        YearMonth month = freshMonth();
        String path = "/api/v1/accountability/reports/units/" + hacThanh + "/" + month;
        ApiClient officer = ApiClient.as(port, "canbo.hacthanh");
        ApiClient.Reply refused = officer.put(path, "{\"answers\":{\"digital_sessions\":-2,\"digital_participants\":\"abc\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("digital_sessions", "Không được nhập số âm", "Nhập một số nguyên");
        ApiClient.Reply saved = officer.put(path, "{\"answers\":{\"digital_sessions\":2,\"digital_participants\":30}}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("status").asString()).isEqualTo("DRAFT");
        long version = saved.json().get("version").asLong();
        ApiClient.Reply submitted = officer.post(path + "/submit", "{\"version\":" + version
                + ",\"answers\":{\"digital_sessions\":2,\"digital_participants\":30,\"trainings\":1,\"training_participants\":20}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(officer.post(path + "/accept", "{\"version\":" + (version + 1) + "}").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "canbo.hoanghoa").get(path).status()).isEqualTo(404);
        ApiClient leadership = ApiClient.as(port, "thuongtruc");
        assertThat(leadership.post(path + "/return", "{\"version\":" + (version + 1) + ",\"comment\":\"\"}").status()).isEqualTo(400);
        ApiClient.Reply accepted = leadership.post(path + "/accept", "{\"version\":" + (version + 1) + "}");
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(officer.put(path, "{\"version\":" + (version + 2) + ",\"answers\":{\"digital_sessions\":5}}").body())
                .contains("Báo cáo đã được chấp nhận, không sửa được");
        ApiClient.Reply rollup = leadership.get("/api/v1/accountability/reports/rollup?unitId=" + unit("TH").id() + "&period=" + month);
        assertThat(rollup.status()).isEqualTo(200);
        assertThat(rollup.json().get("rates").get("received").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ApiClient.as(port, "canbo.hoanghoa").get("/api/v1/accountability/reports/rollup?unitId=" + unit("TH").id()
                + "&period=" + month).status()).isIn(403, 404);
    }

    @Test
    void theRollUpCountsExpectedReceivedAndOnTimeAtTheEdgeOfTheDueDayAndSumsInSql() {
        // a fresh commune whose own form asks its branches to report, due on the 5th
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UnitRef commune = newUnit(unit("TH"), "RT-" + tag, "Hội LHPN xã Thử " + tag, "COMMUNE");
        UnitRef early = newUnit(commune, "RT-" + tag + "-1", "Chi hội Đúng hạn", "BRANCH");
        UnitRef late = newUnit(commune, "RT-" + tag + "-2", "Chi hội Muộn", "BRANCH");
        UnitRef silent = newUnit(commune, "RT-" + tag + "-3", "Chi hội Chưa báo cáo", "BRANCH");
        UnitRef closed = newUnit(commune, "RT-" + tag + "-4", "Chi hội Đã giải thể", "BRANCH");
        long form = jdbc.sql("insert into report_form (owner_unit_id, assigned_levels, due_day) values (:o, 'BRANCH', 5) returning id")
                .param("o", commune.id()).query(Long.class).single();
        jdbc.sql("insert into report_field (form_id, key, label, kind, position) values (:f, 'sessions', 'Số buổi', 'INTEGER', 1), "
                + "(:f, 'notes', 'Khó khăn', 'TEXT', 2)").param("f", form).update();
        YearMonth month = YearMonth.of(2025, 2);
        insertReport(early, month, form, "SUBMITTED", vn(2025, 3, 5, 23, 59), "{\"sessions\": 3, \"notes\": \"Thiếu tài liệu\"}", "{\"stories.sent\": 4}");
        insertReport(late, month, form, "ACCEPTED", vn(2025, 3, 6, 0, 0), "{\"sessions\": 5}", "{\"stories.sent\": 1}");
        insertReport(closed, month, form, "SUBMITTED", vn(2025, 3, 1, 8, 0), "{\"sessions\": 100}", "{\"stories.sent\": 100}");
        jdbc.sql("update unit set active = false where id = :id").param("id", closed.id()).update();

        Rollup rollup = rollups.rollup(commune, month, month);
        assertThat(rollup.rates()).isEqualTo(new ReportRollups.Rates(3, 2, 1));
        assertThat(rollup.rates().reportingRate()).contains(2.0 / 3);
        assertThat(rollup.rates().onTimeRate()).contains(1.0 / 3);
        assertThat(rollup.missing()).extracting(u -> u.unit().id()).containsExactly(silent.id());
        assertThat(rollup.late()).extracting(u -> u.unit().id()).containsExactly(late.id());
        assertThat(rollup.units()).extracting(u -> u.unit().id()).doesNotContain(closed.id());
        assertThat(rollup.totals()).filteredOn(t -> t.key().equals("sessions")).extracting(ReportRollups.Total::value).containsExactly(8L);
        assertThat(rollup.totals()).filteredOn(t -> t.key().equals(ReportFieldKeys.STORIES_SENT))
                .extracting(ReportRollups.Total::value).containsExactly(5L);
        assertThat(rollup.totals()).extracting(ReportRollups.Total::key).doesNotContain("notes");
        // a quarter: three months expected per unit, the other two missing
        assertThat(rollups.rollup(commune, month.minusMonths(1), month.plusMonths(1)).rates()).isEqualTo(new ReportRollups.Rates(9, 2, 1));
        assertThat(rollups.ratesByUnit(commune, month, month).get(late.id())).isEqualTo(new ReportRollups.Rates(1, 1, 0));

        WebSession leadership = WebSession.login(port, "thuongtruc");
        WebSession.Page page = leadership.get("/accountability/reports?unit=" + commune.id() + "&period=" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("66,7 %", "Chi hội Chưa báo cáo", "Chưa báo cáo", "Nộp muộn", "Thiếu tài liệu")
                .doesNotContain("Chi hội Đã giải thể");
        assertThat(htmlErrors(page.body())).isEmpty();
        WebSession.Page missingOnly = leadership.get("/accountability/reports?unit=" + commune.id() + "&period=" + month + "&show=missing");
        assertThat(missingOnly.body()).contains("Chi hội Chưa báo cáo").doesNotContain("Chi hội Muộn");
        WebSession.Page lateOnly = leadership.get("/accountability/reports?unit=" + commune.id() + "&period=" + month + "&show=late");
        assertThat(lateOnly.body()).contains("id=\"unit-" + late.code() + "\"").doesNotContain("id=\"unit-" + early.code() + "\"");
        assertThat(missingOnly.body()).contains("id=\"unit-" + silent.code() + "\"").doesNotContain("id=\"unit-" + late.code() + "\"");
        assertThat(WebSession.login(port, "canbo.hoanghoa").get("/accountability/reports?unit=" + commune.id()).status()).isEqualTo(404);
    }

    @Test
    void thePortalCountsCommentsModeratedInTheMonthOnStoriesOfTheSubtree() {
        UnitRef hacThanh = unit("TH-001");
        long story = jdbc.sql("select s.id from story s where s.author_unit_id = :u and s.status = 'PUBLISHED' order by s.id limit 1")
                .param("u", hacThanh.id()).query(Long.class).single();
        long site = jdbc.sql("select id from portal_site order by id limit 1").query(Long.class).single();
        YearMonth month = YearMonth.of(2024, 3);
        comment(site, story, hacThanh, "APPROVED", vn(2024, 3, 1, 0, 0));
        comment(site, story, hacThanh, "REJECTED", vn(2024, 3, 31, 23, 59));
        comment(site, story, hacThanh, "APPROVED", vn(2024, 4, 1, 0, 0));
        comment(site, story, hacThanh, "APPROVED", vn(2024, 2, 29, 23, 59));
        comment(site, story, hacThanh, "PENDING", null);
        ReportingPeriod period = ReportingPeriod.month(month);
        assertThat(moderated(hacThanh.path(), period)).isEqualTo(2);
        assertThat(moderated(unit("TH").path(), period)).isGreaterThanOrEqualTo(2);
        assertThat(moderated(unit("TH-020").path(), period)).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The Nu checker's errors on a page. */
    static List<String> htmlErrors(String html) {
        return HtmlChecker.errors(html);
    }

    private Actor actor(Role role, UnitRef unit) {
        long id = jdbc.sql("select id from account where lower(username) = :u").param("u", role == Role.LEADERSHIP ? "thuongtruc" : "canbo.hacthanh")
                .query(Long.class).single();
        List<Grant> grants = List.of(new Grant(1, role, unit.id(), unit.path(), unit.name(), null));
        return new Actor() {
            @Override
            public long accountId() {
                return id;
            }

            @Override
            public String username() {
                return "test";
            }

            @Override
            public String displayName() {
                return "Test";
            }

            @Override
            public List<Grant> grants() {
                return grants;
            }
        };
    }

    private long moderated(String path, ReportingPeriod period) {
        return activityFigures.stream().flatMap(f -> f.of(path, period.start(), period.end()).stream())
                .filter(f -> f.key().equals("portal.comments-moderated")).mapToLong(ActivityFigures.ActivityFigure::value).sum();
    }

    private void comment(long site, long story, UnitRef unit, String status, java.time.Instant decidedAt) {
        jdbc.sql("""
                insert into portal_comment (site_id, story_id, unit_path, name, email, submitted_text, text, ip_hash, status, decided_at)
                values (:site, :story, :path, 'Bạn đọc', 'ban.doc@example.vn', 'Hay', 'Hay', 'test-hash', :status, :decided)""")
                .param("site", site).param("story", story).param("path", unit.path()).param("status", status)
                .param("decided", decidedAt == null ? null : Timestamp.from(decidedAt)).update();
    }

    private static Map<String, String> answers(String version, String action, String sessions, String participants) {
        return Map.of("version", version, "action", action, "f_digital_sessions", sessions, "f_digital_participants", participants,
                "f_trainings", "1", "f_training_participants", "25", "f_reporters", "6", "f_difficulties", "", "f_proposals", "");
    }

    /** Months far enough back that neither the demo data nor the browser test touch them; one per test. */
    private static YearMonth freshMonth() {
        return YearMonth.now(ReportingPeriod.ZONE).minusMonths(NEXT_MONTH.getAndIncrement());
    }

    private UnitRef unit(String code) {
        return org.unitByCode(code).orElseThrow();
    }

    private String status(long unitId, YearMonth month) {
        return jdbc.sql("select status from monthly_report where unit_id = :u and month = :m")
                .param("u", unitId).param("m", month.atDay(1)).query(String.class).single();
    }

    private String answer(long unitId, YearMonth month, String key) {
        return jdbc.sql("select answers ->> :k from monthly_report where unit_id = :u and month = :m")
                .param("k", key).param("u", unitId).param("m", month.atDay(1)).query(String.class).single();
    }

    private UnitRef newUnit(UnitRef parent, String code, String name, String level) {
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values (:code, :name, lower(:name), :level, :parent, 'tmp-' || :code, :depth) returning id""")
                .param("code", code).param("name", name).param("level", level).param("parent", parent.id())
                .param("depth", parent.ancestorIds().size()).query(Long.class).single();
        jdbc.sql("update unit set path = :path where id = :id").param("path", parent.path() + id + "/").param("id", id).update();
        return org.unit(id).orElseThrow();
    }

    private void insertReport(UnitRef unit, YearMonth month, long form, String status, java.time.Instant firstSubmitted, String answers,
                              String figures) {
        jdbc.sql("""
                insert into monthly_report (unit_id, month, form_id, status, figures, answers, first_submitted_at, submitted_at)
                values (:u, :m, :f, :s, cast(:fig as jsonb), cast(:a as jsonb), :t, :t)""")
                .param("u", unit.id()).param("m", month.atDay(1)).param("f", form).param("s", status).param("fig", figures)
                .param("a", answers).param("t", Timestamp.from(firstSubmitted)).update();
    }

    private static java.time.Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ReportingPeriod.ZONE).toInstant();
    }
}
