package vn.lantoa.channels.fake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import vn.lantoa.channels.fake.FakeGraphApi.Token;
import vn.lantoa.channels.fake.FakeHttpServer.Received;
import vn.lantoa.channels.fake.FakeHttpServer.Reply;

/**
 * The comments part of the Graph API, as an extension of {@link FakeGraphApi}: a Page's feed
 * ({@code GET /{page-id}/feed}, newest first), a post's comments ({@code GET /{post-id}/comments}, with
 * {@code filter=stream} for replies too, {@code order}, cursor paging with {@code next}), hiding and
 * unhiding ({@code POST /{comment-id}} with {@code is_hidden}) and deleting ({@code DELETE /{comment-id}}),
 * each answering {@code {"success":true}}. Reading needs pages_read_engagement and pages_read_user_content,
 * moderating pages_manage_engagement, with the Page's own token (else error 200); a comment that does not
 * exist (any more) is error 100/33. Tests add posts and comments and read back what was hidden or deleted.
 */
public final class FakeGraphComments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);
    private static volatile FakeGraphComments shared;

    private final FakeGraphApi graph;
    private final Map<String, List<String>> postsOfPage = new ConcurrentHashMap<>();
    private final Map<String, String> pageOfPost = new ConcurrentHashMap<>();
    private final Map<String, Comment> comments = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private volatile int pageSize = 2;

    /** A comment as Facebook holds it. */
    public static final class Comment {
        final String id;
        final String postId;
        final String parentId;
        final String fromId;
        final String fromName;
        final String message;
        final Instant created;
        volatile boolean hidden;
        volatile boolean deleted;

        Comment(String id, String postId, String parentId, String fromId, String fromName, String message, Instant created) {
            this.id = id;
            this.postId = postId;
            this.parentId = parentId;
            this.fromId = fromId;
            this.fromName = fromName;
            this.message = message;
            this.created = created;
        }

        public String id() {
            return id;
        }

        public boolean hidden() {
            return hidden;
        }

        public boolean deleted() {
            return deleted;
        }
    }

    private FakeGraphComments(FakeGraphApi graph) {
        this.graph = graph;
        graph.extend("comments", this::answer);
    }

    public static synchronized FakeGraphComments shared() {
        if (shared == null) {
            shared = new FakeGraphComments(FakeGraphApi.shared());
        }
        return shared;
    }

    /** How many items a page of comments holds (2 by default, so that tests page). */
    public void pageSize(int size) {
        this.pageSize = size;
    }

    /** A new post on the Page (the newest); returns its id, "pageid_n" as the Graph API writes it. */
    public String post(String pageId) {
        String id = pageId + "_" + sequence.incrementAndGet();
        postsOfPage.computeIfAbsent(pageId, p -> new CopyOnWriteArrayList<>()).add(0, id);
        pageOfPost.put(id, pageId);
        return id;
    }

    /** A top-level comment on a post; returns its id. */
    public String comment(String postId, String fromId, String fromName, String message, Instant created) {
        return reply(postId, null, fromId, fromName, message, created);
    }

    /** A reply to a comment (parentCommentId), or a top-level comment when null. */
    public String reply(String postId, String parentCommentId, String fromId, String fromName, String message, Instant created) {
        String id = postId.substring(postId.indexOf('_') + 1) + "_" + sequence.incrementAndGet();
        comments.put(id, new Comment(id, postId, parentCommentId, fromId, fromName, message, created));
        return id;
    }

    public Comment get(String commentId) {
        return comments.get(commentId);
    }

    /** The page's admins hid (or unhid) the comment on Facebook itself. */
    public void hideOnFacebook(String commentId, boolean hidden) {
        comments.get(commentId).hidden = hidden;
    }

    /** Someone removed the comment on Facebook itself: from now on it does not exist for the API. */
    public void removeOnFacebook(String commentId) {
        comments.get(commentId).deleted = true;
    }

    private Reply answer(Received r, String[] parts, Token token) {
        if (parts.length == 2 && parts[1].equals("feed") && r.method().equals("GET") && postsOfPage.containsKey(parts[0])) {
            return feed(r, parts[0], token);
        }
        if (parts.length == 2 && parts[1].equals("comments") && r.method().equals("GET") && pageOfPost.containsKey(parts[0])) {
            return comments(r, parts[0], token);
        }
        if (parts.length == 1 && comments.containsKey(parts[0]) && (r.method().equals("POST") || r.method().equals("DELETE"))) {
            return moderate(r, comments.get(parts[0]), token);
        }
        return null;
    }

    private Reply feed(Received r, String pageId, Token token) {
        Reply refused = needs(token, pageId, "pages_read_engagement");
        if (refused != null) {
            return refused;
        }
        int limit = r.param("limit") == null ? 25 : Integer.parseInt(r.param("limit"));
        List<String> items = FakeHttpServer.list();
        postsOfPage.get(pageId).stream().limit(limit)
                .forEach(id -> items.add("{\"id\":" + FakeHttpServer.quote(id) + ",\"created_time\":\"2026-12-01T08:00:00+0000\"}"));
        return Reply.json(200, "{\"data\":" + FakeHttpServer.join(items) + ",\"paging\":{\"cursors\":{\"before\":\"QVFA\",\"after\":\"QVFB\"}}}");
    }

    private Reply comments(Received r, String postId, Token token) {
        String pageId = pageOfPost.get(postId);
        Reply refused = needs(token, pageId, "pages_read_engagement", "pages_read_user_content");
        if (refused != null) {
            return refused;
        }
        boolean stream = "stream".equals(r.param("filter"));
        Comparator<Comment> order = Comparator.comparing((Comment c) -> c.created).thenComparing(c -> c.id);
        if ("reverse_chronological".equals(r.param("order"))) {
            order = order.reversed();
        }
        List<Comment> all = comments.values().stream().filter(c -> c.postId.equals(postId) && !c.deleted)
                .filter(c -> stream || c.parentId == null).sorted(order).toList();
        int start = r.param("after") == null ? 0 : Integer.parseInt(new String(Base64.getDecoder().decode(r.param("after"))));
        int end = Math.min(all.size(), start + pageSize);
        List<String> items = new ArrayList<>();
        for (Comment c : all.subList(Math.min(start, all.size()), end)) {
            items.add("{\"id\":" + FakeHttpServer.quote(c.id) + ",\"message\":" + FakeHttpServer.quote(c.message)
                    + ",\"from\":{\"id\":" + FakeHttpServer.quote(c.fromId) + ",\"name\":" + FakeHttpServer.quote(c.fromName) + "}"
                    + ",\"created_time\":" + FakeHttpServer.quote(TIME.format(c.created)) + ",\"is_hidden\":" + c.hidden
                    + (c.parentId == null ? "" : ",\"parent\":{\"id\":" + FakeHttpServer.quote(c.parentId) + "}") + "}");
        }
        String before = Base64.getEncoder().encodeToString(Integer.toString(start).getBytes());
        String after = Base64.getEncoder().encodeToString(Integer.toString(end).getBytes());
        String paging = "\"cursors\":{\"before\":" + FakeHttpServer.quote(before) + ",\"after\":" + FakeHttpServer.quote(after) + "}";
        if (end < all.size()) {
            paging += ",\"next\":" + FakeHttpServer.quote(graph.graphUrl() + "/" + postId + "/comments?limit=" + pageSize + "&after=" + after);
        }
        return Reply.json(200, "{\"data\":" + FakeHttpServer.join(items) + ",\"paging\":{" + paging + "}}");
    }

    private Reply moderate(Received r, Comment comment, Token token) {
        Reply refused = needs(token, pageOfPost.get(comment.postId), "pages_manage_engagement");
        if (refused != null) {
            return refused;
        }
        if (comment.deleted) {
            return graph.error(400, "Unsupported " + r.method().toLowerCase() + " request. Object with ID '" + comment.id
                    + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
                    "GraphMethodException", 100, 33);
        }
        if (r.method().equals("DELETE")) {
            comment.deleted = true;
            return Reply.json(200, "{\"success\":true}");
        }
        String hidden = r.param("is_hidden");
        if (hidden == null) {
            return graph.error(400, "(#100) No fields to update were specified", "OAuthException", 100, null);
        }
        comment.hidden = Boolean.parseBoolean(hidden);
        return Reply.json(200, "{\"success\":true}");
    }

    /** The Page's own token with every permission named; otherwise error 200 naming the first missing one. */
    private Reply needs(Token token, String pageId, String... permissions) {
        if (!token.page() || !token.subjectId().equals(pageId)) {
            return graph.error(400, "(#200) Requires a Page access token of the Page to manage the object", "OAuthException", 200, null);
        }
        for (String p : permissions) {
            if (!token.permissions().contains(p)) {
                return graph.error(403, "(#200) Requires " + p + " permission to manage the object", "OAuthException", 200, null);
            }
        }
        return null;
    }
}
