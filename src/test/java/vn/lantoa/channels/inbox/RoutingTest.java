package vn.lantoa.channels.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing a new conversation by its first message: keywords without diacritics or case, in order, whole words, and the default. */
class RoutingTest {

    static final long FAMILY = 1;
    static final long POLICY = 2;
    static final long PROPAGANDA = 3;
    final List<Routing.Rule> rules = List.of(new Routing.Rule("bạo lực, Hôn nhân; ly hôn", FAMILY), new Routing.Rule("vay vốn, pháp luật", POLICY));

    @Test
    void aKeywordMatchesWithOrWithoutDiacriticsAndCase() {
        assertThat(Routing.route("Chị ơi em bị BẠO LỰC gia đình", rules, PROPAGANDA))
                .isEqualTo(new Routing.Decision(FAMILY, Routing.RoutedBy.RULE, "bao luc"));
        assertThat(Routing.route("em bi bao luc", rules, PROPAGANDA).departmentId()).isEqualTo(FAMILY);
        assertThat(Routing.route("Thủ tục LY HÔN thế nào?", rules, PROPAGANDA).keyword()).isEqualTo("ly hon");
        assertThat(Routing.route("Đăng ký VAY-VỐN ở đâu", rules, PROPAGANDA).departmentId()).as("punctuation between words").isEqualTo(POLICY);
    }

    @Test
    void theFirstRuleInOrderWinsAndOnlyWholeWordsCount() {
        assertThat(Routing.route("Vay vốn sau ly hôn", rules, PROPAGANDA).departmentId()).as("the first rule, not the first word").isEqualTo(FAMILY);
        assertThat(Routing.route("Cho hỏi về bạo lựcc", rules, PROPAGANDA).by()).isEqualTo(Routing.RoutedBy.DEFAULT);
    }

    @Test
    void withoutAMatchTheDefaultOrNobody() {
        assertThat(Routing.route("Lịch sinh hoạt chi hội?", rules, PROPAGANDA))
                .isEqualTo(new Routing.Decision(PROPAGANDA, Routing.RoutedBy.DEFAULT, null));
        assertThat(Routing.route(null, rules, null)).isEqualTo(new Routing.Decision(null, Routing.RoutedBy.NONE, null));
        assertThat(Routing.route("bạo lực", List.of(), null).by()).isEqualTo(Routing.RoutedBy.NONE);
    }

    @Test
    void keywordsAreStoredFolded() {
        assertThat(Routing.foldedKeywords(" Bạo lực , , Đất đai;Hôn nhân ")).isEqualTo("bao luc,dat dai,hon nhan");
    }
}
