package vn.lantoa.portal.legacy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address of the former website, in the one form in which it is stored and looked up, so that the
 * many ways an old link is written in the wild all find their story. Plain Java.
 *
 * <p>Rules: only the path and query count (scheme, host, port and "#fragment" are dropped, so full
 * addresses of the old domain and paths are the same); percent-escapes are decoded; letters are made
 * lower case (the old CMSs ran on IIS, whose addresses ignore case, and links in the wild mix cases:
 * "Default.aspx?TabId=57" and "default.aspx?tabid=57" are one address); repeated and trailing slashes go
 * ("/tin-tuc/abc/" is "/tin-tuc/abc"); query parameters are sorted by name, and those added by sharing
 * (utm_*, fbclid, gclid, zarsrc, gidzl…) are dropped. So "/index.php?option=com_content&view=article&id=123"
 * and "https://old.example.vn/index.php?id=123&view=article&option=com_content&fbclid=x" are one address.
 */
public final class LegacyPath {

    /** Longest stored address, after normalising. */
    public static final int MAX_LENGTH = 1000;
    /** Longest address looked at, as written. */
    static final int MAX_RAW_LENGTH = 2000;

    /** What is wrong with an address written as an old one. */
    public enum Problem { EMPTY, NOT_A_URL, TOO_LONG, RESERVED }

