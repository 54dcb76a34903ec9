package vn.lantoa.channels;

/**
 * The kinds of channel a unit runs. Only a Facebook Page and a Zalo OA can be read through an API
 * (Facebook groups lost theirs in April 2024, personal Zalo groups never had one): the audience of the
 * others comes from manual entry or file import.
 */
public enum ChannelKind {
    FACEBOOK_PAGE(true),
    FACEBOOK_GROUP(false),
    ZALO_OA(true),
    ZALO_GROUP(false),
    YOUTUBE(false),
    TIKTOK(false),
    WEBSITE(false);

    private final boolean readByApi;

    ChannelKind(boolean readByApi) {
        this.readByApi = readByApi;
    }

    /** Whether Lan Tỏa can read the channel's audience and posts from the platform (once connected). */
    public boolean readByApi() {
        return readByApi;
    }

    /** Groups count members; pages, OAs and channels count followers. */
    public boolean countsMembers() {
        return this == FACEBOOK_GROUP || this == ZALO_GROUP;
    }

    public String messageKey() {
        return "channel.kind." + name();
    }
}
