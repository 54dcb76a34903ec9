package vn.lantoa.channels.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules without Spring: profile addresses, declarations and the matching of an interaction list. */
class ParticipationRulesTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void profileAddressesAreKeyedWhateverTheirSpelling() {
        assertThat(ProfileLink.parse("https://www.facebook.com/profile.php?id=100012345678").orElseThrow().key()).isEqualTo("id:100012345678");
        assertThat(ProfileLink.parse("m.facebook.com/profile.php?ref=x&id=100012345678").orElseThrow().key()).isEqualTo("id:100012345678");
        assertThat(ProfileLink.parse("https://www.facebook.com/people/Le-Thi-Hoa/100012345678/").orElseThrow().key()).isEqualTo("id:100012345678");
        assertThat(ProfileLink.parse("http://fb.com/Le.Thi.Hoa.89").orElseThrow().key()).isEqualTo("u:le.thi.hoa.89");
        assertThat(ProfileLink.parse("https://web.facebook.com/le.thi.hoa.89/?locale=vi_VN").orElseThrow().url())
                .isEqualTo("https://www.facebook.com/le.thi.hoa.89");
        assertThat(ProfileLink.parse("https://www.facebook.com/groups/123456789")).isEmpty();
        assertThat(ProfileLink.parse("https://www.facebook.com/share/18KdUfMom9/")).isEmpty();
        assertThat(ProfileLink.parse("https://www.facebook.com/hoilhpn.thanhhoa/posts/123")).isEmpty();
        assertThat(ProfileLink.parse("https://www.facebook.com.evil.vn/le.thi.hoa")).isEmpty();
        assertThat(ProfileLink.parse("https://zalo.me/0912345678")).isEmpty();
        assertThat(ProfileLink.parse("javascript:alert(1)")).isEmpty();
    }

    @Test
    void aDeclarationReportsEveryWrongFieldAtOnce() {
        var checked = DeclarationRules.check(new DeclarationForm(99L, "https://www.facebook.com/groups/123", "2027-01", "-3"), List.of(7L), NOW);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).containsOnlyKeys("channelId", "profile", "month", "interactions");
        assertThat(checked.problems().get("profile").messageKey()).isEqualTo("channels.participation.error.profile.notFacebook");
        assertThat(checked.problems().get("month").messageKey()).isEqualTo("channels.participation.error.month.future");
        assertThat(checked.problems().get("interactions").messageKey()).isEqualTo("channels.participation.error.interactions.negative");

        assertThat(DeclarationRules.check(new DeclarationForm(7L, "Hoa Lê", "2026-12", "2,5"), List.of(7L), NOW).problems().get("interactions")
                .messageKey()).isEqualTo("channels.participation.error.interactions.whole");
        assertThat(DeclarationRules.check(new DeclarationForm(7L, "Hoa Lê", "2026-12", "1001"), List.of(7L), NOW).problems().get("interactions")
                .messageKey()).isEqualTo("channels.participation.error.interactions.tooMany");
        assertThat(DeclarationRules.check(new DeclarationForm(7L, "Hoa Lê", "12/2026", "3"), List.of(7L), NOW).problems().get("month")
                .messageKey()).isEqualTo("channels.participation.error.month.format");
        assertThat(DeclarationRules.check(new DeclarationForm(7L, "", "2026-12", "3"), List.of(7L), NOW).problems().get("profile")
                .messageKey()).isEqualTo("channels.participation.error.profile.required");
    }

    @Test
    void aGoodDeclarationKeepsTheProfileAsAddressOrName() {
        var byLink = DeclarationRules.check(new DeclarationForm(7L, "facebook.com/profile.php?id=100077", "2026-12", " 1000 "), List.of(7L), NOW);
        assertThat(byLink.ok()).isTrue();
        assertThat(byLink.link().key()).isEqualTo("id:100077");
        assertThat(byLink.interactions()).isEqualTo(1000);
        var byName = DeclarationRules.check(new DeclarationForm(7L, "Hoa Lê Thị", "2025-01", "0"), List.of(7L), NOW);
        assertThat(byName.ok()).isTrue();
        assertThat(byName.profileName()).isEqualTo("Hoa Lê Thị");
        assertThat(byName.link()).isNull();
        assertThat(DeclarationRules.check(new DeclarationForm(7L, "Hoa", "2024-11", "0"), List.of(7L), NOW).problems().get("month").messageKey())
                .isEqualTo("channels.participation.error.month.old");
    }

    @Test
    void matchingTakesTheProfileFirstThenTheNameAndNeverGuesses() {
        MatchCandidate hoa = new MatchCandidate(1, "Lê Thị Hoa", "Xã A", NameKey.of("Lê Thị Hoa"), "u:hoa.le", "");
        MatchCandidate lan1 = new MatchCandidate(2, "Nguyễn Thị Lan", "Xã A", NameKey.of("Nguyễn Thị Lan"), null, "");
        MatchCandidate lan2 = new MatchCandidate(3, "Nguyễn Thị Lan", "Xã B", NameKey.of("Nguyễn Thị Lan"), null, "");
        MatchCandidate mai = new MatchCandidate(4, "Trịnh Thị Mai", "Xã B", NameKey.of("Trịnh Thị Mai"), null, NameKey.of("Mai Trịnh"));
        List<InteractionFile.Entry> rows = List.of(
                new InteractionFile.Entry(2, "Hoa Facebook Name", "https://www.facebook.com/hoa.le", "3", "05/12/2026"),
                new InteractionFile.Entry(3, "LE THI HOA", "", "2", "2026-12-06"),
                new InteractionFile.Entry(4, "Nguyen Thi Lan", "", "1", ""),
                new InteractionFile.Entry(5, "Mai Trinh", "", "", ""),
                new InteractionFile.Entry(6, "Mai Trinh", "", "", ""),
                new InteractionFile.Entry(7, "Người Lạ", "", "4", ""),
                new InteractionFile.Entry(8, "Lê Thị Hoa", "", "-1", ""),
                new InteractionFile.Entry(9, "Lê Thị Hoa", "", "1", "30/11/2026"),
                new InteractionFile.Entry(10, "", "", "1", ""));
        InteractionPlan plan = InteractionPlan.of(rows, NOW, List.of(hoa, lan1, lan2, mai));
        assertThat(plan.lines()).extracting(InteractionPlan.Line::outcome).containsExactly(InteractionPlan.Outcome.MATCHED,
                InteractionPlan.Outcome.MATCHED, InteractionPlan.Outcome.AMBIGUOUS, InteractionPlan.Outcome.MATCHED,
                InteractionPlan.Outcome.DUPLICATE, InteractionPlan.Outcome.UNMATCHED, InteractionPlan.Outcome.ERROR,
                InteractionPlan.Outcome.ERROR, InteractionPlan.Outcome.ERROR);
        assertThat(plan.lines().get(0).byLink()).isTrue();
        assertThat(plan.lines().get(6).messageKey()).isEqualTo("channels.participation.import.row.negative");
        assertThat(plan.lines().get(7).messageKey()).isEqualTo("channels.participation.import.row.otherMonth");
        assertThat(plan.lines().get(2).args()[0]).isEqualTo(2);
        assertThat(plan.totals()).extracting(t -> t.cadre().id() + "=" + t.interactions()).containsExactly("1=5", "4=1");
    }
}
