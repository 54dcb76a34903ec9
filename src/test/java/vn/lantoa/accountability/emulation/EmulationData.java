package vn.lantoa.accountability.emulation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.reports.FieldKind;
import vn.lantoa.accountability.reports.ReportFieldKeys;
import vn.lantoa.accountability.reports.ReportForms;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * A fixture province for the 2025 ranking (a past year, so final and independent of today) with three
 * communes and a quarterly quota: commune 1 met every quarter, reported its major event on time and
 * every monthly report on time with two digital-skills sessions each; commune 2 met two quarters, was
 * late with its major event, and sent six reports late with one session each; commune 3 did nothing.
 */
public record EmulationData(Fixture.Province units, UnitRef best, UnitRef middle, UnitRef idle) {

    public static final int YEAR = 2025;
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    public UnitRef province() {
        return units.province();
    }

    public static EmulationData create(JdbcClient jdbc, ReportForms forms) {
        Fixture fixture = new Fixture(jdbc);
        Fixture.Province p = fixture.province(3);
        UnitRef best = p.communes().get(0);
        UnitRef middle = p.communes().get(1);
        UnitRef idle = p.communes().get(2);
        fixture.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 1, "QUARTER", "SUBMISSION_DATE", null, LocalDate.of(2024, 1, 1));
        for (int month : new int[] {2, 5, 8, 11}) {
            fixture.submitted(best, at(month, 10));
        }
        fixture.submitted(middle, at(2, 10));
        fixture.submitted(middle, at(5, 10));
        long onTime = fixture.story(best, "SUBMITTED", at(6, 3), LocalDateTime.of(YEAR, 6, 3, 8, 0), null);
        fixture.majorEvent(onTime, at(6, 4), at(6, 3).plus(Duration.ofHours(2)));
        long late = fixture.story(middle, "SUBMITTED", at(6, 9), LocalDateTime.of(YEAR, 6, 3, 8, 0), null);
        fixture.majorEvent(late, at(6, 4), at(6, 9));

        long form = forms.seed(p.province(), Set.of(UnitLevel.COMMUNE), 5,
                List.of(new ReportForms.NewField("Số buổi kỹ năng số", "", FieldKind.INTEGER, false)),
                List.of(ReportFieldKeys.DIGITAL_SESSIONS)).id();
        for (int month = 1; month <= 12; month++) {
            report(jdbc, best, form, month, 2, 2);
            if (month <= 6) {
                report(jdbc, middle, form, month, 1, 20);
            }
        }
        return new EmulationData(p, best, middle, idle);
    }

    private static Instant at(int month, int day) {
        return LocalDateTime.of(YEAR, month, day, 9, 0).atZone(VN).toInstant();
    }

    /** A received report of the month, first submitted on the given day of the following month. */
    private static void report(JdbcClient jdbc, UnitRef unit, long form, int month, int sessions, int submittedOnDay) {
        YearMonth m = YearMonth.of(YEAR, month);
        Instant submitted = m.plusMonths(1).atDay(submittedOnDay).atTime(9, 0).atZone(VN).toInstant();
        jdbc.sql("""
                insert into monthly_report (unit_id, month, form_id, status, answers, first_submitted_at, submitted_at)
                values (:unit, :month, :form, 'SUBMITTED', cast(:answers as jsonb), :at, :at)""")
                .param("unit", unit.id()).param("month", m.atDay(1)).param("form", form)
                .param("answers", "{\"" + ReportFieldKeys.DIGITAL_SESSIONS + "\": " + sessions + "}").param("at", Timestamp.from(submitted))
                .update();
    }
}
