package vn.lantoa.channels.participation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Facebook profile address, and the key two spellings of the same profile share: {@code id:1000123}
 * for numeric profiles ({@code profile.php?id=}, {@code /people/Name/1000123}), {@code u:ten.nguoi} for
 * user names (case-insensitive). Pages, groups, posts and share links are not profiles.
 */
public record ProfileLink(String url, String key) {

    public static final int MAX_LENGTH = 300;

    private static final Set<String> HOSTS = Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com",
            "mbasic.facebook.com", "fb.com", "www.fb.com", "vi-vn.facebook.com");
    /** First path segments (a ".php" ending dropped) that are Facebook's own addresses, never a person's user name. */
    private static final Set<String> RESERVED = Set.of("pages", "groups", "group", "share", "sharer", "watch", "events", "photo",
            "photos", "story", "permalink", "login", "home", "reel", "reels", "posts", "marketplace", "gaming", "hashtag", "help",
            "policies", "privacy", "settings", "notifications", "messages", "friends", "search", "video", "videos", "live", "stories",
            "plugins", "dialog", "l", "business", "ads", "pg");
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9.]{5,50}");
    private static final Pattern NUMBER = Pattern.compile("\\d{5,20}");
    private static final Pattern ID_PARAM = Pattern.compile("(?:^|&)id=(\\d{5,20})(?:&|$)");

    /** Whether the text is meant as an address rather than a name. */
    public static boolean looksLikeAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.contains("://") || t.startsWith("www.") || t.contains("facebook.com") || t.contains("fb.com") || t.contains("/");
    }

    /** The profile at this address, or empty when the address is not a Facebook profile. */
    public static Optional<ProfileLink> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String raw = text.strip();
        if (!raw.contains("://")) {
            raw = "https://" + raw;
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!HOSTS.contains(host) || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.empty();
        }
        String[] segments = (uri.getPath() == null ? "" : uri.getPath()).replaceAll("^/+|/+$", "").split("/+");
        String first = segments[0].toLowerCase(Locale.ROOT);
        if (first.equals("profile.php")) {
            Matcher id = ID_PARAM.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            return id.find() ? Optional.of(numeric(id.group(1))) : Optional.empty();
        }
        if (first.equals("people") && segments.length >= 3 && NUMBER.matcher(segments[2]).matches()) {
            return Optional.of(numeric(segments[2]));
        }
        String bare = first.endsWith(".php") ? first.substring(0, first.length() - 4) : first;
        if (segments.length == 1 && !RESERVED.contains(bare) && USER_NAME.matcher(first).matches()) {
            if (NUMBER.matcher(first).matches()) {
                return Optional.of(numeric(first));
            }
            return Optional.of(new ProfileLink("https://www.facebook.com/" + first, "u:" + first));
        }
        return Optional.empty();
    }

    private static ProfileLink numeric(String id) {
        return new ProfileLink("https://www.facebook.com/profile.php?id=" + id, "id:" + id);
    }
}
