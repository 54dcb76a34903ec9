package vn.lantoa.channels.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules' conditions on plain text: each condition, Vietnamese without diacritics or case, whole words, AND. */
class ModerationRuleTest {

    private static ModerationRule rule(List<String> keywords, boolean link, boolean emoji, boolean newAuthor) {
        return new ModerationRule(1, 1, null, "r", keywords, link, emoji, newAuthor, RuleAction.FLAG, null, 1, true);
    }

    @Test
    void keywordsMatchWithoutDiacriticsOrCaseAsWholeWords() {
        ModerationRule scam = rule(List.of("lừa đảo", "vay tiền"), false, false, false);
        assertThat(scam.matches("Trang này LUA DAO đấy mọi người", false)).isTrue();
        assertThat(scam.matches("lừa   đảo!!!", false)).isTrue();
        assertThat(scam.matches("Ai cần Vay Tiền nhanh inbox", false)).isTrue();
        assertThat(scam.matches("Lựa đào ngon", false)).isTrue();
        assertThat(scam.matches("Hội phụ nữ tuyên truyền phòng chống tội phạm", false)).isFalse();
        assertThat(scam.matches("luadao", false)).isFalse();
        assertThat(rule(List.of("Đảng"), false, false, false).matches("dang bo xa", false)).isTrue();
    }

    @Test
    void aLinkIsAnAddressWithOrWithoutItsScheme() {
        ModerationRule link = rule(List.of(), true, false, false);
        assertThat(link.matches("Xem tại https://vay-nhanh.example/abc", false)).isTrue();
        assertThat(link.matches("vào www.kiemtien.vn nhé", false)).isTrue();
        assertThat(link.matches("truy cập kiemtien.com ngay", false)).isTrue();
        assertThat(link.matches("Cảm ơn Hội. Chúc mọi người khỏe.", false)).isFalse();
    }

    @Test
    void onlyEmojisIsEmojisAndSpacesWithNothingElse() {
        assertThat(CommentText.onlyEmoji("❤️❤️ 👍")).isTrue();
        assertThat(CommentText.onlyEmoji("👍🏽")).isTrue();
        assertThat(CommentText.onlyEmoji("👨‍👩‍👧")).isTrue();
        assertThat(CommentText.onlyEmoji("Hay quá 👍")).isFalse();
        assertThat(CommentText.onlyEmoji("100")).isFalse();
        assertThat(CommentText.onlyEmoji("   ")).isFalse();
        assertThat(rule(List.of(), false, true, false).matches("😡😡😡", false)).isTrue();
    }

    @Test
    void aNewAuthorIsOneWhoseFirstCommentThisIs() {
        ModerationRule first = rule(List.of(), false, false, true);
        assertThat(first.matches("Xin chào", true)).isTrue();
        assertThat(first.matches("Xin chào", false)).isFalse();
    }

    @Test
    void conditionsCombineWithAnd() {
        ModerationRule spam = rule(List.of("kiếm tiền"), true, false, true);
        assertThat(spam.matches("Kiem tien online tai https://x.example", true)).isTrue();
        assertThat(spam.matches("Kiem tien online tai https://x.example", false)).isFalse();
        assertThat(spam.matches("Kiem tien online", true)).isFalse();
        assertThat(spam.matches("https://x.example", true)).isFalse();
    }

    @Test
    void aRuleWithoutConditionMatchesNothing() {
        assertThat(rule(List.of(), false, false, false).matches("bất cứ gì", true)).isFalse();
    }

    @Test
    void theEditorsKeywordListIsSplitByLinesAndCommas() {
        assertThat(ModerationRules.keywords(" lừa đảo \n\nvay tiền, cờ bạc; lừa đảo")).containsExactly("lừa đảo", "vay tiền", "cờ bạc");
        assertThat(ModerationRules.keywords(" \n , ")).isEmpty();
    }
}
