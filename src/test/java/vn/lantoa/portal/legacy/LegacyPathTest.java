package vn.lantoa.portal.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyPathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/tin-tuc/123-abc.html                                          | /tin-tuc/123-abc.html",
        "https://old.hoiphunu.vn/tin-tuc/123-abc.html                    | /tin-tuc/123-abc.html",
        "http://old.hoiphunu.vn:8080/Tin-Tuc/123-ABC.html/               | /tin-tuc/123-abc.html",
        "//old.hoiphunu.vn/tin-tuc//123-abc.html#binh-luan               | /tin-tuc/123-abc.html",
        "old.hoiphunu.vn/tin-tuc/123-abc.html                            | /tin-tuc/123-abc.html",
        "tin-tuc/123-abc.html                                            | /tin-tuc/123-abc.html",
        "/index.php?option=com_content&view=article&id=123               | /index.php?id=123&option=com_content&view=article",
        "index.php?view=article&id=123&option=com_content&utm_source=fb  | /index.php?id=123&option=com_content&view=article",
        "/Default.aspx?tabid=57&ItemID=1234                              | /default.aspx?itemid=1234&tabid=57",
        "https://x.vn/default.aspx?TabId=57&ItemId=1234&fbclid=IwAR0&zarsrc=30 | /default.aspx?itemid=1234&tabid=57",
        "/?p=123                                                         | /?p=123",
        "/tin-t%E1%BB%A9c/ph%E1%BB%A5-n%E1%BB%AF                         | /tin-tức/phụ-nữ",
        "/tim?q=ph%E1%BB%A5+n%E1%BB%AF                                   | /tim?q=phụ nữ",
        "/bad-%ZZ-escape                                                 | /bad-%zz-escape"})
    void oldAddressesAreWrittenOneWay(String written, String stored) {
        LegacyPath.Parsed parsed = LegacyPath.parse(written);
        assertThat(parsed.ok()).as(written).isTrue();
        assertThat(parsed.path()).isEqualTo(stored);
    }

    @Test
    void requestsAreLookedUpInTheSameForm() {
        assertThat(LegacyPath.ofRequest("/Tin-Tuc/123-ABC.html/", null)).isEqualTo("/tin-tuc/123-abc.html");
        assertThat(LegacyPath.ofRequest("/index.php", "id=123&view=article&option=com_content&fbclid=x"))
                .isEqualTo(LegacyPath.parse("/index.php?option=com_content&view=article&id=123").path());
    }

    @Test
    void whatIsNoOldAddress() {
        assertThat(LegacyPath.parse("").problem()).isEqualTo(LegacyPath.Problem.EMPTY);
        assertThat(LegacyPath.parse("   ").problem()).isEqualTo(LegacyPath.Problem.EMPTY);
        assertThat(LegacyPath.parse("không phải địa chỉ").problem()).isEqualTo(LegacyPath.Problem.NOT_A_URL);
        assertThat(LegacyPath.parse("12345").problem()).isEqualTo(LegacyPath.Problem.NOT_A_URL);
        assertThat(LegacyPath.parse("mailto:a@b.vn").problem()).isEqualTo(LegacyPath.Problem.NOT_A_URL);
        assertThat(LegacyPath.parse("javascript:alert(1)").problem()).isEqualTo(LegacyPath.Problem.NOT_A_URL);
        assertThat(LegacyPath.parse("/a\u0000b").problem()).isEqualTo(LegacyPath.Problem.NOT_A_URL);
        assertThat(LegacyPath.parse("/" + "a".repeat(1001)).problem()).isEqualTo(LegacyPath.Problem.TOO_LONG);
        assertThat(LegacyPath.parse("/" + "a".repeat(2001)).problem()).isEqualTo(LegacyPath.Problem.TOO_LONG);
        assertThat(LegacyPath.parse("/").problem()).isEqualTo(LegacyPath.Problem.RESERVED);
        assertThat(LegacyPath.parse("https://old.vn").problem()).isEqualTo(LegacyPath.Problem.RESERVED);
        assertThat(LegacyPath.parse("/admin/units").problem()).isEqualTo(LegacyPath.Problem.RESERVED);
        assertThat(LegacyPath.parse("/API/v1/stories").problem()).isEqualTo(LegacyPath.Problem.RESERVED);
        assertThat(LegacyPath.parse("/luot-xem/12").problem()).isEqualTo(LegacyPath.Problem.RESERVED);
        assertThat(LegacyPath.parse("/administration.html").ok()).isTrue();
    }

    @Test
    void theStoryOfANewLink() {
        assertThat(LegacyPath.storyOf("/tin/phu-nu-khoi-nghiep-123")).contains(123L);
        assertThat(LegacyPath.storyOf("https://hoiphunu.thanhhoa.vn/tin/phu-nu-khoi-nghiep-123?utm_source=zalo")).contains(123L);
        assertThat(LegacyPath.storyOf("/tin/123")).contains(123L);
        assertThat(LegacyPath.storyOf("/chuyen-muc/hoat-dong-123")).isEmpty();
        assertThat(LegacyPath.storyOf("/tin/phu-nu")).isEmpty();
        assertThat(LegacyPath.storyOf("abc")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/tin-tuc/phu-nu-khoi-nghiep.html          | phu nu khoi nghiep",
        "/tin-tuc/123-phu-nu-khoi-nghiep.html/     | phu nu khoi nghiep",
        "/tin-t%E1%BB%A9c/ph%E1%BB%A5-n%E1%BB%AF   | phụ nữ",
        "/Hoat_Dong/Tap-Huan_2024                  | tap huan",
        "/tin-tuc/12345.html                       | ''",
        "/index.php                                | ''",
        "/                                         | ''"})
    void searchWordsComeFromTheSlug(String uri, String words) {
        assertThat(LegacyPath.searchWords(uri)).isEqualTo(words);
    }

    @Test
    void unknownAddressesOfStaffApiMediaAndAssetsAreNotThePortals() {
        assertThat(LegacyPath.isPortalAddress("/tin-tuc/abc.html")).isTrue();
        assertThat(LegacyPath.isPortalAddress("/index.php")).isTrue();
        assertThat(LegacyPath.isPortalAddress("/van-ban/quyet-dinh.pdf")).isTrue();
        assertThat(LegacyPath.isPortalAddress("/admin/khong-co")).isFalse();
        assertThat(LegacyPath.isPortalAddress("/newsroom/x")).isFalse();
        assertThat(LegacyPath.isPortalAddress("/api/v1/x")).isFalse();
        assertThat(LegacyPath.isPortalAddress("/media/x/640.jpg")).isFalse();
        assertThat(LegacyPath.isPortalAddress("/favicon.ico")).isFalse();
        assertThat(LegacyPath.isPortalAddress("/images/stories/logo.PNG")).isFalse();
    }
}
