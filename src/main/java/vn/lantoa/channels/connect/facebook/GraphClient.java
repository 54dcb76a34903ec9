package vn.lantoa.channels.connect.facebook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.JsonHttp;

/**
 * The Graph API calls Lan Tỏa makes, typed: who a token is, what it was granted, the OAuth exchanges,
 * the Pages a user manages (cursor paging), a Page's follower count and its daily insights. Every error
 * becomes a {@link ConnectorFailure} ({@link GraphErrors}); every call has a timeout ({@link JsonHttp}).
 * Later parts (cross-posting, comments, inbox) add their calls here on {@link #get} and {@link #post}.
 */
@Component
public class GraphClient {

    /** Insights days end at midnight, Pacific time. */
    static final ZoneId INSIGHTS_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter END_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final int MAX_PAGES = 50;

    private final JsonHttp http;
    private final ConnectorSettings settings;

    GraphClient(JsonHttp http, ConnectorSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    public record Identity(String id, String name) {
    }

    public record ManagedPage(String id, String name, String accessToken, List<String> tasks) {
    }

    /** A token and when it expires (null: it does not, as a Page token from a long-lived user token). */
    public record Grant(String accessToken, Instant expiresAt) {
    }

    public record DailyValue(LocalDate day, long value) {
    }

    public Identity me(String token) {
        JsonNode me = get("/me", Map.of("fields", "id,name"), token, false);
        return new Identity(me.path("id").asString(), me.path("name").asString());
    }

    /** The permissions granted to the token's user and app, by /me/permissions. */
    public List<String> grantedPermissions(String token) {
        List<String> granted = new ArrayList<>();
        for (JsonNode p : pages("/me/permissions", Map.of(), token)) {
            if ("granted".equals(p.path("status").asString())) {
                granted.add(p.path("permission").asString());
            }
        }
        return granted;
    }

    /** What debug_token tells of a token: its type (PAGE, USER), the Page it is for, what was granted, when it expires. */
    public record TokenInfo(String type, String profileId, List<String> scopes, Instant expiresAt) {
    }

    /**
     * Inspects a token with debug_token, as the app when one is configured (app token "id|secret"), or as
     * the token itself otherwise. A token no longer valid is the failure its error says (190/463...).
     */
    public TokenInfo debugToken(String token) {
        String inspector = settings.facebookApp() ? settings.facebookAppId() + "|" + settings.facebookAppSecret() : token;
        JsonNode data = get("/debug_token", Map.of("input_token", token), inspector, false).path("data");
        if (!data.path("is_valid").asBoolean(false)) {
            JsonNode error = data.path("error");
            throw GraphErrors.failure(400, error.has("code") ? error.path("code").asInt() : 190,
                    error.has("subcode") ? error.path("subcode").asInt() : null, error.path("message").asString("The token is not valid"), false);
        }
        List<String> scopes = new ArrayList<>();
        data.path("scopes").values().forEach(v -> scopes.add(v.asString()));
        long expires = data.path("expires_at").asLong(0);
        return new TokenInfo(data.path("type").asString(null), data.path("profile_id").asString(null), scopes,
                expires > 0 ? Instant.ofEpochSecond(expires) : null);
    }

    /** The login dialog's code for a user token (short-lived). */
    public Grant exchangeCode(String code, String redirectUri) {
        JsonNode token = get("/oauth/access_token", Map.of("client_id", settings.facebookAppId(), "client_secret",
                settings.facebookAppSecret(), "redirect_uri", redirectUri, "code", code), null, false);
        return grant(token);
    }

    /** A short-lived user token for a long-lived one (about 60 days); its Page tokens do not expire. */
    public Grant longLived(String userToken) {
        JsonNode token = get("/oauth/access_token", Map.of("grant_type", "fb_exchange_token", "client_id", settings.facebookAppId(),
                "client_secret", settings.facebookAppSecret(), "fb_exchange_token", userToken), null, false);
        return grant(token);
    }

    /** The Pages the user manages, each with its Page token, across every page of the answer. */
    public List<ManagedPage> accounts(String userToken) {
        List<ManagedPage> list = new ArrayList<>();
        for (JsonNode p : pages("/me/accounts", Map.of("fields", "id,name,access_token,tasks", "limit", "25"), userToken)) {
            List<String> tasks = new ArrayList<>();
            p.path("tasks").values().forEach(t -> tasks.add(t.asString()));
            list.add(new ManagedPage(p.path("id").asString(), p.path("name").asString(), p.path("access_token").asString(), tasks));
        }
        return list;
    }

    public long followersCount(String pageId, String token) {
        JsonNode page = get("/" + pageId, Map.of("fields", "followers_count"), token, false);
        if (!page.has("followers_count")) {
            throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "no followers_count", "The Page's answer has no followers_count");
        }
        return page.path("followers_count").asLong();
    }

    /** A Page's post as the published_posts edge gives it, with its counts of shares, comments and reactions. */
    public record PagePost(String id, Instant createdTime, String message, String permalink, String statusType, long shares,
                           long comments, long reactions) {
    }

