package vn.lantoa.channels.connect;

import vn.lantoa.channels.ChannelKind;

/** The platforms Lan Tỏa connects to; a Facebook Page and a Zalo OA are the channels that have an API. */
public enum Platform {
    FACEBOOK,
    ZALO;

    public static Platform of(ChannelKind kind) {
        if (kind == ChannelKind.FACEBOOK_PAGE) {
            return FACEBOOK;
        }
        if (kind == ChannelKind.ZALO_OA) {
            return ZALO;
        }
        throw new IllegalArgumentException(kind + " has no API");
    }

    public static boolean connectable(ChannelKind kind) {
        return kind == ChannelKind.FACEBOOK_PAGE || kind == ChannelKind.ZALO_OA;
    }
}
