package vn.lantoa.portal.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lantoa.common.web.InvalidInput;

/** Reading a file of old addresses and checking each line, without a database. */
class LegacyPlanTest {

    private static final String SITE_PATH = "/1/2/";

    /** Stories 10, 11, 12 are published on the site, 20 on another site; /da-co.html already leads to 10. */
    private static final LegacyPlan.Lookup LOOKUP = new LegacyPlan.Lookup() {
        @Override
        public Map<String, Long> existing(Collection<String> oldPaths) {
            return oldPaths.stream().filter(p -> p.equals("/da-co.html") || p.equals("/da-co-khac.html"))
                    .collect(Collectors.toMap(p -> p, p -> 10L));
        }

        @Override
        public Map<Long, String> publishedStories(Collection<Long> ids) {
            Map<Long, String> all = Map.of(10L, "/1/2/5/", 11L, "/1/2/", 12L, "/1/2/7/9/", 20L, "/1/3/");
            return ids.stream().filter(all::containsKey).collect(Collectors.toMap(id -> id, all::get));
        }
    };

    private static LegacyPlan plan(String csv) {
        return LegacyPlan.of(LegacyFile.read(csv.getBytes(StandardCharsets.UTF_8)), SITE_PATH, "Hội LHPN tỉnh", LOOKUP);
    }

    @Test
    void goodFileWithBomAndSemicolonsAddsEveryLine() {
        LegacyPlan plan = plan("\uFEFFold_url;story_id\n/tin-tuc/a.html;10\nhttps://cu.vn/index.php?id=5&option=com_content;#11\n\n"
                + "/da-co.html;10\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.additions()).extracting(LegacyPlan.Addition::line, LegacyPlan.Addition::oldPath, LegacyPlan.Addition::storyId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "/tin-tuc/a.html", 10L),
                        org.assertj.core.groups.Tuple.tuple(3, "/index.php?id=5&option=com_content", 11L));
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.isApplicable()).isTrue();
    }

    @Test
    void newLinksAndVietnameseHeadersAreUnderstood() {
        LegacyPlan plan = plan("Địa chỉ cũ,Đường dẫn mới\n/a.html,https://moi.vn/tin/phu-nu-12\n/b.html,/tin/abc-11\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.additions()).extracting(LegacyPlan.Addition::storyId).containsExactly(12L, 11L);
    }

    @Test
    void aFileWithoutHeaderIsOldAddressThenStory() {
        LegacyPlan plan = plan("/a.html,10\n/b.html,/tin/b-11\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.additions()).extracting(LegacyPlan.Addition::storyId).containsExactly(10L, 11L);
    }

    @Test
    void everyBadLineIsNamedWithItsReason() {
        String longUrl = "/" + "a".repeat(1100);
        LegacyPlan plan = plan("old_url,story_id,new_url\n"
                + "/tot.html,10,\n"                    // 2 fine
                + "khong phai url,10,\n"               // 3 not a URL
                + ",10,\n"                             // 4 no old address
                + longUrl + ",10,\n"                   // 5 too long
                + "/admin/units,10,\n"                 // 6 staff area
                + "/TOT.html/,11,\n"                   // 7 same as line 2
                + "/x.html,abc,\n"                     // 8 not a number
                + "/y.html,,\n"                        // 9 no story
                + "/z.html,,/chuyen-muc/abc\n"         // 10 not a story link
                + "/w.html,10,/tin/w-11\n"             // 11 two different stories
                + "/v.html,99,\n"                      // 12 unknown or unpublished
                + "/u.html,20,\n"                      // 13 another site's story
                + "/da-co.html,11,\n");                // 14 already leads to 10
        assertThat(plan.problems()).extracting(LegacyPlan.Problem::line, LegacyPlan.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "portal.legacy.error.notUrl"),
                org.assertj.core.groups.Tuple.tuple(4, "portal.legacy.error.oldMissing"),
                org.assertj.core.groups.Tuple.tuple(5, "portal.legacy.error.tooLong"),
                org.assertj.core.groups.Tuple.tuple(6, "portal.legacy.error.reserved"),
                org.assertj.core.groups.Tuple.tuple(7, "portal.legacy.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8, "portal.legacy.error.storyIdInvalid"),
                org.assertj.core.groups.Tuple.tuple(9, "portal.legacy.error.targetMissing"),
                org.assertj.core.groups.Tuple.tuple(10, "portal.legacy.error.notStoryLink"),
                org.assertj.core.groups.Tuple.tuple(11, "portal.legacy.error.targetsDisagree"),
                org.assertj.core.groups.Tuple.tuple(12, "portal.legacy.error.storyMissing"),
                org.assertj.core.groups.Tuple.tuple(13, "portal.legacy.error.storyElsewhere"),
                org.assertj.core.groups.Tuple.tuple(14, "portal.legacy.error.conflict"));
        assertThat(plan.problems().get(4).args()).containsExactly("2");
        assertThat(plan.problems().get(2).oldUrl()).hasSize(LegacyPlan.SHOWN_LENGTH).endsWith("…");
        assertThat(plan.isApplicable()).as("all or nothing").isFalse();
    }

    @Test
    void wholeFileRefusals() {
        assertRefused(new byte[0], "portal.legacy.error.empty");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, (byte) 0xff, (byte) 0xfe}, "portal.legacy.error.notText");
        assertRefused("old_url,story_id\n/a.html,1\n".getBytes(StandardCharsets.UTF_16LE), "portal.legacy.error.notText");
        assertRefused("a,b\nx,y\n".getBytes(StandardCharsets.UTF_8), "portal.legacy.error.missingOld");
        assertRefused("old_url,title\n/a.html,x\n".getBytes(StandardCharsets.UTF_8), "portal.legacy.error.missingTarget");
        assertRefused("old_url,story_id\n".getBytes(StandardCharsets.UTF_8), "portal.legacy.error.noRows");
        assertRefused("old_url,story_id\n\"/a.html,1\n/b.html,2\n".getBytes(StandardCharsets.UTF_8), "portal.legacy.error.malformed");
        assertRefused(new byte[LegacyFile.MAX_BYTES + 1], "portal.legacy.error.tooLarge");
        StringBuilder many = new StringBuilder("old_url,story_id\n");
        for (int i = 0; i <= LegacyFile.MAX_ROWS; i++) {
            many.append("/a").append(i).append(",1\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "portal.legacy.error.tooManyRows");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> LegacyFile.read(content)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }

    @Test
    void keysOfAllProblemsExistInBothLanguages() throws Exception {
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/" + bundle), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : List.of("empty", "notText", "missingOld", "missingTarget", "noRows", "malformed", "tooLarge",
                    "tooManyRows", "notUrl", "oldMissing", "tooLong", "reserved", "duplicate", "storyIdInvalid", "targetMissing",
                    "notStoryLink", "targetsDisagree", "storyMissing", "storyElsewhere", "conflict", "forbidden", "noFile",
                    "alreadyApplied", "hasProblems", "importNotFound")) {
                assertThat(messages.getProperty("portal.legacy.error." + key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }
}