    /** The Page's posts published since the instant, newest first, across the answer's pages. */
    public List<PagePost> publishedPosts(String pageId, Instant since, String token) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", "id,created_time,message,permalink_url,status_type,shares,comments.summary(true).limit(0),"
                + "reactions.summary(true).limit(0)");
        query.put("since", Long.toString(since.getEpochSecond()));
        query.put("limit", "100");
        List<PagePost> posts = new ArrayList<>();
        for (JsonNode p : pages("/" + pageId + "/published_posts", query, token)) {
            posts.add(new PagePost(p.path("id").asString(), java.time.OffsetDateTime.parse(p.path("created_time").asString(), END_TIME)
                    .toInstant(), p.path("message").asString(null), p.path("permalink_url").asString(null),
                    p.path("status_type").asString(null), p.path("shares").path("count").asLong(0),
                    p.path("comments").path("summary").path("total_count").asLong(0),
                    p.path("reactions").path("summary").path("total_count").asLong(0)));
        }
        return posts;
    }

    /**
     * One lifetime metric of a post, or null when the answer has none. A metric whose value is an object
     * (post_reactions_by_type_total: {"like": 3, "love": 1}) counts the sum of its values. One metric per
     * call, as for a Page: an unknown one fails the whole request.
     */
    public Long postInsight(String postId, String metric, String token) {
        JsonNode answer = get("/" + postId + "/insights", Map.of("metric", metric, "period", "lifetime"), token, true);
        for (JsonNode series : answer.path("data").values()) {
            if (!metric.equals(series.path("name").asString())) {
                continue;
            }
            for (JsonNode v : series.path("values").values()) {
                JsonNode value = v.path("value");
                if (value.isNumber()) {
                    return value.asLong();
                }
                if (value.isObject()) {
                    long sum = 0;
                    for (JsonNode part : value.values()) {
                        sum += part.asLong(0);
                    }
                    return sum;
                }
            }
        }
        return null;
    }

    /**
     * One daily metric of a Page from {@code since} to {@code until} (both included, at most 90 days as the
     * API allows); the day of a value is the Pacific day its end_time closes. One metric per call: an
     * unknown one (error 100) fails the whole request, so the caller tries each on its own.
     */
    public List<DailyValue> dailyInsight(String pageId, String metric, LocalDate since, LocalDate until, String token) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("metric", metric);
        query.put("period", "day");
        query.put("since", since.toString());
        query.put("until", until.plusDays(1).toString());
        JsonNode answer = get("/" + pageId + "/insights", query, token, true);
        List<DailyValue> values = new ArrayList<>();
        for (JsonNode series : answer.path("data").values()) {
            if (!metric.equals(series.path("name").asString()) || !"day".equals(series.path("period").asString("day"))) {
                continue;
            }
            for (JsonNode v : series.path("values").values()) {
                if (!v.path("value").isNumber() || !v.has("end_time")) {
                    continue;
                }
                LocalDate day = dayEndedBy(v.path("end_time").asString());
                if (!day.isBefore(since) && !day.isAfter(until)) {
                    values.add(new DailyValue(day, v.path("value").asLong()));
                }
            }
        }
        return values;
    }

    static LocalDate dayEndedBy(String endTime) {
        Instant end = java.time.OffsetDateTime.parse(endTime, END_TIME).toInstant();
        return LocalDate.ofInstant(end.minusSeconds(1), INSIGHTS_ZONE);
    }

    /** A GET on the Graph API (path from the version on, e.g. "/me"); the answer, or a failure. */
    public JsonNode get(String path, Map<String, String> query, String token, boolean insights) {
        Map<String, String> all = new LinkedHashMap<>(query);
        if (token != null) {
            all.put("access_token", token);
        }
        return checked(http.get(settings.graphUrl() + path, all, Map.of()), insights);
    }

    /** A form POST on the Graph API, for the parts that publish. */
    public JsonNode post(String path, Map<String, String> form, String token) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("access_token", token);
        return checked(http.postForm(settings.graphUrl() + path, all, Map.of()), false);
    }

    /** A multipart POST with one file, e.g. a photo uploaded to /{page-id}/photos with published=false. */
    public JsonNode postFile(String path, Map<String, String> form, JsonHttp.FilePart file, String token) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("access_token", token);
        return checked(http.postMultipart(settings.graphUrl() + path, all, file, Map.of()), false);
    }

    /** A POST of a JSON body, e.g. a reply through /{page-id}/messages; the token goes in the query. */
    public JsonNode postJson(String path, String json, String token) {
        return checked(http.postJson(settings.graphUrl() + path + "?" + JsonHttp.encode(Map.of("access_token", token)), json, Map.of()), false);
    }

    /** A DELETE on the Graph API, e.g. of a comment. */
    public JsonNode delete(String path, String token) {
        return checked(http.delete(settings.graphUrl() + path, Map.of("access_token", token), Map.of()), false);
    }

    /** Every item of a list answer, following paging.next (cursor after) up to a bound. */
    public List<JsonNode> pages(String path, Map<String, String> query, String token) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = get(path, query, token, false);
        for (int n = 0; n < MAX_PAGES; n++) {
            page.path("data").values().forEach(items::add);
            String next = page.path("paging").path("next").asString("");
            String after = page.path("paging").path("cursors").path("after").asString("");
            if (next.isEmpty() || after.isEmpty() || page.path("data").isEmpty()) {
                break;
            }
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put("after", after);
            page = get(path, more, token, false);
        }
        return items;
    }

    private static JsonNode checked(JsonHttp.Answer answer, boolean insights) {
        JsonNode error = answer.body().path("error");
        if (error.isObject()) {
            throw GraphErrors.failure(answer.status(), error.has("code") ? error.path("code").asInt() : null,
                    error.has("error_subcode") ? error.path("error_subcode").asInt() : null, error.path("message").asString(null), insights);
        }
        if (answer.status() >= 400) {
            throw GraphErrors.failure(answer.status(), null, null, "HTTP " + answer.status(), insights);
        }
        return answer.body();
    }

    private static Grant grant(JsonNode token) {
        long expiresIn = token.path("expires_in").asLong(0);
        return new Grant(token.path("access_token").asString(), expiresIn > 0 ? Instant.now().plusSeconds(expiresIn) : null);
    }
}
