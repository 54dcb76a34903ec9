package vn.lantoa.channels.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lantoa.channels.ChannelKind;

/**
 * Whether an address is a channel of the chosen kind, and the same channel's address in one form
 * ({@code urlKey}) so that "https://m.facebook.com/HoiLHPN.ThanhHoa/?ref=bookmarks" and
 * "facebook.com/hoilhpn.thanhhoa" are one fanpage. Takes out the platform's own id when the address
 * carries one (a numeric page id, a group id, a Zalo OA id, a YouTube channel id). An address that is
 * not such a channel (a post, a video, a share link, a login page, another platform) is refused with
 * the reason, so the form can tell the person what to paste instead.
 */
public final class ChannelAddress {

    public static final int MAX_LENGTH = 500;

    /** Why an address is refused; each has a message {@code channels.address.refused.<REASON>}. */
    public enum Reason {
        REQUIRED, TOO_LONG, MALFORMED, OTHER_SITE, HOME_PAGE, POST, VIDEO, EVENT, SHARE, LOGIN, PERSONAL, WRONG_KIND, NOT_A
    }

    /** A channel's address: as typed (with a scheme), its key, and the platform id when the address has one. */
    public record Address(String url, String key, String externalId) {
    }

    /**
     * An address that is not a channel of the kind: the reason, the kind wanted, the text the message
     * quotes (the address or the site), and for {@link Reason#WRONG_KIND} the kind the address really is.
     */
    public static final class Refused extends RuntimeException {

        private final Reason reason;
        private final ChannelKind kind;
        private final String detail;
        private final ChannelKind actualKind;

        Refused(Reason reason, ChannelKind kind, String detail, ChannelKind actualKind) {
            super(reason + " for " + kind + ": " + detail);
            this.reason = reason;
            this.kind = kind;
            this.detail = detail == null ? "" : detail;
            this.actualKind = actualKind;
        }

        public Reason reason() {
            return reason;
        }

        public ChannelKind kind() {
            return kind;
        }

        public String detail() {
            return detail;
        }

        public ChannelKind actualKind() {
            return actualKind;
        }

        public String messageKey() {
            return "channels.address.refused." + reason.name();
        }
    }

    private static final Pattern FACEBOOK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ZALO_SLUG = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final Pattern ZALO_GROUP = Pattern.compile("[A-Za-z0-9_-]{4,}");
    private static final Pattern YOUTUBE_HANDLE = Pattern.compile("@[\\p{L}\\p{N}._·-]+");
    private static final Pattern YOUTUBE_CHANNEL_ID = Pattern.compile("UC[A-Za-z0-9_-]{22}");
    private static final Pattern YOUTUBE_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern TIKTOK_HANDLE = Pattern.compile("@[A-Za-z0-9._]+");
    private static final Pattern PHONE = Pattern.compile("(0[0-9]{9,10})|(84[0-9]{9,10})");

    /** Paths of facebook.com that are Facebook's own pages, not a fanpage's username. */
    private static final Set<String> FACEBOOK_RESERVED = Set.of("home.php", "profile.php", "pages", "people", "pg", "groups", "watch",
            "reel", "reels", "videos", "video.php", "events", "event", "photo", "photo.php", "photos", "story.php", "permalink.php",
            "posts", "share", "share.php", "sharer", "sharer.php", "dialog", "login", "checkpoint", "recover", "r.php",
            "hashtag", "marketplace", "gaming", "help", "settings", "messages", "notifications", "search", "friends", "bookmarks",
            "stories", "media", "notes", "live", "l.php", "plugins", "privacy", "policies", "policy.php", "business", "ads", "fundraisers",
            "saved", "memories", "feeds", "latest", "tr", "about", "legal", "careers", "directory", "places", "public", "messenger",
            "lite", "mobile", "games", "apps", "developers", "profile", "permalink", "comment", "ufi");
    /** What may follow a fanpage's name and still mean the page (one of its tabs). */
    private static final Set<String> PAGE_TABS = Set.of("about", "about_details", "community", "reviews", "followers", "following",
            "mentions", "photos", "photos_by", "videos", "reels", "events", "live_videos", "music", "map", "more", "friends_likes",
            "directory_links", "groups", "shop", "menu", "services", "jobs", "notes", "likes", "home", "timeline", "info");
    private static final Set<String> POST_PARTS = Set.of("posts", "permalink", "photo", "photo.php", "activity", "story");

    private ChannelAddress() {
    }

