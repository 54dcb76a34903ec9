package vn.lantoa.accountability.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.ReportRollups.UnitState;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/** The pure rules of monthly reports: the due day in Vietnam time, reading answers, states and keys. */
class ReportRulesTest {

    static final List<ReportField> FIELDS = List.of(
            new ReportField(1, "sessions", "Số buổi", "", FieldKind.INTEGER, true, 1, true),
            new ReportField(2, "people", "Số người", "", FieldKind.INTEGER, false, 2, true),
            new ReportField(3, "notes", "Khó khăn", "", FieldKind.TEXT, false, 3, true),
            new ReportField(4, "old", "Chỉ tiêu cũ", "", FieldKind.INTEGER, false, 4, false));

    @Test
    void aReportIsOnTimeUntilMidnightInVietnamAtTheEndOfTheDueDay() {
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(ReportForm.dueDate(october, 5)).isEqualTo(java.time.LocalDate.of(2026, 11, 5));
        assertThat(ReportForm.onTime(october, 5, vn(2026, 11, 5, 23, 59))).isTrue();
        assertThat(ReportForm.onTime(october, 5, vn(2026, 11, 6, 0, 0))).isFalse();
        // 23:30 UTC on the 5th is already 06:30 on the 6th in Vietnam
        assertThat(ReportForm.onTime(october, 5, java.time.Instant.parse("2026-11-05T17:00:00Z"))).isFalse();
        assertThat(ReportForm.onTime(october, 5, java.time.Instant.parse("2026-11-05T16:59:59Z"))).isTrue();
        // December's report is due in January of the next year
        assertThat(ReportForm.onTime(YearMonth.of(2026, 12), 28, vn(2027, 1, 28, 23, 59))).isTrue();
        assertThat(ReportForm.onTime(YearMonth.of(2026, 12), 28, vn(2027, 1, 29, 0, 0))).isFalse();
        assertThat(ReportForm.onTime(october, 5, null)).isFalse();
    }

    @Test
    void badAnswersAreRefusedOneByOneAndEveryTypedValueIsKept() {
        AnswerSheet sheet = AnswerSheet.read(FIELDS, Map.of("sessions", "-3", "people", "12a", "notes", "x".repeat(4001)), false);
        assertThat(sheet.valid()).isFalse();
        assertThat(sheet.problems().get("sessions").messageKey()).isEqualTo("report.error.negative");
        assertThat(sheet.problems().get("people").messageKey()).isEqualTo("report.error.notANumber");
        assertThat(sheet.problems().get("notes").messageKey()).isEqualTo("report.error.tooLong");
        assertThat(sheet.typed()).containsEntry("sessions", "-3").containsEntry("people", "12a");

        assertThat(AnswerSheet.read(FIELDS, Map.of("sessions", "1000001"), false).problems().get("sessions").messageKey())
                .isEqualTo("report.error.tooLarge");
        assertThat(AnswerSheet.read(FIELDS, Map.of("sessions", "99999999999999999999"), false).problems().get("sessions").messageKey())
                .isEqualTo("report.error.tooLarge");
        assertThat(AnswerSheet.read(FIELDS, Map.of("sessions", "1,5"), false).problems().get("sessions").messageKey())
                .isEqualTo("report.error.notANumber");
        assertThat(AnswerSheet.read(FIELDS, Map.of("sessions", "1000000", "people", "1.200"), false).values())
                .containsEntry("sessions", 1_000_000L).containsEntry("people", 1200L);
    }

    @Test
    void requiredFieldsAreAskedForOnlyWhenSubmitting() {
        assertThat(AnswerSheet.read(FIELDS, Map.of("people", "4"), false).valid()).isTrue();
        AnswerSheet submitted = AnswerSheet.read(FIELDS, Map.of("people", "4"), true);
        assertThat(submitted.problems()).containsOnlyKeys("sessions");
        assertThat(submitted.problems().get("sessions").messageKey()).isEqualTo("report.error.required");
    }

    @Test
    void answersToSwitchedOffFieldsStayWhenTheReportIsSavedAgain() {
        AnswerSheet sheet = AnswerSheet.read(FIELDS, Map.of("sessions", "2", "people", ""), false);
        assertThat(sheet.mergeInto(Map.of("old", 9L, "people", 7L), FIELDS))
                .containsEntry("old", 9L).containsEntry("sessions", 2L).doesNotContainKey("people");
    }

    @Test
    void theUnitChangesDraftsAndReturnedReportsOnlyAndTheLevelAboveDecidesSubmittedOnes() {
        assertThat(ReportRules.whyUnitCannotChange(null)).isEmpty();
        assertThat(ReportRules.whyUnitCannotChange(ReportStatus.DRAFT)).isEmpty();
        assertThat(ReportRules.whyUnitCannotChange(ReportStatus.RETURNED)).isEmpty();
        assertThat(ReportRules.whyUnitCannotChange(ReportStatus.SUBMITTED)).contains("report.error.awaitingDecision");
        assertThat(ReportRules.whyUnitCannotChange(ReportStatus.ACCEPTED)).contains("report.error.accepted");
        assertThat(ReportRules.whyCannotAccept(ReportStatus.SUBMITTED)).isEmpty();
        assertThat(ReportRules.whyCannotAccept(ReportStatus.ACCEPTED)).isPresent();
        assertThat(ReportRules.whyCannotAccept(ReportStatus.DRAFT)).isPresent();
        assertThat(ReportRules.whyCannotReturn(ReportStatus.ACCEPTED)).isEmpty();
        assertThat(ReportRules.whyCannotReturn(ReportStatus.RETURNED)).isPresent();
        assertThat(ReportRules.parentPath("/1/7/42/")).contains("/1/7/");
        assertThat(ReportRules.parentPath("/1/")).isEmpty();
        assertThat(ReportRules.mayReportOn(YearMonth.of(2026, 12), YearMonth.of(2026, 11))).isFalse();
    }

    @Test
    void keysComeFromTheLabelAndNeverClash() {
        assertThat(FieldKeys.fromLabel("Số buổi sinh hoạt “Bình dân học vụ số”", Set.of())).isEqualTo("so_buoi_sinh_hoat_binh_dan_hoc_vu_so");
        assertThat(FieldKeys.fromLabel("Đề xuất", Set.of("de_xuat"))).isEqualTo("de_xuat_2");
        assertThat(FieldKeys.fromLabel("2 lớp", Set.of())).isEqualTo("f_2_lop");
        assertThat(FieldKeys.fromLabel("!!!", Set.of())).isEqualTo("field");
    }

    @Test
    void aUnitsStateShowsWhatIsMissingFirst() {
        UnitRef unit = new UnitRef(1, "X", "X", UnitLevel.COMMUNE, "/1/", true);
        assertThat(UnitReportState.of(new UnitState(unit, 1, 0, 0, 0, 0))).isEqualTo(UnitReportState.MISSING);
        assertThat(UnitReportState.of(new UnitState(unit, 1, 0, 0, 0, 1))).isEqualTo(UnitReportState.RETURNED);
        assertThat(UnitReportState.of(new UnitState(unit, 1, 1, 0, 0, 0))).isEqualTo(UnitReportState.LATE);
        assertThat(UnitReportState.of(new UnitState(unit, 1, 1, 1, 0, 0))).isEqualTo(UnitReportState.ON_TIME);
        assertThat(UnitReportState.of(new UnitState(unit, 1, 1, 0, 1, 0))).isEqualTo(UnitReportState.ACCEPTED);
    }

    private static java.time.Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ReportingPeriod.ZONE).toInstant();
    }
}
