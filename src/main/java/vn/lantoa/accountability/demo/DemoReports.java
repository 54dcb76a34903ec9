package vn.lantoa.accountability.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.FieldKind;
import vn.lantoa.accountability.reports.ReportFieldKeys;
import vn.lantoa.accountability.reports.ReportForm;
import vn.lantoa.accountability.reports.ReportForms;
import vn.lantoa.accountability.reports.ReportForms.NewField;
import vn.lantoa.accountability.reports.SystemFigures;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The demo province's monthly report form (the seven fields of the seeds) and reports of its first
 * communes for the three months before this one: most accepted, one returned, one late, the rest
 * missing, so that the roll-up shows something real. Hạc Thành's report of last month is left for
 * its officer to write.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoReports implements ApplicationRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<NewField> FIELDS = List.of(
            new NewField("Số buổi sinh hoạt, tập huấn \"Bình dân học vụ số\"", "Các buổi do Hội tổ chức hoặc phối hợp tổ chức trong tháng", FieldKind.INTEGER, true),
            new NewField("Số người tham gia", "Tổng số lượt người dự các buổi \"Bình dân học vụ số\"", FieldKind.INTEGER, true),
            new NewField("Số lớp tập huấn, bồi dưỡng kỹ năng truyền thông", "", FieldKind.INTEGER, true),
            new NewField("Số lượt cán bộ, hội viên tham dự", "Tổng số lượt dự các lớp tập huấn, bồi dưỡng", FieldKind.INTEGER, true),
            new NewField("Số báo cáo viên, tuyên truyền viên hiện có", "Tính đến cuối tháng", FieldKind.INTEGER, false),
            new NewField("Khó khăn, vướng mắc", "", FieldKind.TEXT, false),
            new NewField("Đề xuất, kiến nghị", "", FieldKind.TEXT, false));

    private final ReportForms forms;
    private final OrgDirectory org;
    private final SystemFigures figures;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoReports(ReportForms forms, OrgDirectory org, SystemFigures figures, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.forms = forms;
        this.org = org;
        this.figures = figures;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        UnitRef province = org.unitByCode("TH").orElse(null);
        if (province == null || forms.ownedBy(province.id()).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            ReportForm form = forms.seed(province, EnumSet.of(UnitLevel.COMMUNE), ReportForm.DEFAULT_DUE_DAY, FIELDS, ReportFieldKeys.DEFAULTS);
            YearMonth current = YearMonth.now(clock.withZone(ReportingPeriod.ZONE));
            long editor = account("thuongtruc");
            for (int back = 1; back <= 3; back++) {
                YearMonth month = current.minusMonths(back);
                for (int n = 1; n <= 12; n++) {
                    String code = "TH-%03d".formatted(n);
                    if (n == 1 && back == 1 || n > 9 - back) {
                        continue;
                    }
                    String state = n == 2 && back == 1 ? "RETURNED" : n == 3 && back == 1 ? "SUBMITTED" : "ACCEPTED";
                    int dayOfNextMonth = n == 4 && back == 1 ? 9 : 1 + n % 4;
                    int seed = n;
                    org.unitByCode(code).ifPresent(unit -> report(form, unit, month, state, dayOfNextMonth, seed, editor));
                }
            }
        });
    }

    private void report(ReportForm form, UnitRef unit, YearMonth month, String status, int dayOfNextMonth, int seed, long decider) {
        long officer = account(unit.code().equals("TH-001") ? "canbo.hacthanh" : unit.code().equals("TH-020") ? "canbo.hoanghoa" : "quantri");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put(ReportFieldKeys.DIGITAL_SESSIONS, 2L + seed % 3);
        answers.put(ReportFieldKeys.DIGITAL_PARTICIPANTS, 40L + seed * 7);
        answers.put(ReportFieldKeys.TRAININGS, 1L + seed % 2);
        answers.put(ReportFieldKeys.TRAINING_PARTICIPANTS, 25L + seed * 3);
        answers.put(ReportFieldKeys.REPORTERS, 5L + seed % 4);
        if (seed % 3 == 0) {
            answers.put(ReportFieldKeys.DIFFICULTIES, "Nhiều hội viên cao tuổi chưa có điện thoại thông minh.");
            answers.put(ReportFieldKeys.PROPOSALS, "Đề nghị Hội cấp tỉnh hỗ trợ tài liệu hướng dẫn in màu.");
        }
        Timestamp submitted = Timestamp.from(LocalDateTime.of(month.plusMonths(1).atDay(dayOfNextMonth), java.time.LocalTime.of(9, 30))
                .atZone(ReportingPeriod.ZONE).toInstant());
        Timestamp decided = Timestamp.from(submitted.toInstant().plusSeconds(26 * 3600));
        boolean decidedYet = !status.equals("SUBMITTED");
        String comment = status.equals("RETURNED") ? "Số người tham gia chưa khớp với danh sách điểm danh, đề nghị kiểm tra lại." : null;
        String figuresJson = JSON.writeValueAsString(SystemFigures.asMap(figures.of(unit, month)));
        long id = jdbc.sql("""
                insert into monthly_report (unit_id, month, form_id, status, figures, answers, first_submitted_at, submitted_at, submitted_by,
                                            decided_at, decided_by, decision_comment, created_at, updated_at)
                values (:unit, :month, :form, :status, cast(:figures as jsonb), cast(:answers as jsonb), :submitted, :submitted, :officer,
                        :decided, :decider, :comment, :submitted, :updated) returning id""")
                .param("unit", unit.id()).param("month", month.atDay(1)).param("form", form.id()).param("status", status)
                .param("figures", figuresJson).param("answers", JSON.writeValueAsString(answers))
                .param("submitted", submitted).param("officer", officer)
                .param("decided", decidedYet ? decided : null).param("decider", decidedYet ? decider : null).param("comment", comment)
                .param("updated", decidedYet ? decided : submitted)
                .query(Long.class).single();
        history(id, "SUBMITTED", "SUBMITTED", null, officer, submitted);
        if (decidedYet) {
            history(id, status, status, comment, decider, decided);
        }
    }

    private void history(long reportId, String action, String status, String comment, long actor, Timestamp at) {
        jdbc.sql("""
                insert into monthly_report_history (report_id, action, status, figures, answers, comment, actor_id, at)
                select id, :action, :status, figures, answers, :comment, :actor, :at from monthly_report where id = :id""")
                .param("action", action).param("status", status).param("comment", comment).param("actor", actor).param("at", at)
                .param("id", reportId).update();
    }

    private long account(String username) {
        return jdbc.sql("select id from account where lower(username) = :u").param("u", username).query(Long.class).single();
    }
}