    /** The address as a channel of this kind, or {@link Refused} with why not. */
    public static Address of(ChannelKind kind, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Refused(Reason.REQUIRED, kind, "", null);
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Refused(Reason.TOO_LONG, kind, Integer.toString(MAX_LENGTH), null);
        }
        Parts parts = Parts.of(kind, text);
        Platform platform = Platform.of(parts.host);
        if (kind == ChannelKind.WEBSITE) {
            if (platform != Platform.OTHER) {
                ChannelKind actual = guess(parts);
                throw actual != null ? new Refused(Reason.WRONG_KIND, kind, parts.host, actual)
                        : new Refused(Reason.OTHER_SITE, kind, parts.host, null);
            }
            return website(parts);
        }
        Platform wanted = Platform.of(kind);
        if (platform != wanted) {
            if (platform != Platform.OTHER) {
                ChannelKind actual = guess(parts);
                if (actual != null && actual != kind) {
                    throw new Refused(Reason.WRONG_KIND, kind, parts.host, actual);
                }
            }
            throw new Refused(Reason.OTHER_SITE, kind, parts.host, null);
        }
        switch (kind) {
            case FACEBOOK_PAGE:
                return facebookPage(parts);
            case FACEBOOK_GROUP:
                return facebookGroup(parts);
            case ZALO_OA:
                return zaloOa(parts);
            case ZALO_GROUP:
                return zaloGroup(parts);
            case YOUTUBE:
                return youtube(parts);
            case TIKTOK:
                return tiktok(parts);
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * The key of an address typed without its kind (a file naming channels by address): the first kind
     * that accepts it, a website last; empty when none does.
     */
    public static java.util.Optional<String> keyOfAny(String typed) {
        for (ChannelKind kind : ChannelKind.values()) {
            try {
                return java.util.Optional.of(of(kind, typed).key());
            } catch (Refused notThisKind) {
                // try the next kind
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the address is a channel of this kind (for a quick check, without the reason). */
    public static boolean accepts(ChannelKind kind, String typed) {
        try {
            of(kind, typed);
            return true;
        } catch (Refused e) {
            return false;
        }
    }

    /** The kind of channel an address of a social platform is, when it is a channel at all. */
    private static ChannelKind guess(Parts parts) {
        for (ChannelKind candidate : ChannelKind.values()) {
            if (candidate == ChannelKind.WEBSITE || Platform.of(candidate) != Platform.of(parts.host)) {
                continue;
            }
            try {
                of(candidate, parts.url);
                return candidate;
            } catch (Refused e) {
                // not this kind
            }
        }
        return null;
    }

    // --- Facebook -----------------------------------------------------------------------------------

    private static Address facebookPage(Parts p) {
        ChannelKind kind = ChannelKind.FACEBOOK_PAGE;
        facebookCommon(p, kind);
        List<String> s = p.segments;
        String first = s.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("groups")) {
            throw new Refused(Reason.WRONG_KIND, kind, p.host, ChannelKind.FACEBOOK_GROUP);
        }
        if (first.equals("profile.php")) {
            String id = p.query("id");
            if (id == null || !DIGITS.matcher(id).matches()) {
                throw new Refused(Reason.NOT_A, kind, p.url, null);
            }
            return new Address(p.url, "facebook.com/" + id, id);
        }
        if ((first.equals("pages") || first.equals("people")) && s.size() >= 3 && DIGITS.matcher(s.get(2)).matches()) {
            return new Address(p.url, "facebook.com/" + s.get(2), s.get(2));
        }
        if (first.equals("pg") && s.size() >= 2 && FACEBOOK_NAME.matcher(s.get(1)).matches()) {
            return pageName(p, s.get(1), s.subList(2, s.size()));
        }
        if (FACEBOOK_RESERVED.contains(first)) {
            throw new Refused(facebookReason(first), kind, p.url, null);
        }
        if (!FACEBOOK_NAME.matcher(s.get(0)).matches()) {
            throw new Refused(Reason.NOT_A, kind, p.url, null);
        }
        return pageName(p, s.get(0), s.subList(1, s.size()));
    }

    private static Address pageName(Parts p, String name, List<String> rest) {
        ChannelKind kind = ChannelKind.FACEBOOK_PAGE;
        if (!rest.isEmpty()) {
            String tab = rest.get(0).toLowerCase(Locale.ROOT);
            if (POST_PARTS.contains(tab)) {
                throw new Refused(Reason.POST, kind, p.url, null);
            }
            if ((tab.equals("videos") || tab.equals("reels") || tab.equals("reel") || tab.equals("live")) && rest.size() > 1) {
                throw new Refused(Reason.VIDEO, kind, p.url, null);
            }
            if (tab.equals("photos") && rest.size() > 1) {
                throw new Refused(Reason.POST, kind, p.url, null);
            }
            if (!PAGE_TABS.contains(tab)) {
                throw new Refused(Reason.NOT_A, kind, p.url, null);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        // a page's numeric id works as its address too: facebook.com/100064...
        return new Address(p.url, "facebook.com/" + lower, DIGITS.matcher(name).matches() ? name : null);
    }

    private static Address facebookGroup(Parts p) {
        ChannelKind kind = ChannelKind.FACEBOOK_GROUP;
        facebookCommon(p, kind);
        List<String> s = p.segments;
        String first = s.get(0).toLowerCase(Locale.ROOT);
        if (!first.equals("groups")) {
            if (FACEBOOK_RESERVED.contains(first) && !first.equals("profile.php") && !first.equals("pages") && !first.equals("people")) {
                throw new Refused(facebookReason(first), kind, p.url, null);
            }
            try {
                facebookPage(p);
            } catch (Refused notAPageEither) {
                throw new Refused(Reason.NOT_A, kind, p.url, null);
            }
            throw new Refused(Reason.WRONG_KIND, kind, p.host, ChannelKind.FACEBOOK_PAGE);
        }
        if (s.size() < 2 || !GROUP_NAME.matcher(s.get(1)).matches() || s.get(1).equalsIgnoreCase("feed")
                || s.get(1).equalsIgnoreCase("discover") || s.get(1).equalsIgnoreCase("joins")) {
            throw new Refused(Reason.NOT_A, kind, p.url, null);
        }
        if (s.size() > 2) {
            String part = s.get(2).toLowerCase(Locale.ROOT);
            if (part.equals("posts") || part.equals("permalink")) {
                throw new Refused(Reason.POST, kind, p.url, null);
            }
            if (part.equals("events")) {
                throw new Refused(s.size() > 3 ? Reason.EVENT : Reason.NOT_A, kind, p.url, null);
            }
        }
        String group = s.get(1);
        boolean numeric = DIGITS.matcher(group).matches();
        return new Address(p.url, "facebook.com/groups/" + group.toLowerCase(Locale.ROOT), numeric ? group : null);
    }

    /** What every Facebook channel address must not be: the home page, a share link, a login page. */
    private static void facebookCommon(Parts p, ChannelKind kind) {
        if (p.host.equals("fb.me") || p.host.equals("fb.watch") || p.host.startsWith("l.") || p.host.startsWith("lm.")) {
            throw new Refused(Reason.SHARE, kind, p.url, null);
        }
        if (p.segments.isEmpty()) {
            throw new Refused(Reason.HOME_PAGE, kind, p.host, null);
        }
        String first = p.segments.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("share") || first.startsWith("sharer") || first.equals("share.php") || first.equals("dialog")) {
            throw new Refused(Reason.SHARE, kind, p.url, null);
        }
        if (first.startsWith("login") || first.equals("checkpoint") || first.equals("recover") || first.equals("r.php")) {
            throw new Refused(Reason.LOGIN, kind, p.url, null);
        }
    }

    private static Reason facebookReason(String first) {
        switch (first) {
            case "watch": case "reel": case "reels": case "videos": case "video.php": case "live":
                return Reason.VIDEO;
            case "events": case "event":
                return Reason.EVENT;
            case "photo": case "photo.php": case "photos": case "story.php": case "permalink.php": case "posts": case "stories":
            case "permalink": case "media": case "notes":
                return Reason.POST;
            default:
                return Reason.NOT_A;
        }
    }

    // --- Zalo ---------------------------------------------------------------------------------------

    private static Address zaloOa(Parts p) {
        ChannelKind kind = ChannelKind.ZALO_OA;
        List<String> s = p.segments;
        if (!p.host.equals("zalo.me") && !p.host.equals("oa.zalo.me")) {
            throw new Refused(Reason.NOT_A, kind, p.url, null);
        }
        if (s.isEmpty()) {
            throw new Refused(Reason.HOME_PAGE, kind, p.host, null);
        }
        String first = s.get(0);
        if (p.host.equals("zalo.me") && first.equals("g")) {
            throw new Refused(Reason.WRONG_KIND, kind, p.host, ChannelKind.ZALO_GROUP);
        }
        if (p.host.equals("zalo.me") && first.equals("s")) {
            // zalo.me/s/<oa id>/: an OA's article or share link
            throw new Refused(Reason.SHARE, kind, p.url, null);
        }
        if (p.host.equals("oa.zalo.me") && Set.of("home", "manage", "login", "register", "docs", "blog").contains(first.toLowerCase(Locale.ROOT))) {
            throw new Refused(Reason.NOT_A, kind, p.url, null);
        }
        if (DIGITS.matcher(first).matches()) {
            if (PHONE.matcher(first).matches()) {
                throw new Refused(Reason.PERSONAL, kind, p.url, null);
            }
            return new Address(p.url, "zalo.me/" + first, first);
        }
        if (ZALO_SLUG.matcher(first).matches() && s.size() == 1) {
            return new Address(p.url, "zalo.me/" + first.toLowerCase(Locale.ROOT), null);
        }
        throw new Refused(Reason.NOT_A, kind, p.url, null);
    }

    private static Address zaloGroup(Parts p) {
        ChannelKind kind = ChannelKind.ZALO_GROUP;
        List<String> s = p.segments;
        if (s.isEmpty()) {
            throw new Refused(Reason.HOME_PAGE, kind, p.host, null);
        }
        if (p.host.equals("zalo.me") && s.get(0).equals("g")) {
            if (s.size() >= 2 && ZALO_GROUP.matcher(s.get(1)).matches()) {
                // the invitation code is case-sensitive: kept as it is
                return new Address(p.url, "zalo.me/g/" + s.get(1), null);
            }
            throw new Refused(Reason.NOT_A, kind, p.url, null);
        }
        try {
            zaloOa(p);
        } catch (Refused notAnOaEither) {
            throw new Refused(notAnOaEither.reason() == Reason.PERSONAL ? Reason.PERSONAL : Reason.NOT_A, kind, p.url, null);
        }
        throw new Refused(Reason.WRONG_KIND, kind, p.host, ChannelKind.ZALO_OA);
    }

    // --- YouTube, TikTok ----------------------------------------------------------------------------

    private static Address youtube(Parts p) {
        ChannelKind kind = ChannelKind.YOUTUBE;
        if (p.host.equals("youtu.be")) {
            throw new Refused(Reason.VIDEO, kind, p.url, null);
        }
        List<String> s = p.segments;
        if (s.isEmpty()) {
            throw new Refused(Reason.HOME_PAGE, kind, p.host, null);
        }
        String first = s.get(0);
        String lower = first.toLowerCase(Locale.ROOT);
        if (Set.of("watch", "shorts", "live", "embed", "v", "clip").contains(lower)) {
            throw new Refused(Reason.VIDEO, kind, p.url, null);
        }
        if (lower.equals("post")) {
            throw new Refused(Reason.POST, kind, p.url, null);
        }
        if (first.startsWith("@") && YOUTUBE_HANDLE.matcher(first).matches()) {
            return new Address(p.url, "youtube.com/" + first.toLowerCase(Locale.ROOT), null);
        }
        if (lower.equals("channel") && s.size() >= 2 && YOUTUBE_CHANNEL_ID.matcher(s.get(1)).matches()) {
            return new Address(p.url, "youtube.com/channel/" + s.get(1), s.get(1));
        }
        if ((lower.equals("c") || lower.equals("user")) && s.size() >= 2 && YOUTUBE_NAME.matcher(s.get(1)).matches()) {
            return new Address(p.url, "youtube.com/" + lower + "/" + s.get(1).toLowerCase(Locale.ROOT), null);
        }
        if (lower.equals("signin") || lower.equals("login")) {
            throw new Refused(Reason.LOGIN, kind, p.url, null);
        }
        throw new Refused(Reason.NOT_A, kind, p.url, null);
    }

    private static Address tiktok(Parts p) {
        ChannelKind kind = ChannelKind.TIKTOK;
        if (p.host.startsWith("vm.") || p.host.startsWith("vt.")) {
            throw new Refused(Reason.SHARE, kind, p.url, null);
        }
        List<String> s = p.segments;
        if (s.isEmpty()) {
            throw new Refused(Reason.HOME_PAGE, kind, p.host, null);
        }
        String first = s.get(0);
        if (first.equals("t")) {
            throw new Refused(Reason.SHARE, kind, p.url, null);
        }
        if (first.equalsIgnoreCase("login")) {
            throw new Refused(Reason.LOGIN, kind, p.url, null);
        }
        if (first.startsWith("@") && TIKTOK_HANDLE.matcher(first).matches()) {
            if (s.size() > 1) {
                String part = s.get(1).toLowerCase(Locale.ROOT);
                throw new Refused(part.equals("photo") ? Reason.POST : part.equals("video") || part.equals("live") ? Reason.VIDEO : Reason.NOT_A,
                        kind, p.url, null);
            }
            return new Address(p.url, "tiktok.com/" + first.toLowerCase(Locale.ROOT), null);
        }
        if (first.equals("video") || first.equals("embed")) {
            throw new Refused(Reason.VIDEO, kind, p.url, null);
        }
        throw new Refused(Reason.NOT_A, kind, p.url, null);
    }

    // --- websites -----------------------------------------------------------------------------------

    private static Address website(Parts p) {
        StringBuilder key = new StringBuilder(p.host);
        for (String segment : p.segments) {
            key.append('/').append(segment);
        }
        return new Address(p.url, key.toString(), null);
    }

    // --- parsing ------------------------------------------------------------------------------------

    private enum Platform {
        FACEBOOK, ZALO, YOUTUBE, TIKTOK, OTHER;

        static Platform of(ChannelKind kind) {
            switch (kind) {
                case FACEBOOK_PAGE: case FACEBOOK_GROUP:
                    return FACEBOOK;
                case ZALO_OA: case ZALO_GROUP:
                    return ZALO;
                case YOUTUBE:
                    return YOUTUBE;
                case TIKTOK:
                    return TIKTOK;
                default:
                    return OTHER;
            }
        }

        static Platform of(String host) {
            if (host.equals("facebook.com") || host.endsWith(".facebook.com") || host.equals("fb.com") || host.endsWith(".fb.com")
                    || host.equals("fb.me") || host.equals("fb.watch")) {
                return FACEBOOK;
            }
            if (host.equals("zalo.me") || host.endsWith(".zalo.me") || host.equals("zalo.vn") || host.endsWith(".zalo.vn")) {
                return ZALO;
            }
            if (host.equals("youtube.com") || host.endsWith(".youtube.com") || host.equals("youtu.be")) {
                return YOUTUBE;
            }
            if (host.equals("tiktok.com") || host.endsWith(".tiktok.com")) {
                return TIKTOK;
            }
            return OTHER;
        }
    }

    /** An address taken apart: the host in one form (no "www.", "m.", "web."), the path's segments, the query. */
    private static final class Parts {

        final String url;
        final String host;
        final List<String> segments;
        final String query;

        private Parts(String url, String host, List<String> segments, String query) {
            this.url = url;
            this.host = host;
            this.segments = segments;
            this.query = query;
        }

        static Parts of(ChannelKind kind, String text) {
            String url = text;
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z0-9.-]+:[0-9]+(/.*)?$")) {
                    throw new Refused(Reason.MALFORMED, kind, text, null);
                }
                url = "https://" + text.replaceFirst("^/+", "");
            }
            if (url.chars().anyMatch(Character::isWhitespace)) {
                throw new Refused(Reason.MALFORMED, kind, text, null);
            }
            URI uri;
            try {
                uri = new URI(asciiOnly(url));
            } catch (URISyntaxException e) {
                throw new Refused(Reason.MALFORMED, kind, text, null);
            }
            String host = uri.getHost();
            if (host == null || host.isBlank() || host.startsWith(".") || host.endsWith(".")
                    || (!host.contains(".") && !host.startsWith("["))) {
                throw new Refused(Reason.MALFORMED, kind, text, null);
            }
            host = host.toLowerCase(Locale.ROOT);
            for (String prefix : new String[] {"www.", "m.", "web.", "mbasic.", "touch.", "mobile.", "business.", "vi-vn.", "en-gb."}) {
                if (host.startsWith(prefix) && host.length() > prefix.length() + 3 && !host.equals("m.me")) {
                    host = host.substring(prefix.length());
                    break;
                }
            }
            if (host.equals("fb.com")) {
                host = "facebook.com";
            }
            List<String> segments = new ArrayList<>();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
            return new Parts(url, host, List.copyOf(segments), uri.getRawQuery());
        }

        String query(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return pair.substring(eq + 1);
                }
            }
            return null;
        }

        private static String asciiOnly(String url) {
            StringBuilder out = new StringBuilder();
            for (char c : url.toCharArray()) {
                if (c < 128) {
                    out.append(c);
                } else {
                    for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(String.format("%02X", b & 0xff));
                    }
                }
            }
            return out.toString();
        }
    }
}
