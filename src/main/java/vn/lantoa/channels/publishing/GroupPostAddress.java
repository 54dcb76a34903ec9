package vn.lantoa.channels.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelAddress;
import vn.lantoa.common.web.InvalidInput;

/**
 * Whether an address a moderator pasted is a post of that very group. A Facebook group post reads
 * {@code facebook.com/groups/<group>/posts/<id>} (or {@code /permalink/<id>}), the group by its name or
 * its number; it must be the group of the queue item, compared by the registry's key of the group
 * ({@link ChannelAddress}) or by its number. A Zalo group has no address per message: its link
 * ({@code zalo.me/g/<code>}) is optional, and when given must be the group's.
 */
public final class GroupPostAddress {

    /** The post as kept: its address (normalized) and an id unique within the channel. */
    public record Post(String url, String externalId) {
    }

    private static final Set<String> FACEBOOK_HOSTS = Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com",
            "mbasic.facebook.com");
    private static final Pattern POST_ID = Pattern.compile("[A-Za-z0-9_-]{1,60}");
    static final int MAX_LENGTH = 500;

    private GroupPostAddress() {
    }

    /** The post at this address for the group, or {@link InvalidInput} on field "url" saying what is wrong. */
    public static Post check(ChannelKind kind, String groupUrl, String typed, long deliveryId) {
        String text = typed == null ? "" : typed.strip();
        if (kind == ChannelKind.ZALO_GROUP) {
            return zalo(groupUrl, text, deliveryId);
        }
        if (text.isEmpty()) {
            throw new InvalidInput("url", "channels.publishing.url.required");
        }
        List<String> segments = facebookPath(text);
        if (segments.size() < 4 || !segments.get(0).equalsIgnoreCase("groups")
                || !Set.of("posts", "permalink").contains(segments.get(2).toLowerCase(Locale.ROOT)) || !POST_ID.matcher(segments.get(3)).matches()) {
            throw new InvalidInput("url", "channels.publishing.url.notAPost");
        }
        String group = segments.get(1);
        ChannelAddress.Address wanted = ChannelAddress.of(ChannelKind.FACEBOOK_GROUP, groupUrl);
        String key;
        try {
            key = ChannelAddress.of(ChannelKind.FACEBOOK_GROUP, "https://www.facebook.com/groups/" + group).key();
        } catch (ChannelAddress.Refused e) {
            throw new InvalidInput("url", "channels.publishing.url.notAPost");
        }
        if (!key.equals(wanted.key()) && !group.equals(wanted.externalId())) {
            throw new InvalidInput("url", "channels.publishing.url.otherGroup", wanted.url());
        }
        String postId = segments.get(3);
        return new Post("https://www.facebook.com/groups/" + group + "/posts/" + postId, "group-post-" + postId);
    }

    private static Post zalo(String groupUrl, String text, long deliveryId) {
        if (text.isEmpty()) {
            return new Post(null, "delivery-" + deliveryId);
        }
        try {
            if (ChannelAddress.of(ChannelKind.ZALO_GROUP, text).key().equals(ChannelAddress.of(ChannelKind.ZALO_GROUP, groupUrl).key())) {
                return new Post(ChannelAddress.of(ChannelKind.ZALO_GROUP, text).url(), "delivery-" + deliveryId);
            }
        } catch (ChannelAddress.Refused e) {
            throw new InvalidInput("url", "channels.publishing.url.notTheZaloGroup", groupUrl);
        }
        throw new InvalidInput("url", "channels.publishing.url.notTheZaloGroup", groupUrl);
    }

    private static List<String> facebookPath(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("url", "channels.publishing.url.tooLong", MAX_LENGTH);
        }
        String withScheme = text.matches("(?i)^https?://.*") ? text : "https://" + text;
        try {
            URI uri = new URI(withScheme);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!FACEBOOK_HOSTS.contains(host)) {
                throw new InvalidInput("url", "channels.publishing.url.notAPost");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "channels.publishing.url.notAPost");
        }
    }
}
