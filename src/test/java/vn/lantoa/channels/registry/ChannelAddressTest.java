package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelAddress.Reason;
import vn.lantoa.channels.registry.ChannelAddress.Refused;

class ChannelAddressTest {

    private static Reason refusal(ChannelKind kind, String url) {
        try {
            ChannelAddress.of(kind, url);
        } catch (Refused e) {
            return e.reason();
        }
        throw new AssertionError(url + " was accepted as " + kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.facebook.com/hoilhpn.thanhhoa",
        "https://www.facebook.com/hoilhpn.thanhhoa/",
        "http://facebook.com/hoilhpn.thanhhoa",
        "facebook.com/hoilhpn.thanhhoa",
        "www.facebook.com/HoiLHPN.ThanhHoa",
        "https://m.facebook.com/hoilhpn.thanhhoa?ref=bookmarks",
        "https://web.facebook.com/hoilhpn.thanhhoa/#top",
        "https://fb.com/hoilhpn.thanhhoa",
        "https://www.fb.com/hoilhpn.thanhhoa/",
        "  https://www.facebook.com/hoilhpn.thanhhoa?mibextid=ZbWKwL  ",
        "https://www.facebook.com/hoilhpn.thanhhoa/about",
        "https://mbasic.facebook.com/hoilhpn.thanhhoa",
    })
    void variantsOfOneFanpageHaveOneKey(String url) {
        ChannelAddress.Address address = ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, url);
        assertThat(address.key()).isEqualTo("facebook.com/hoilhpn.thanhhoa");
        assertThat(address.externalId()).isNull();
        assertThat(address.url()).startsWith("http");
    }

    @Test
    void aFanpageByItsNumericIdCarriesTheId() {
        ChannelAddress.Address byProfile = ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/profile.php?id=100064512345678");
        assertThat(byProfile.key()).isEqualTo("facebook.com/100064512345678");
        assertThat(byProfile.externalId()).isEqualTo("100064512345678");
        assertThat(ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "m.facebook.com/profile.php?id=100064512345678&sk=about").key())
                .isEqualTo(byProfile.key());
        assertThat(ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/100064512345678").externalId())
                .isEqualTo("100064512345678");
        assertThat(ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/people/Hoi-LHPN/100064512345678/").key())
                .isEqualTo(byProfile.key());
        assertThat(ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/pages/Hoi-LHPN-xa/100064512345678").externalId())
                .isEqualTo("100064512345678");
        assertThat(refusal(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/profile.php")).isEqualTo(Reason.NOT_A);
        assertThat(refusal(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/profile.php?id=abc")).isEqualTo(Reason.NOT_A);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.facebook.com/hoilhpn.thanhhoa/posts/pfbid02abc, POST",
        "https://www.facebook.com/hoilhpn.thanhhoa/posts/123456789, POST",
        "https://www.facebook.com/permalink.php?story_fbid=123&id=456, POST",
        "https://www.facebook.com/story.php?story_fbid=123&id=456, POST",
        "https://www.facebook.com/photo.php?fbid=123, POST",
        "https://www.facebook.com/photo/?fbid=123&set=a.456, POST",
        "https://www.facebook.com/hoilhpn.thanhhoa/photos/a.123/456/, POST",
        "https://www.facebook.com/hoilhpn.thanhhoa/videos/123456/, VIDEO",
        "https://www.facebook.com/watch/?v=123456, VIDEO",
        "https://www.facebook.com/reel/123456, VIDEO",
        "https://fb.watch/abcDEF/, SHARE",
        "https://www.facebook.com/events/123456789/, EVENT",
        "https://www.facebook.com/groups/phunuhacthanh, WRONG_KIND",
        "https://www.facebook.com/share/p/1AbCdEf/, SHARE",
        "https://www.facebook.com/share/1AbCdEf/, SHARE",
        "https://www.facebook.com/sharer/sharer.php?u=https://x.vn, SHARE",
        "https://fb.me/abc, SHARE",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fx.vn, SHARE",
        "https://www.facebook.com/login/?next=%2Fhoilhpn.thanhhoa, LOGIN",
        "https://www.facebook.com/login.php, LOGIN",
        "https://www.facebook.com/, HOME_PAGE",
        "https://www.facebook.com, HOME_PAGE",
        "https://www.facebook.com/hashtag/phunu, NOT_A",
        "https://www.facebook.com/marketplace/, NOT_A",
        "https://www.facebook.com/hoilhpn.thanhhoa/something-else, NOT_A",
        "https://zalo.me/4318123456789012345, WRONG_KIND",
        "https://www.youtube.com/@hoilhpnthanhhoa, WRONG_KIND",
        "https://thanhhoa.gov.vn/hoi-phu-nu, OTHER_SITE",
        "facebook, MALFORMED",
        "https://, MALFORMED",
        "javascript:alert(1), MALFORMED",
        "ftp://facebook.com/hoilhpn, MALFORMED",
        "https://www.facebook.com/hoi lhpn, MALFORMED",
    })
    void whatIsNotAFanpageIsRefusedWithTheReason(String url, Reason reason) {
        assertThat(refusal(ChannelKind.FACEBOOK_PAGE, url)).isEqualTo(reason);
    }

    @Test
    void aWrongKindNamesTheKindTheAddressIs() {
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "https://www.facebook.com/groups/phunuhacthanh"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.actualKind()).isEqualTo(ChannelKind.FACEBOOK_GROUP);
                    assertThat(e.kind()).isEqualTo(ChannelKind.FACEBOOK_PAGE);
                    assertThat(e.messageKey()).isEqualTo("channels.address.refused.WRONG_KIND");
                });
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.WEBSITE, "https://www.facebook.com/hoilhpn.thanhhoa"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.actualKind()).isEqualTo(ChannelKind.FACEBOOK_PAGE));
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.ZALO_OA, "https://zalo.me/g/abcdef123"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.actualKind()).isEqualTo(ChannelKind.ZALO_GROUP));
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.FACEBOOK_GROUP, "https://www.facebook.com/hoilhpn.thanhhoa"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.actualKind()).isEqualTo(ChannelKind.FACEBOOK_PAGE));
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.TIKTOK, "https://www.youtube.com/@hoilhpn"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.actualKind()).isEqualTo(ChannelKind.YOUTUBE));
        assertThatThrownBy(() -> ChannelAddress.of(ChannelKind.YOUTUBE, "https://www.example.vn/kenh"))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER_SITE);
                    assertThat(e.detail()).isEqualTo("example.vn");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.facebook.com/groups/phunuhacthanh, facebook.com/groups/phunuhacthanh,",
        "https://m.facebook.com/groups/PhuNuHacThanh/?ref=share, facebook.com/groups/phunuhacthanh,",
        "facebook.com/groups/phunuhacthanh/about, facebook.com/groups/phunuhacthanh,",
        "https://web.facebook.com/groups/phunuhacthanh/members/, facebook.com/groups/phunuhacthanh,",
        "https://www.facebook.com/groups/1234567890123/, facebook.com/groups/1234567890123, 1234567890123",
        "https://fb.com/groups/1234567890123?sorting_setting=CHRONOLOGICAL, facebook.com/groups/1234567890123, 1234567890123",
    })
    void facebookGroups(String url, String key, String id) {
        ChannelAddress.Address address = ChannelAddress.of(ChannelKind.FACEBOOK_GROUP, url);
        assertThat(address.key()).isEqualTo(key);
        assertThat(address.externalId()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.facebook.com/groups/phunuhacthanh/posts/123456/, POST",
        "https://www.facebook.com/groups/phunuhacthanh/permalink/123456/, POST",
        "https://www.facebook.com/groups/feed/, NOT_A",
        "https://www.facebook.com/groups/, NOT_A",
        "https://www.facebook.com/share/g/1AbCdEf/, SHARE",
        "https://www.facebook.com/hoilhpn.thanhhoa, WRONG_KIND",
        "https://www.facebook.com/watch/?v=1, VIDEO",
        "https://www.facebook.com/login, LOGIN",
        "https://zalo.me/g/abcdef, WRONG_KIND",
    })
    void whatIsNotAFacebookGroup(String url, Reason reason) {
        assertThat(refusal(ChannelKind.FACEBOOK_GROUP, url)).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "https://zalo.me/4318123456789012345, zalo.me/4318123456789012345, 4318123456789012345",
        "zalo.me/4318123456789012345/, zalo.me/4318123456789012345, 4318123456789012345",
        "https://oa.zalo.me/4318123456789012345, zalo.me/4318123456789012345, 4318123456789012345",
        "https://www.zalo.me/4318123456789012345?src=qr, zalo.me/4318123456789012345, 4318123456789012345",
        "https://zalo.me/HoiLHPNThanhHoa, zalo.me/hoilhpnthanhhoa,",
        "https://oa.zalo.me/hoilhpnthanhhoa, zalo.me/hoilhpnthanhhoa,",
    })
    void zaloOfficialAccounts(String url, String key, String id) {
        ChannelAddress.Address address = ChannelAddress.of(ChannelKind.ZALO_OA, url);
        assertThat(address.key()).isEqualTo(key);
        assertThat(address.externalId()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "https://zalo.me/0912345678, PERSONAL",
        "https://zalo.me/84912345678, PERSONAL",
        "https://zalo.me/, HOME_PAGE",
        "https://chat.zalo.me/, NOT_A",
        "https://oa.zalo.me/home, NOT_A",
        "https://zalo.me/s/4318123456789012345/, SHARE",
        "https://zalo.me/g/abcdef123, WRONG_KIND",
        "https://www.facebook.com/hoilhpn.thanhhoa, WRONG_KIND",
    })
    void whatIsNotAZaloOa(String url, Reason reason) {
        assertThat(refusal(ChannelKind.ZALO_OA, url)).isEqualTo(reason);
    }

    @Test
    void zaloGroupsKeepTheirCaseSensitiveCode() {
        ChannelAddress.Address group = ChannelAddress.of(ChannelKind.ZALO_GROUP, "https://zalo.me/g/AbCdEf123");
        assertThat(group.key()).isEqualTo("zalo.me/g/AbCdEf123");
        assertThat(ChannelAddress.of(ChannelKind.ZALO_GROUP, "zalo.me/g/AbCdEf123/?utm=x").key()).isEqualTo(group.key());
        assertThat(ChannelAddress.of(ChannelKind.ZALO_GROUP, "https://zalo.me/g/abcdef123").key()).isNotEqualTo(group.key());
        assertThat(refusal(ChannelKind.ZALO_GROUP, "https://zalo.me/g/")).isEqualTo(Reason.NOT_A);
        assertThat(refusal(ChannelKind.ZALO_GROUP, "https://zalo.me/4318123456789012345")).isEqualTo(Reason.WRONG_KIND);
        assertThat(refusal(ChannelKind.ZALO_GROUP, "https://zalo.me/0912345678")).isEqualTo(Reason.PERSONAL);
        assertThat(refusal(ChannelKind.ZALO_GROUP, "https://example.vn/g/abc")).isEqualTo(Reason.OTHER_SITE);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/@hoilhpnthanhhoa, youtube.com/@hoilhpnthanhhoa,",
        "https://m.youtube.com/@HoiLHPNThanhHoa/videos, youtube.com/@hoilhpnthanhhoa,",
        "youtube.com/@hoilhpnthanhhoa?si=abc, youtube.com/@hoilhpnthanhhoa,",
        "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv, youtube.com/channel/UCabcdefghijklmnopqrstuv, UCabcdefghijklmnopqrstuv",
        "https://www.youtube.com/c/HoiLHPNThanhHoa, youtube.com/c/hoilhpnthanhhoa,",
        "https://www.youtube.com/user/hoilhpn/featured, youtube.com/user/hoilhpn,",
    })
    void youtubeChannels(String url, String key, String id) {
        ChannelAddress.Address address = ChannelAddress.of(ChannelKind.YOUTUBE, url);
        assertThat(address.key()).isEqualTo(key);
        assertThat(address.externalId()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ, VIDEO",
        "https://youtu.be/dQw4w9WgXcQ, VIDEO",
        "https://www.youtube.com/shorts/abc123, VIDEO",
        "https://www.youtube.com/live/abc123, VIDEO",
        "https://www.youtube.com/, HOME_PAGE",
        "https://www.youtube.com/channel/notanid, NOT_A",
        "https://www.youtube.com/playlist?list=PL123, NOT_A",
    })
    void whatIsNotAYoutubeChannel(String url, Reason reason) {
        assertThat(refusal(ChannelKind.YOUTUBE, url)).isEqualTo(reason);
    }

    @Test
    void tiktok() {
        assertThat(ChannelAddress.of(ChannelKind.TIKTOK, "https://www.tiktok.com/@hoilhpnthanhhoa").key()).isEqualTo("tiktok.com/@hoilhpnthanhhoa");
        assertThat(ChannelAddress.of(ChannelKind.TIKTOK, "tiktok.com/@HoiLHPNThanhHoa?lang=vi-VN").key()).isEqualTo("tiktok.com/@hoilhpnthanhhoa");
        assertThat(ChannelAddress.of(ChannelKind.TIKTOK, "https://m.tiktok.com/@hoilhpnthanhhoa/").key()).isEqualTo("tiktok.com/@hoilhpnthanhhoa");
        assertThat(refusal(ChannelKind.TIKTOK, "https://www.tiktok.com/@hoilhpnthanhhoa/video/7301234567890123456")).isEqualTo(Reason.VIDEO);
        assertThat(refusal(ChannelKind.TIKTOK, "https://www.tiktok.com/@hoilhpnthanhhoa/photo/7301234567890123456")).isEqualTo(Reason.POST);
        assertThat(refusal(ChannelKind.TIKTOK, "https://vm.tiktok.com/ZSabc123/")).isEqualTo(Reason.SHARE);
        assertThat(refusal(ChannelKind.TIKTOK, "https://www.tiktok.com/t/ZSabc123/")).isEqualTo(Reason.SHARE);
        assertThat(refusal(ChannelKind.TIKTOK, "https://www.tiktok.com/")).isEqualTo(Reason.HOME_PAGE);
        assertThat(refusal(ChannelKind.TIKTOK, "https://www.tiktok.com/foryou")).isEqualTo(Reason.NOT_A);
    }

    @Test
    void websites() {
        ChannelAddress.Address site = ChannelAddress.of(ChannelKind.WEBSITE, "https://www.phunuthanhhoa.vn/");
        assertThat(site.key()).isEqualTo("phunuthanhhoa.vn");
        assertThat(ChannelAddress.of(ChannelKind.WEBSITE, "phunuthanhhoa.vn").key()).isEqualTo("phunuthanhhoa.vn");
        assertThat(ChannelAddress.of(ChannelKind.WEBSITE, "http://PhuNuThanhHoa.vn/?utm_source=x#top").key()).isEqualTo("phunuthanhhoa.vn");
        assertThat(ChannelAddress.of(ChannelKind.WEBSITE, "https://thanhhoa.gov.vn/hoi-phu-nu/").key()).isEqualTo("thanhhoa.gov.vn/hoi-phu-nu");
        assertThat(ChannelAddress.of(ChannelKind.WEBSITE, "https://thanhhoa.gov.vn/hội-phụ-nữ").key()).isEqualTo("thanhhoa.gov.vn/hội-phụ-nữ");
        assertThat(ChannelAddress.of(ChannelKind.WEBSITE, "thanhhoa.gov.vn:8080/hoi").url()).isEqualTo("https://thanhhoa.gov.vn:8080/hoi");
        assertThat(refusal(ChannelKind.WEBSITE, "https://localhost/")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal(ChannelKind.WEBSITE, "mailto:hoi@thanhhoa.vn")).isEqualTo(Reason.MALFORMED);
        assertThat(refusal(ChannelKind.WEBSITE, "")).isEqualTo(Reason.REQUIRED);
        assertThat(refusal(ChannelKind.WEBSITE, "   ")).isEqualTo(Reason.REQUIRED);
        assertThat(refusal(ChannelKind.WEBSITE, "https://x.vn/" + "a".repeat(600))).isEqualTo(Reason.TOO_LONG);
        assertThat(refusal(ChannelKind.WEBSITE, "https://www.facebook.com/")).isEqualTo(Reason.OTHER_SITE);
    }

    @Test
    void kindsNeverShareAKey() {
        String page = ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, "facebook.com/phunuhacthanh").key();
        String group = ChannelAddress.of(ChannelKind.FACEBOOK_GROUP, "facebook.com/groups/phunuhacthanh").key();
        assertThat(page).isNotEqualTo(group);
        assertThat(ChannelAddress.accepts(ChannelKind.FACEBOOK_PAGE, "facebook.com/phunuhacthanh")).isTrue();
        assertThat(ChannelAddress.accepts(ChannelKind.FACEBOOK_PAGE, "facebook.com/groups/phunuhacthanh")).isFalse();
    }
}
