package vn.lantoa.org.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lantoa.org.UnitLevel;

/** The rules of a tree file, as plain Java against a small existing tree. */
class ImportPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Map<String, ExistingUnit> existing = new HashMap<>();

    ImportPlanTest() {
        add(1, "TW", "Trung ương", UnitLevel.CENTRAL, null, null, "/1/");
        add(2, "TH", "Hội LHPN tỉnh Thanh Hóa", UnitLevel.PROVINCE, 1L, "TW", "/1/2/");
        add(3, "TH-001", "Hội LHPN phường Hạc Thành", UnitLevel.COMMUNE, 2L, "TH", "/1/2/3/");
        add(4, "TH-002", "Hội LHPN phường Quảng Phú", UnitLevel.COMMUNE, 2L, "TH", "/1/2/4/");
        add(5, "TH-001-01", "Chi hội tổ dân phố số 1", UnitLevel.BRANCH, 3L, "TH-001", "/1/2/3/5/");
    }

    private void add(long id, String code, String name, UnitLevel level, Long parentId, String parentCode, String path) {
        existing.put(code.toLowerCase(), new ExistingUnit(id, code, name, level, parentId, parentCode, path, 100, 200,
                LocalDate.of(2026, 1, 1), true));
    }

    private ImportPlan plan(UnitRow... rows) {
        return ImportPlan.of(List.of(rows), existing, path -> path.startsWith("/1/2/"), TODAY);
    }

    private static UnitRow row(int line, String code, String name, String level, String parent, String members, String women) {
        return new UnitRow(line, code, name, level, parent, members, women, "");
    }

    @Test
    void newUnitsUnderExistingOrEarlierOrLaterRowsAreCreated() {
        ImportPlan plan = plan(
                row(2, "B-2", "Chi hội thôn 2", "Chi hội", "TH-002", "120", "300"),
                row(3, "G-1", "Tổ phụ nữ số 1", "GROUP", "B-1", "", ""),
                row(4, "B-1", "Chi hội thôn 1", "chi hoi", "TH-002", "1.234", ""));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.creates()).isEqualTo(3);
        assertThat(plan.changes()).extracting(ImportPlan.Change::members).containsExactly(120, null, 1234);
        assertThat(plan.changes().get(0).countedOn()).as("figures without a date are counted today").isEqualTo(TODAY);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndReason() {
        ImportPlan plan = plan(
                row(2, "B-9", "Chi hội lạ", "BRANCH", "KHONG-CO", "", ""),
                row(3, "B-1", "Chi hội thôn 1", "BRANCH", "TH-002", "", ""),
                row(4, "b-1", "Chi hội thôn 1 lặp", "BRANCH", "TH-002", "", ""),
                row(5, "B-3", "Chi hội dưới tỉnh", "BRANCH", "TH", "", ""),
                row(6, "B-4", "Chi hội số sai", "BRANCH", "TH-002", "abc", ""),
                row(7, "B-5", "Chi hội âm", "BRANCH", "TH-002", "", "-5"),
                row(8, "B-6", "Chi hội cấp lạ", "thôn", "TH-002", "", ""),
                row(9, "", "Không mã", "BRANCH", "TH-002", "", ""),
                row(10, "B-7", "", "BRANCH", "TH-002", "", ""),
                row(11, "B-8", "Chi hội lẻ", "BRANCH", "TH-002", "12.5", ""));
        assertThat(plan.problems()).extracting(ImportPlan.Problem::line, ImportPlan.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "import.error.parentUnknown"),
                org.assertj.core.groups.Tuple.tuple(4, "import.error.duplicateCode"),
                org.assertj.core.groups.Tuple.tuple(5, "import.error.levelOrder"),
                org.assertj.core.groups.Tuple.tuple(6, "import.error.notNumber"),
                org.assertj.core.groups.Tuple.tuple(7, "import.error.negative"),
                org.assertj.core.groups.Tuple.tuple(8, "import.error.levelUnknown"),
                org.assertj.core.groups.Tuple.tuple(9, "import.error.codeMissing"),
                org.assertj.core.groups.Tuple.tuple(10, "import.error.nameMissing"),
                org.assertj.core.groups.Tuple.tuple(11, "import.error.notNumber"));
        assertThat(plan.problems().get(1).args()).containsExactly("b-1", 3);
        assertThat(plan.isApplicable()).isFalse();
    }

    @Test
    void existingUnitsAreUpdatedMovedOrLeftAlone() {
        ImportPlan plan = plan(
                row(2, "TH-001", "Hội LHPN phường Hạc Thành", "COMMUNE", "TH", "", ""),
                row(3, "TH-002", "Hội LHPN phường Quảng Phú mới", "COMMUNE", "TH", "", ""),
                row(4, "TH-001-01", "Chi hội tổ dân phố số 1", "BRANCH", "TH-002", "150", ""));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.updates()).isEqualTo(2);
        assertThat(plan.moves()).isEqualTo(1);
        ImportPlan.Change branch = plan.changes().get(1);
        assertThat(branch.changedFields()).containsExactly("parent", "figures");
        assertThat(branch.women()).as("a figure left blank keeps its value").isEqualTo(200);
    }

    @Test
    void unitsOutsideTheImportersSubtreeAreRefused() {
        ImportPlan plan = ImportPlan.of(List.of(
                        row(2, "B-1", "Chi hội thôn 1", "BRANCH", "TH-002", "", ""),
                        row(3, "TH-001", "Đổi tên", "COMMUNE", "TH", "", "")),
                existing, path -> path.startsWith("/1/2/3/"), TODAY);
        assertThat(plan.problems()).extracting(ImportPlan.Problem::messageKey)
                .containsExactly("import.error.outOfScope", "import.error.outOfScope");
    }

    @Test
    void aLevelCannotChangeAndARootNeedsNoParent() {
        ImportPlan plan = plan(
                row(2, "TH-001", "Hội LHPN phường Hạc Thành", "BRANCH", "TH", "", ""),
                row(3, "X-1", "Không cấp trên", "COMMUNE", "", "", ""));
        assertThat(plan.problems()).extracting(ImportPlan.Problem::messageKey)
                .containsExactly("import.error.levelChanged", "import.error.parentMissing");
    }

    @Test
    void datesInTheFutureOrMalformedAreRefused() {
        ImportPlan plan = plan(
                new UnitRow(2, "B-1", "Chi hội 1", "BRANCH", "TH-002", "10", "", "31/12/2027"),
                new UnitRow(3, "B-2", "Chi hội 2", "BRANCH", "TH-002", "10", "", "31/02/2026"),
                new UnitRow(4, "B-3", "Chi hội 3", "BRANCH", "TH-002", "10", "", "05/01/2026"));
        assertThat(plan.problems()).extracting(ImportPlan.Problem::messageKey)
                .containsExactly("import.error.dateFuture", "import.error.dateInvalid");
        assertThat(plan.changes().get(0).countedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void nothingToDoIsNotApplicable() {
        ImportPlan plan = plan(row(2, "TH-001", "Hội LHPN phường Hạc Thành", "COMMUNE", "TH", "", ""));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.isApplicable()).isFalse();
    }
}
