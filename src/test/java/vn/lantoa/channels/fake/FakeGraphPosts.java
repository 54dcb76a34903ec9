package vn.lantoa.channels.fake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Page's posts in the fake Graph API: {@code GET /{page-id}/published_posts} (fields, since, limit, paged
 * by cursors, newest first) and {@code GET /{post-id}/insights} (lifetime values; post_reactions_by_type_total
 * answers an object per reaction type, as the API does), with the Page's token and the read_insights
 * permission, and the metric names the base fake was told are unknown answering error 100.
 */
public final class FakeGraphPosts implements FakeGraphApi.Extension {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static volatile FakeGraphPosts shared;

    private final FakeGraphApi graph;
    private final Map<String, List<Post>> posts = new ConcurrentHashMap<>();

    private FakeGraphPosts(FakeGraphApi graph) {
        this.graph = graph;
    }

    /** The one instance, registered on the shared fake Graph API. */
    public static synchronized FakeGraphPosts shared() {
        if (shared == null) {
            shared = new FakeGraphPosts(FakeGraphApi.shared());
            FakeGraphApi.shared().extend("posts", shared);
        }
        return shared;
    }

    /** A post of a Page with its lifetime figures by metric name. */
    public record Post(String id, Instant created, String message, String permalink, long shares, long comments, long reactions,
                       Map<String, Object> insights) {
    }

    public Post post(String pageId, int n, Instant created, String message, long shares, long comments, long reactions,
                     Map<String, Object> insights) {
        String id = pageId + "_" + n;
        Post post = new Post(id, created, message, "https://www.facebook.com/" + pageId + "/posts/" + n, shares, comments, reactions,
                insights);
        List<Post> list = posts.computeIfAbsent(pageId, p -> new CopyOnWriteArrayList<>());
        list.removeIf(p -> p.id().equals(id));
        list.add(post);
        list.sort((a, b) -> b.created().compareTo(a.created()));
        return post;
    }

    @Override
    public FakeHttpServer.Reply answer(FakeHttpServer.Received r, String[] parts, FakeGraphApi.Token token) {
        if (parts.length != 2 || !r.method().equals("GET")) {
            return null;
        }
        if (parts[1].equals("published_posts") && graph.pageById(parts[0]) != null) {
            return publishedPosts(r, parts[0], token);
        }
        if (parts[1].equals("insights") && parts[0].contains("_")) {
            return insights(r, parts[0], token);
        }
        return null;
    }

    private FakeHttpServer.Reply publishedPosts(FakeHttpServer.Received r, String pageId, FakeGraphApi.Token token) {
        FakeHttpServer.Reply refused = refused(pageId, token);
        if (refused != null) {
            return refused;
        }
        long since = r.param("since") == null ? 0 : Long.parseLong(r.param("since"));
        List<Post> wanted = posts.getOrDefault(pageId, List.of()).stream().filter(p -> p.created().getEpochSecond() >= since).toList();
        int limit = r.param("limit") == null ? 25 : Integer.parseInt(r.param("limit"));
        int start = r.param("after") == null ? 0 : Integer.parseInt(new String(Base64.getDecoder().decode(r.param("after"))));
        int end = Math.min(wanted.size(), start + limit);
        List<String> items = new ArrayList<>();
        for (Post p : wanted.subList(Math.min(start, wanted.size()), end)) {
            items.add("{\"id\":" + FakeHttpServer.quote(p.id()) + ",\"created_time\":" + FakeHttpServer.quote(CREATED.format(p.created()))
                    + (p.message() == null ? "" : ",\"message\":" + FakeHttpServer.quote(p.message()))
                    + ",\"permalink_url\":" + FakeHttpServer.quote(p.permalink()) + ",\"status_type\":\"added_photos\""
                    + (p.shares() > 0 ? ",\"shares\":{\"count\":" + p.shares() + "}" : "")
                    + ",\"comments\":{\"data\":[],\"summary\":{\"order\":\"ranked\",\"total_count\":" + p.comments() + ",\"can_comment\":true}}"
                    + ",\"reactions\":{\"data\":[],\"summary\":{\"total_count\":" + p.reactions() + ",\"viewer_reaction\":\"NONE\"}}}");
        }
        String after = Base64.getEncoder().encodeToString(Integer.toString(end).getBytes());
        String paging = "\"cursors\":{\"before\":\"MA==\",\"after\":" + FakeHttpServer.quote(after) + "}";
        if (end < wanted.size()) {
            paging += ",\"next\":" + FakeHttpServer.quote(graph.graphUrl() + "/" + pageId + "/published_posts?limit=" + limit + "&after=" + after);
        }
        return FakeHttpServer.Reply.json(200, "{\"data\":" + FakeHttpServer.join(items) + ",\"paging\":{" + paging + "}}");
    }

    private FakeHttpServer.Reply insights(FakeHttpServer.Received r, String postId, FakeGraphApi.Token token) {
        String pageId = postId.substring(0, postId.indexOf('_'));
        Post post = posts.getOrDefault(pageId, List.of()).stream().filter(p -> p.id().equals(postId)).findFirst().orElse(null);
        if (post == null) {
            return graph.error(400, "Unsupported get request. Object with ID '" + postId + "' does not exist", "GraphMethodException", 100, 33);
        }
        FakeHttpServer.Reply refused = refused(pageId, token);
        if (refused != null) {
            return refused;
        }
        if (!token.permissions().contains("read_insights")) {
            return graph.error(403, "(#10) This endpoint requires the 'read_insights' permission.", "OAuthException", 10, null);
        }
        List<String> series = new ArrayList<>();
        for (String metric : r.param("metric").split(",")) {
            if (graph.isUnknownMetric(metric)) {
                return graph.error(400, "(#100) The value must be a valid insights metric", "OAuthException", 100, null);
            }
            Object value = post.insights().get(metric);
            String json = value instanceof Map<?, ?> map ? object(map) : String.valueOf(value == null ? 0 : value);
            series.add("{\"name\":" + FakeHttpServer.quote(metric) + ",\"period\":\"lifetime\",\"values\":[{\"value\":" + json + "}],"
                    + "\"title\":\"Lifetime\",\"id\":" + FakeHttpServer.quote(postId + "/insights/" + metric + "/lifetime") + "}");
        }
        return FakeHttpServer.Reply.json(200, "{\"data\":" + FakeHttpServer.join(series) + "}");
    }

    private FakeHttpServer.Reply refused(String pageId, FakeGraphApi.Token token) {
        FakeGraphApi.Page page = graph.pageById(pageId);
        if (page != null && page.isRateLimited()) {
            return graph.error(400, "(#32) Page request limit reached", "OAuthException", 32, null);
        }
        if (!token.page() || !token.subjectId().equals(pageId)) {
            return graph.error(400, "(#200) Requires pages_read_engagement permission to manage the object", "OAuthException", 200, null);
        }
        return null;
    }

    private static String object(Map<?, ?> map) {
        List<String> fields = new ArrayList<>();
        map.forEach((k, v) -> fields.add(FakeHttpServer.quote(k.toString()) + ":" + v));
        return "{" + String.join(",", fields) + "}";
    }
}