    /** Either the normalised address or why there is none. */
    public record Parsed(String path, Problem problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Addresses the public site does not answer: the staff application (SecurityConfiguration.STAFF_AREAS),
     * the API, media, login, assets. An unknown address there gets the usual error, never a redirect or
     * the portal's 404 page.
     */
    static final List<String> NOT_PORTAL = List.of("/admin", "/newsroom", "/notifications", "/accounts", "/profile", "/actuator",
            "/api", "/media", "/login", "/logout", "/password", "/error", "/webjars", "/css", "/js", "/v3", "/swagger-ui");
    /** The portal's own machinery, never an old page. */
    static final List<String> PORTAL_OWN = List.of("/luot-xem", "/binh-luan");
    private static final Pattern ASSET = Pattern.compile("(?i).*\\.(ico|png|jpe?g|gif|webp|svg|css|js|map|woff2?|ttf|eot)$");

    /** mailto:, javascript:, ftp:… but not a host with a port (old.example.vn:8080/…). */
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern WEB_SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_FILE = Pattern.compile("(?i)[^/?#]*\\.(php|aspx?|html?|jsp|cfm|shtml)");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern TRACKING = Pattern.compile("utm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|zarsrc|gidzl|_ga|_gl|mc_cid|mc_eid|igshid");
    private static final Pattern STORY_LINK = Pattern.compile("^/tin/(?:[a-z0-9-]*-)?(\\d{1,18})$");
    private static final Pattern GENERIC_WORDS = Pattern.compile("index|default|home|trang chu|tin tuc|news|article|bai viet|chi tiet|detail|view|php|aspx?|html?");

    private LegacyPath() {
    }

    /** An address as written in a mapping file: a full URL of the old site, or a path with its query. */
    public static Parsed parse(String written) {
        String raw = written == null ? "" : written.strip();
        if (raw.isEmpty()) {
            return new Parsed(null, Problem.EMPTY);
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            return new Parsed(null, Problem.TOO_LONG);
        }
        if (CONTROL.matcher(raw).find()) {
            return new Parsed(null, Problem.NOT_A_URL);
        }
        String pathAndQuery;
        if (WEB_SCHEME.matcher(raw).find()) {
            pathAndQuery = afterHost(raw.substring(raw.indexOf("//") + 2));
        } else if (raw.startsWith("//")) {
            pathAndQuery = afterHost(raw.substring(2));
        } else if (raw.startsWith("/")) {
            pathAndQuery = raw;
        } else if (OTHER_SCHEME.matcher(raw).find() || WHITESPACE.matcher(raw).find() || !raw.matches(".*[/.?].*")) {
            return new Parsed(null, Problem.NOT_A_URL);
        } else if (PAGE_FILE.matcher(raw).lookingAt() || !firstSegment(raw).contains(".")) {
            pathAndQuery = "/" + raw;
        } else {
            pathAndQuery = afterHost(raw);
        }
        if (pathAndQuery == null) {
            return new Parsed(null, Problem.NOT_A_URL);
        }
        String normal = normalise(pathAndQuery);
        if (normal.length() > MAX_LENGTH) {
            return new Parsed(null, Problem.TOO_LONG);
        }
        if (isReserved(normal)) {
            return new Parsed(normal, Problem.RESERVED);
        }
        return new Parsed(normal, null);
    }

    /** The stored form of a request's address (its raw URI and query string), for looking it up. */
    public static String ofRequest(String requestUri, String queryString) {
        return normalise((requestUri == null ? "/" : requestUri) + (queryString == null ? "" : "?" + queryString));
    }

    /** Whether the new site or the staff application answers this (normalised) address itself: no redirect from it. */
    public static boolean isReserved(String normal) {
        String path = pathOf(normal);
        return normal.equals("/") || under(path, NOT_PORTAL) || under(path, PORTAL_OWN);
    }

    /**
     * Whether an unknown address (raw request URI) is the public site's to answer, with a redirect or its
     * helpful 404 page: not the staff application, API, media or assets, and not a missing picture,
     * script or icon (a browser asking for /favicon.ico needs no page).
     */
    public static boolean isPortalAddress(String requestUri) {
        String path = pathOf(normalise(requestUri == null ? "/" : requestUri));
        return !under(path, NOT_PORTAL) && !ASSET.matcher(path).matches();
    }

    private static boolean under(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + "/"));
    }

    /** The story a link of the new site leads to: "/tin/phu-nu-khoi-nghiep-123" or its full URL → 123. */
    public static Optional<Long> storyOf(String newUrl) {
        Parsed parsed = parse(newUrl);
        if (parsed.path() == null) {
            return Optional.empty();
        }
        Matcher matcher = STORY_LINK.matcher(pathOf(parsed.path()));
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * Words for a search box from an old address: its last meaningful path segment without extension,
     * numbers and separators ("/tin-tuc/123-phu-nu-khoi-nghiep.html" → "phu nu khoi nghiep"); empty when
     * it has none ("/index.php?id=5").
     */
    public static String searchWords(String requestUri) {
        String path = pathOf(normalise(requestUri == null ? "/" : requestUri));
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String words = segments[i].replaceAll("\\.[a-z0-9]{1,5}$", "").replaceAll("[-_+.,;:~!*'()]+", " ")
                    .replaceAll("\\b\\d+\\b", " ").replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").trim();
            if (!words.isEmpty() && !GENERIC_WORDS.matcher(words).matches() && words.chars().anyMatch(Character::isLetter)) {
                return words.length() <= 100 ? words : words.substring(0, 100).trim();
            }
        }
        return "";
    }

    static String normalise(String pathAndQuery) {
        String withoutFragment = pathAndQuery.contains("#") ? pathAndQuery.substring(0, pathAndQuery.indexOf('#')) : pathAndQuery;
        int q = withoutFragment.indexOf('?');
        String path = q < 0 ? withoutFragment : withoutFragment.substring(0, q);
        String query = q < 0 ? "" : withoutFragment.substring(q + 1);
        path = lower(decode(path, false));
        path = SLASHES.matcher(path.startsWith("/") ? path : "/" + path).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String normalQuery = query(query);
        return normalQuery.isEmpty() ? path : path + "?" + normalQuery;
    }

    private static String query(String query) {
        List<String[]> params = new ArrayList<>();
        for (String part : query.split("[&;]")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = lower(decode(eq < 0 ? part : part.substring(0, eq), true)).strip();
            String value = eq < 0 ? null : lower(decode(part.substring(eq + 1), true)).strip();
            if (!name.isEmpty() && !TRACKING.matcher(name).matches()) {
                params.add(new String[] {name, value});
            }
        }
        params.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1] == null ? "" : p[1]));
        StringBuilder out = new StringBuilder();
        for (String[] p : params) {
            out.append(out.isEmpty() ? "" : "&").append(p[0]).append(p[1] == null ? "" : "=" + p[1]);
        }
        return out.toString();
    }

    private static String afterHost(String hostAndRest) {
        int end = indexOfAny(hostAndRest, "/?#");
        String host = end < 0 ? hostAndRest : hostAndRest.substring(0, end);
        if (host.isEmpty() || WHITESPACE.matcher(host).find()) {
            return null;
        }
        String rest = end < 0 ? "/" : hostAndRest.substring(end);
        return rest.startsWith("/") ? rest : "/" + rest;
    }

    private static String firstSegment(String raw) {
        int end = indexOfAny(raw, "/?#");
        return end < 0 ? raw : raw.substring(0, end);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String pathOf(String normal) {
        int q = normal.indexOf('?');
        return q < 0 ? normal : normal.substring(0, q);
    }

    /** Percent-decoding, leaving the text as it was when it is not valid UTF-8 escapes; '+' is a space in queries only. */
    private static String decode(String text, boolean inQuery) {
        if (text.indexOf('%') < 0 && !(inQuery && text.indexOf('+') >= 0)) {
            return text;
        }
        try {
            String prepared = inQuery ? text : text.replace("+", "%2B");
            String decoded = URLDecoder.decode(prepared, StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 ? text : decoded;
        } catch (IllegalArgumentException notEscaped) {
            return text;
        }
    }

    private static String lower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
