package vn.lantoa.accountability.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.accountability.MonthlyReportEvent;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.compliance.ComplianceSettings;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.support.IntegrationTest;

/**
 * The daily reminders, run by calling the job's method (the clock is the real one): a monthly rule
 * whose current month ends within the union's reminder days (set to the longest month), one commune
 * that met it and one that has not. Notices and mails arrive after commit, off the caller's thread.
 */
@IntegrationTest
class QuotaRemindersTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuotaReminders reminders;

    @Autowired
    ComplianceSettings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    record Sent(String to, String subject, String text) {
    }

    record Row(long id, String kind, String title, String link, Long storyId) {
    }

    /** A province whose monthly rule is due within its reminder days: commune 1 met it, commune 2 did not. */
    record Setup(Fixture.Province units, String metOfficer, String lateOfficer, String lateAdmin, String provinceAdmin,
                 String editor, String leader, long ruleId) {
    }

    private Setup setup() {
        Fixture fixture = new Fixture(jdbc);
        Accounts accounts = new Accounts(jdbc);
        Fixture.Province p = fixture.province(2);
        long rule = fixture.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 1, "MONTH", "SUBMISSION_DATE", null,
                LocalDate.of(2020, 1, 1));
        settings.setRiskDays(p.province().id(), 31);
        fixture.submitted(p.communes().get(0), Instant.now().minusSeconds(60));
        return new Setup(p, accounts.holding("UNIT_OFFICER", p.communes().get(0)), accounts.holding("UNIT_OFFICER", p.communes().get(1)),
                accounts.holding("ADMIN", p.communes().get(1)), accounts.holding("ADMIN", p.province()),
                accounts.holding("EDITOR", p.province()), accounts.holding("LEADERSHIP", p.province()), rule);
    }

    @Test
    void theUnitAtRiskIsRemindedOnceInTheAppAndByMailAndTheEditorsGetOneSummary() {
        Setup s = setup();
        String period = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.now(ReportingPeriod.ZONE)).code();
        String ruleName = jdbc.sql("select name from quota_rule where id = :id").param("id", s.ruleId()).query(String.class).single();

        reminders.run();

        Row notice = awaitNotices(s.lateOfficer(), "QUOTA_AT_RISK").get(0);
        assertThat(notice.storyId()).isNull();
        assertThat(notice.title()).isEqualTo(ruleName);
        assertThat(notice.link()).isEqualTo("/accountability?don-vi=" + s.units().communes().get(1).id() + "&ky=" + period);
        assertThat(awaitNotices(s.lateAdmin(), "QUOTA_AT_RISK")).hasSize(1);
        Sent sent = awaitMail(s.lateOfficer(), ruleName);
        assertThat(sent.subject()).isEqualTo("[Lan Tỏa] Sắp hết hạn định mức: " + ruleName);
        LocalDate lastDay = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.now(ReportingPeriod.ZONE)).end().minusDays(1);
        assertThat(sent.text()).contains(s.units().communes().get(1).name() + ": còn thiếu 1 tin, bài để đạt định mức “" + ruleName + "” tháng "
                + lastDay.getMonthValue() + "/" + lastDay.getYear() + " (hết hạn " + String.format("%02d/%02d/%d", lastDay.getDayOfMonth(),
                lastDay.getMonthValue(), lastDay.getYear()) + ").", "http://localhost:8080/accountability?don-vi=");

        Row summary = awaitNotices(s.editor(), "QUOTA_SUMMARY").get(0);
        assertThat(summary.link()).isEqualTo("/accountability?don-vi=" + s.units().province().id() + "&ky=" + period);
        assertThat(awaitNotices(s.leader(), "QUOTA_SUMMARY")).hasSize(1);
        assertThat(awaitMail(s.editor(), "Đơn vị chưa đạt định mức").text()).contains(s.units().province().name() + ": 1 trong 2 đơn vị chưa đạt định mức");

        reminders.run();
        settle();
        assertThat(notices(s.lateOfficer())).as("reminded once").hasSize(1);
        assertThat(notices(s.editor())).as("one summary").hasSize(1);
        assertThat(mailsTo(s.lateOfficer())).hasSize(1);
        assertThat(mailsTo(s.editor())).hasSize(1);
        assertThat(notices(s.metOfficer())).as("met its quota").isEmpty();
        assertThat(mailsTo(s.metOfficer())).isEmpty();
        assertThat(notices(s.provinceAdmin())).as("only the unit's own officers and admins").isEmpty();
    }

    @Test
    void twoNodesRunningAtOnceSendEachReminderOnce() throws Exception {
        Setup s = setup();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(
                CompletableFuture.supplyAsync(() -> runAfter(start)), CompletableFuture.supplyAsync(() -> runAfter(start)));
        for (CompletableFuture<Integer> run : runs) {
            run.get();
        }
        awaitNotices(s.lateOfficer(), "QUOTA_AT_RISK");
        awaitNotices(s.editor(), "QUOTA_SUMMARY");
        settle();
        assertThat(notices(s.lateOfficer())).hasSize(1);
        assertThat(notices(s.editor())).hasSize(1);
        assertThat(mailsTo(s.lateOfficer())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from quota_reminder_sent where rule_id = :r").param("r", s.ruleId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void reportDecisionsReachTheLevelAboveAndTheUnit() {
        Fixture.Province p = new Fixture(jdbc).province(1);
        Accounts accounts = new Accounts(jdbc);
        String officer = accounts.holding("UNIT_OFFICER", p.communes().get(0));
        String leader = accounts.holding("LEADERSHIP", p.province());
        String provinceAdmin = accounts.holding("ADMIN", p.province());
        long officerId = jdbc.sql("select id from account where username = :u").param("u", officer).query(Long.class).single();
        long adminId = jdbc.sql("select id from account where username = :u").param("u", provinceAdmin).query(Long.class).single();
        long unitId = p.communes().get(0).id();
        YearMonth month = YearMonth.of(2026, 10);

        publish(new MonthlyReportEvent.Submitted(1, unitId, month, officerId, Instant.now()));
        Row submitted = awaitNotices(leader, "REPORT_SUBMITTED").get(0);
        assertThat(submitted.link()).isEqualTo("/accountability/reports/units/" + unitId + "/2026-10");
        assertThat(awaitMail(leader, "chờ xem xét").text()).contains(p.communes().get(0).name() + " đã gửi báo cáo tháng 10/2026, chờ xem xét.");
        assertThat(notices(officer)).as("not told of their own submission").isEmpty();

        publish(new MonthlyReportEvent.Returned(1, unitId, month, adminId, Instant.now(), "Thiếu số buổi tập huấn."));
        awaitNotices(officer, "REPORT_RETURNED");
        assertThat(awaitMail(officer, "bị trả lại").text())
                .contains("Báo cáo tháng 10/2026 của " + p.communes().get(0).name() + " bị trả lại: Thiếu số buổi tập huấn.");
        assertThat(notices(provinceAdmin)).extracting(Row::kind).as("the one who returned it").containsExactly("REPORT_SUBMITTED");
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private int runAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.run();
    }

    /** Waits long enough for anything more that would arrive after commit. */
    private static void settle() {
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
    }

    private List<Row> awaitNotices(String username, String kind) {
        return await().atMost(PATIENCE).until(() -> notices(username).stream().filter(r -> r.kind().equals(kind)).toList(),
                list -> !list.isEmpty());
    }

    private List<Row> notices(String username) {
        return jdbc.sql("""
                select n.id, n.kind, n.title, n.link, n.story_id from notice n join account a on a.id = n.account_id
                 where a.username = :username order by n.id""")
                .param("username", username).query(Row.class).list();
    }

    private Sent awaitMail(String username, String subjectPart) {
        return await().atMost(PATIENCE).until(() -> mailsTo(username).stream().filter(m -> m.subject().contains(subjectPart)).toList(),
                list -> !list.isEmpty()).get(0);
    }

    private List<Sent> mailsTo(String username) {
        return Arrays.stream(mail.getReceivedMessages()).map(QuotaRemindersTest::sent)
                .filter(s -> s.to().equals(username + "@lantoa.local")).toList();
    }

    private static Sent sent(MimeMessage message) {
        try {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            return new Sent(to, message.getSubject(), text(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

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
