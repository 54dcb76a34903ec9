package vn.lantoa.channels.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.web.InvalidInput;

/** Which pasted addresses are posts of the queue item's very group. */
class GroupPostAddressTest {

    private static final String GROUP = "https://www.facebook.com/groups/PhuNuHacThanh";

    private static String refusal(String typed) {
        try {
            GroupPostAddress.check(ChannelKind.FACEBOOK_GROUP, GROUP, typed, 1);
            return "accepted";
        } catch (InvalidInput e) {
            return e.messageKey();
        }
    }

    @Test
    void postsOfTheGroupAreAcceptedInTheirUsualShapes() {
        assertThat(GroupPostAddress.check(ChannelKind.FACEBOOK_GROUP, GROUP, "https://www.facebook.com/groups/phunuhacthanh/posts/1234567890", 1))
                .isEqualTo(new GroupPostAddress.Post("https://www.facebook.com/groups/phunuhacthanh/posts/1234567890", "group-post-1234567890"));
        assertThat(refusal("m.facebook.com/groups/PhuNuHacThanh/permalink/1234567890/?ref=share")).isEqualTo("accepted");
        assertThat(refusal("  https://web.facebook.com/groups/phunuhacthanh/posts/pfbid02abcDEF/  ")).isEqualTo("accepted");
    }

    @Test
    void aGroupKnownByItsNumberAcceptsPostsAddressedByTheNumber() {
        assertThat(GroupPostAddress.check(ChannelKind.FACEBOOK_GROUP, "https://www.facebook.com/groups/123456789012345",
                "https://www.facebook.com/groups/123456789012345/posts/55", 9).externalId()).isEqualTo("group-post-55");
    }

    @Test
    void otherGroupsOtherSitesAndNonPostsAreRefusedWithTheReason() {
        assertThat(refusal("https://www.facebook.com/groups/phunukhac/posts/1234567890")).isEqualTo("channels.publishing.url.otherGroup");
        assertThat(refusal(GROUP)).isEqualTo("channels.publishing.url.notAPost");
        assertThat(refusal("https://www.facebook.com/hoilhpn.thanhhoa/posts/123")).isEqualTo("channels.publishing.url.notAPost");
        assertThat(refusal("https://zalo.me/g/abcdef")).isEqualTo("channels.publishing.url.notAPost");
        assertThat(refusal("https://www.facebook.com.evil.example/groups/PhuNuHacThanh/posts/1")).isEqualTo("channels.publishing.url.notAPost");
        assertThat(refusal("")).isEqualTo("channels.publishing.url.required");
        assertThat(refusal("https://www.facebook.com/groups/PhuNuHacThanh/posts/" + "1".repeat(600))).isEqualTo("channels.publishing.url.tooLong");
    }

    @Test
    void aZaloGroupNeedsNoAddressButAGivenOneMustBeTheGroups() {
        assertThat(GroupPostAddress.check(ChannelKind.ZALO_GROUP, "https://zalo.me/g/abcdef", "", 7))
                .isEqualTo(new GroupPostAddress.Post(null, "delivery-7"));
        assertThat(GroupPostAddress.check(ChannelKind.ZALO_GROUP, "https://zalo.me/g/abcdef", "zalo.me/g/abcdef", 7).url()).contains("zalo.me/g/abcdef");
        assertThatThrownBy(() -> GroupPostAddress.check(ChannelKind.ZALO_GROUP, "https://zalo.me/g/abcdef", "https://zalo.me/g/zzzzzz", 7))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("channels.publishing.url.notTheZaloGroup");
    }
}
