package vn.lantoa.channels.audience;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.lantoa.channels.ChannelKind;

/** The kinds of channel as the roll-ups separate them: fanpages, Facebook groups, Zalo (OAs and groups), the rest. */
public enum KindGroup {
    FANPAGE("fanpage", ChannelKind.FACEBOOK_PAGE),
    GROUP("nhom", ChannelKind.FACEBOOK_GROUP),
    ZALO("zalo", ChannelKind.ZALO_OA, ChannelKind.ZALO_GROUP),
    OTHER("khac", ChannelKind.YOUTUBE, ChannelKind.TIKTOK, ChannelKind.WEBSITE);

    private final String code;
    private final List<ChannelKind> kinds;

    KindGroup(String code, ChannelKind... kinds) {
        this.code = code;
        this.kinds = List.of(kinds);
    }

    /** As in the address: {@code ?loai=nhom}. */
    public String code() {
        return code;
    }

    public List<ChannelKind> kinds() {
        return kinds;
    }

    public List<String> kindNames() {
        return kinds.stream().map(Enum::name).toList();
    }

    public String messageKey() {
        return "audience.group." + name();
    }

    public static KindGroup of(ChannelKind kind) {
        return Arrays.stream(values()).filter(g -> g.kinds.contains(kind)).findFirst().orElseThrow();
    }

    public static Optional<KindGroup> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
