package vn.lantoa.channels.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.text.VietnameseText;

/** A kind of channel as written in a file: its code (FACEBOOK_PAGE) or a Vietnamese or English name, any accents or case. */
public final class KindNames {

    private static final Map<String, ChannelKind> NAMES = new HashMap<>();

    static {
        for (ChannelKind kind : ChannelKind.values()) {
            NAMES.put(VietnameseText.fold(kind.name()), kind);
            NAMES.put(VietnameseText.fold(kind.name().replace('_', ' ')), kind);
        }
        names(ChannelKind.FACEBOOK_PAGE, "fanpage", "fanpage facebook", "facebook page", "trang facebook", "page", "facebook", "fb page",
                "trang fanpage");
        names(ChannelKind.FACEBOOK_GROUP, "nhom facebook", "facebook group", "group facebook", "nhom fb", "fb group", "group");
        names(ChannelKind.ZALO_OA, "zalo oa", "oa", "zalo official account", "tai khoan zalo oa", "trang zalo oa", "zalo");
        names(ChannelKind.ZALO_GROUP, "nhom zalo", "zalo group", "group zalo");
        names(ChannelKind.YOUTUBE, "youtube", "kenh youtube", "youtube channel");
        names(ChannelKind.TIKTOK, "tiktok", "kenh tiktok", "tiktok channel");
        names(ChannelKind.WEBSITE, "website", "trang web", "trang thong tin dien tu", "web", "cong thong tin dien tu", "trang tin");
    }

    private KindNames() {
    }

    private static void names(ChannelKind kind, String... names) {
        for (String name : names) {
            NAMES.put(name, kind);
        }
    }

    public static Optional<ChannelKind> parse(String text) {
        return Optional.ofNullable(NAMES.get(VietnameseText.fold(text).replace('_', ' ').replace('-', ' ')))
                .or(() -> Optional.ofNullable(NAMES.get(VietnameseText.fold(text))));
    }
}
