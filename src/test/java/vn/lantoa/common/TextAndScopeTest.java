package vn.lantoa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.org.UnitLevel;

class TextAndScopeTest {

    record TestActor(List<Grant> grants) implements Actor {
        public long accountId() { return 1; }
        public String username() { return "t"; }
        public String displayName() { return "T"; }
    }

    @Test
    void foldsVietnameseDiacriticsAndCase() {
        assertThat(VietnameseText.fold("  Hội LHPN  xã Hoằng   Hóa ")).isEqualTo("hoi lhpn xa hoang hoa");
        assertThat(VietnameseText.fold("ĐỒNG Tiến")).isEqualTo("dong tien");
        assertThat(VietnameseText.fold("Phụ nữ khởi nghiệp")).isEqualTo("phu nu khoi nghiep");
        assertThat(VietnameseText.clean("Ho\u0300a")).isEqualTo("Hòa");
    }

    @Test
    void levelsAreReadInCodeOrVietnameseAndFollowTheTreeOrder() {
        assertThat(UnitLevel.parse("Chi hội")).contains(UnitLevel.BRANCH);
        assertThat(UnitLevel.parse("XÃ/PHƯỜNG")).contains(UnitLevel.COMMUNE);
        assertThat(UnitLevel.parse("Tổ phụ nữ")).contains(UnitLevel.GROUP);
        assertThat(UnitLevel.parse("commune")).contains(UnitLevel.COMMUNE);
        assertThat(UnitLevel.parse("huyện")).isEmpty();
        assertThat(UnitLevel.BRANCH.mayBeChildOf(UnitLevel.COMMUNE)).isTrue();
        assertThat(UnitLevel.BRANCH.mayBeChildOf(UnitLevel.PROVINCE)).isFalse();
        assertThat(UnitLevel.PROVINCE.mayBeChildOf(UnitLevel.BRANCH)).isFalse();
    }

    @Test
    void aRoleHoldsOnItsUnitAndEverythingBelowOnly() {
        Actor officer = new TestActor(List.of(new Grant(1, Role.UNIT_OFFICER, 3, "/1/2/3/", "A", null)));
        assertThat(officer.sees("/1/2/3/")).isTrue();
        assertThat(officer.sees("/1/2/3/9/")).isTrue();
        assertThat(officer.sees("/1/2/33/")).as("a sibling whose id starts alike").isFalse();
        assertThat(officer.sees("/1/2/")).isFalse();
        assertThat(officer.may("/1/2/3/9/", Role.ADMIN)).isFalse();
        assertThat(officer.may("/1/2/3/9/", Role.ADMIN, Role.UNIT_OFFICER)).isTrue();
    }

    @Test
    void visibleRootsDropNestedGrants() {
        Actor actor = new TestActor(List.of(
                new Grant(1, Role.UNIT_OFFICER, 3, "/1/2/3/", "A", null),
                new Grant(2, Role.ADMIN, 2, "/1/2/", "P", null),
                new Grant(3, Role.EDITOR, 2, "/1/2/", "P", null),
                new Grant(4, Role.DEPARTMENT_HEAD, 2, "/1/2/", "P", 7L)));
        assertThat(actor.visibleRoots()).extracting(Grant::unitId).containsExactly(2L);
        assertThat(actor.rootsFor(Role.UNIT_OFFICER)).extracting(Grant::unitId).containsExactly(3L);
        assertThat(actor.headsDepartment(7)).isTrue();
        assertThat(actor.headsDepartment(8)).isFalse();
    }
}
