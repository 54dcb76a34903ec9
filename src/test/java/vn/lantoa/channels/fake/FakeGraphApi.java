package vn.lantoa.channels.fake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Graph API as documented (v26.0), for the connectors' tests: Pages with their followers and daily
 * insights, Page and user tokens with their permissions, the login dialog, the code and long-lived token
 * exchanges, /me/accounts paged by cursors (two Pages a page, to page), and the error shapes
 * ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}): an expired token (190/463),
 * an unknown one (190), a missing permission (200), a rate limit (32), an unknown metric (100).
 * One server per test JVM ({@link #shared()}); tests use their own ids and tokens.
 */
public final class FakeGraphApi extends FakeHttpServer {

    public static final String VERSION = "/v26.0";
    public static final String APP_ID = "fake-app-1234";
    public static final String APP_SECRET = "fake-app-secret";
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static volatile FakeGraphApi shared;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Set<String> unknownMetrics = ConcurrentHashMap.newKeySet();
    private final AtomicInteger trace = new AtomicInteger();
    private final Map<String, Extension> extensions = new ConcurrentHashMap<>();
    private volatile String nextDialogCode;
    private volatile int accountsPageSize = 2;

    public static synchronized FakeGraphApi shared() {
        if (shared == null) {
            shared = new FakeGraphApi();
        }
        return shared;
    }

    public String graphUrl() {
        return url() + VERSION;
    }

    public String dialogUrl() {
        return url() + VERSION + "/dialog/oauth";
    }

    /** A Facebook Page: its followers now and its daily series per metric. */
    public static final class Page {
        final String id;
        final String name;
        volatile long followers;
        volatile boolean rateLimited;
        final Map<String, Map<LocalDate, Long>> daily = new ConcurrentHashMap<>();

        Page(String id, String name, long followers) {
            this.id = id;
            this.name = name;
            this.followers = followers;
        }

        public Page followers(long count) {
            this.followers = count;
            return this;
        }

        public Page daily(String metric, LocalDate day, long value) {
            daily.computeIfAbsent(metric, m -> new TreeMap<>()).put(day, value);
            return this;
        }

        /** Every call with this Page's id answers error 32 until turned off. */
        public Page rateLimited(boolean on) {
            this.rateLimited = on;
            return this;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        public boolean isRateLimited() {
            return rateLimited;
        }
    }

    /** A token: a Page's or a user's, what it was granted, and whether it has expired. */
    public record Token(String subjectId, String name, boolean page, List<String> permissions, List<String> pageIds, boolean expired) {
    }

    /**
     * More of the Graph API, kept in its own class (publishing, comments, messages). Asked, in no set
     * order, for every call made with a valid, unexpired token before the Page lookup; path parts are the
     * path after the version split on "/" (e.g. ["123_456", "comments"]). Null means "not mine".
     */
    public interface Extension {
        Reply answer(Received request, String[] parts, Token token);
    }

    /** Adds an extension under a name; adding the same name again keeps the first (one per JVM). */
    public void extend(String name, Extension extension) {
        extensions.putIfAbsent(name, extension);
    }

    /** The Page with this id, or null. */
    public Page pageById(String id) {
        return pages.get(id);
    }

    public Page page(String id, String name, long followers) {
        Page page = new Page(id, name, followers);
        pages.put(id, page);
        return page;
    }

    /** A Page's follows on a day (metric page_follows). */
    public void pageFollows(String pageId, LocalDate day, long value) {
        pageDaily(pageId, "page_follows", day, value);
    }

    public void pageDaily(String pageId, String metric, LocalDate day, long value) {
        pages.get(pageId).daily(metric, day, value);
    }

    public void pageToken(String token, String pageId, String... permissions) {
        Page page = pages.get(pageId);
        tokens.put(token, new Token(pageId, page.name, true, List.of(permissions), List.of(), false));
    }

    public void userToken(String token, String userId, List<String> pageIds, String... permissions) {
        tokens.put(token, new Token(userId, "Người dùng " + userId, false, List.of(permissions), List.copyOf(pageIds), false));
    }

    /** From now on the token answers 190/463, "Session has expired". */
    public void expire(String token) {
        tokens.computeIfPresent(token, (k, t) -> new Token(t.subjectId(), t.name(), t.page(), t.permissions(), t.pageIds(), true));
    }

    /** The Graph API no longer knows this metric name (error 100 on insights). */
    public void unknownMetric(String metric, boolean unknown) {
        if (unknown) {
            unknownMetrics.add(metric);
        } else {
            unknownMetrics.remove(metric);
        }
    }

    public boolean isUnknownMetric(String metric) {
        return unknownMetrics.contains(metric);
    }

    /** The next consent on the login dialog sends back this code, which exchanges for the user token. */
    public void consent(String code, String userToken) {
        codes.put(code, userToken);
        nextDialogCode = code;
    }

    public void accountsPageSize(int size) {
        this.accountsPageSize = size;
    }

    @Override
    protected Reply answer(Received r) {
        String path = r.path();
        if (!path.startsWith(VERSION + "/")) {
            return error(404, "Unknown path components: " + path, "OAuthException", 2500, null);
        }
        String rest = path.substring(VERSION.length());
        if (rest.equals("/dialog/oauth")) {
            return dialog(r);
        }
        if (rest.equals("/oauth/access_token")) {
            return accessToken(r);
        }
        if (rest.equals("/debug_token")) {
            return debugToken(r);
        }
        Token token = tokens.get(r.param("access_token") == null ? bearer(r) : r.param("access_token"));
        if (token == null) {
            return error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (token.expired()) {
            return error(400, "Error validating access token: Session has expired on Sunday, 22-Nov-26 10:00:00 PST.", "OAuthException", 190, 463);
        }
        if (rest.equals("/me")) {
            return Reply.json(200, "{\"id\":" + quote(token.subjectId()) + ",\"name\":" + quote(token.name()) + "}");
        }
        if (rest.equals("/me/permissions")) {
            List<String> items = list();
            token.permissions().forEach(p -> items.add("{\"permission\":" + quote(p) + ",\"status\":\"granted\"}"));
            return Reply.json(200, "{\"data\":" + join(items) + "}");
        }
        if (rest.equals("/me/accounts")) {
            return accounts(r, token);
        }
        String[] parts = rest.substring(1).split("/");
        for (Extension extension : extensions.values()) {
            Reply reply = extension.answer(r, parts, token);
            if (reply != null) {
                return reply;
            }
        }
        Page page = pages.get(parts[0]);
        if (page == null) {
            return error(400, "Unsupported get request. Object with ID '" + parts[0] + "' does not exist", "GraphMethodException", 100, 33);
        }
        if (page.rateLimited) {
            return error(400, "(#32) Page request limit reached", "OAuthException", 32, null);
        }
        if (!token.page() || !token.subjectId().equals(page.id)) {
            return error(400, "(#200) Requires pages_read_engagement permission to manage the object", "OAuthException", 200, null);
        }
        if (parts.length == 1) {
            return Reply.json(200, "{\"followers_count\":" + page.followers + ",\"id\":" + quote(page.id) + "}");
        }
        if (parts.length == 2 && parts[1].equals("insights")) {
            return insights(r, page, token);
        }
        return error(400, "Unknown path components: /" + String.join("/", Arrays.copyOfRange(parts, 1, parts.length)), "OAuthException", 2500, null);
    }

    private Reply dialog(Received r) {
        String redirect = r.param("redirect_uri");
        if (!APP_ID.equals(r.param("client_id")) || redirect == null) {
            return error(400, "Invalid App ID", "OAuthException", 101, null);
        }
        String code = nextDialogCode;
        String sep = redirect.contains("?") ? "&" : "?";
        if (code == null) {
            return Reply.redirect(redirect + sep + "error=access_denied&error_reason=user_denied&state=" + r.param("state"));
        }
        return Reply.redirect(redirect + sep + "code=" + code + "&state=" + r.param("state") + "#_=_");
    }

    /** debug_token, as the app (app token "id|secret") or as the token itself; an invalid token is is_valid false with its error. */
    private Reply debugToken(Received r) {
        String input = r.param("input_token");
        String as = r.param("access_token");
        if (as == null || !(as.equals(APP_ID + "|" + APP_SECRET) || as.equals(input))) {
            return error(400, "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app",
                    "OAuthException", 100, null);
        }
        Token token = tokens.get(input == null ? "" : input);
        if (token == null) {
            return Reply.json(200, "{\"data\":{\"error\":{\"code\":190,\"message\":\"Invalid OAuth access token.\"},\"is_valid\":false,\"scopes\":[]}}");
        }
        if (token.expired()) {
            return Reply.json(200, "{\"data\":{\"app_id\":" + quote(APP_ID) + ",\"type\":" + quote(token.page() ? "PAGE" : "USER")
                    + ",\"error\":{\"code\":190,\"message\":\"Error validating access token: Session has expired.\",\"subcode\":463},"
                    + "\"is_valid\":false,\"scopes\":[]}}");
        }
        List<String> scopes = list();
        token.permissions().forEach(p -> scopes.add(quote(p)));
        return Reply.json(200, "{\"data\":{\"app_id\":" + quote(APP_ID) + ",\"type\":" + quote(token.page() ? "PAGE" : "USER")
                + ",\"application\":\"Lan Toa (fake)\",\"data_access_expires_at\":1790000000,\"expires_at\":0,\"is_valid\":true,"
                + (token.page() ? "\"profile_id\":" + quote(token.subjectId()) + "," : "")
                + "\"scopes\":" + join(scopes) + ",\"user_id\":\"10001\"}}");
    }

    private Reply accessToken(Received r) {
        if (!APP_ID.equals(r.param("client_id")) || !APP_SECRET.equals(r.param("client_secret"))) {
            return error(400, "Error validating client secret.", "OAuthException", 1, null);
        }
        if ("fb_exchange_token".equals(r.param("grant_type"))) {
            Token user = tokens.get(r.param("fb_exchange_token"));
            if (user == null || user.expired()) {
                return error(400, "Invalid OAuth access token.", "OAuthException", 190, null);
            }
            String longLived = "LL-" + r.param("fb_exchange_token");
            tokens.put(longLived, user);
            return Reply.json(200, "{\"access_token\":" + quote(longLived) + ",\"token_type\":\"bearer\",\"expires_in\":5183944}");
        }
        String userToken = codes.remove(r.param("code") == null ? "" : r.param("code"));
        if (userToken == null) {
            return error(400, "Invalid verification code format.", "OAuthException", 100, null);
        }
        return Reply.json(200, "{\"access_token\":" + quote(userToken) + ",\"token_type\":\"bearer\",\"expires_in\":5183}");
    }

    private Reply accounts(Received r, Token user) {
        List<String> ids = user.pageIds();
        int start = r.param("after") == null ? 0 : Integer.parseInt(new String(java.util.Base64.getDecoder().decode(r.param("after"))));
        int size = accountsPageSize;
        int end = Math.min(ids.size(), start + size);
        List<String> items = list();
        for (String id : ids.subList(Math.min(start, ids.size()), end)) {
            Page page = pages.get(id);
            String pageToken = "PT-" + id + "-" + user.subjectId();
            tokens.putIfAbsent(pageToken, new Token(id, page.name, true, user.permissions(), List.of(), false));
            items.add("{\"access_token\":" + quote(pageToken) + ",\"category\":\"Community\",\"name\":" + quote(page.name) + ",\"id\":"
                    + quote(id) + ",\"tasks\":[\"ANALYZE\",\"ADVERTISE\",\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]}");
        }
        String before = java.util.Base64.getEncoder().encodeToString(Integer.toString(start).getBytes());
        String after = java.util.Base64.getEncoder().encodeToString(Integer.toString(end).getBytes());
        String paging = "\"cursors\":{\"before\":" + quote(before) + ",\"after\":" + quote(after) + "}";
        if (end < ids.size()) {
            paging += ",\"next\":" + quote(graphUrl() + "/me/accounts?limit=" + size + "&after=" + after);
        }
        return Reply.json(200, "{\"data\":" + join(items) + ",\"paging\":{" + paging + "}}");
    }

    private Reply insights(Received r, Page page, Token token) {
        if (!token.permissions().contains("read_insights")) {
            return error(403, "(#10) This endpoint requires the 'read_insights' permission.", "OAuthException", 10, null);
        }
        String metricParam = r.param("metric");
        if (metricParam == null || metricParam.isBlank()) {
            return error(400, "No metric was specified to be fetched. Please specify one or more metrics to be fetched and try again.",
                    "OAuthException", 3001, 1504028);
        }
        List<String> metrics = Arrays.asList(metricParam.split(","));
        for (String metric : metrics) {
            if (unknownMetrics.contains(metric)) {
                return error(400, "(#100) The value must be a valid insights metric", "OAuthException", 100, null);
            }
        }
        LocalDate since = LocalDate.parse(r.param("since"));
        LocalDate until = LocalDate.parse(r.param("until"));
        if (until.toEpochDay() - since.toEpochDay() > 93) {
            return error(400, "(#100) There cannot be more than 90 days (7776000 s) between since and until", "OAuthException", 100, null);
        }
        List<String> series = list();
        for (String metric : metrics) {
            List<String> values = new ArrayList<>();
            Map<LocalDate, Long> days = page.daily.getOrDefault(metric, Map.of());
            for (LocalDate day = since; day.isBefore(until); day = day.plusDays(1)) {
                Long value = days.get(day);
                if (value != null) {
                    values.add("{\"value\":" + value + ",\"end_time\":" + quote(day.plusDays(1).atStartOfDay(PACIFIC).format(END_TIME)) + "}");
                }
            }
            series.add("{\"name\":" + quote(metric) + ",\"period\":\"day\",\"values\":" + join(values) + ",\"title\":\"Daily\","
                    + "\"description\":\"Daily: " + metric + "\",\"id\":" + quote(page.id + "/insights/" + metric + "/day") + "}");
        }
        String base = graphUrl() + "/" + page.id + "/insights?metric=" + metricParam + "&period=day";
        long span = until.toEpochDay() - since.toEpochDay();
        String paging = "{\"previous\":" + quote(base + "&since=" + since.minusDays(span) + "&until=" + since)
                + ",\"next\":" + quote(base + "&since=" + until + "&until=" + until.plusDays(span)) + "}";
        return Reply.json(200, "{\"data\":" + join(series) + ",\"paging\":" + paging + "}");
    }

    private static String bearer(Received r) {
        String auth = r.headers().get("authorization");
        return auth == null ? "" : auth.replaceFirst("^(?i)(Bearer|OAuth) ", "");
    }

    /** An answer in the Graph API's error shape, with a fresh fbtrace_id. */
    public Reply error(int status, String message, String type, int code, Integer subcode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("message", quote(message));
        fields.put("type", quote(type));
        fields.put("code", Integer.toString(code));
        if (subcode != null) {
            fields.put("error_subcode", Integer.toString(subcode));
        }
        fields.put("fbtrace_id", quote("AfakeTrace" + trace.incrementAndGet()));
        StringBuilder b = new StringBuilder("{\"error\":{");
        fields.forEach((k, v) -> b.append('"').append(k).append("\":").append(v).append(','));
        b.setLength(b.length() - 1);
        return Reply.json(status, b.append("}}").toString());
    }
}
