package vn.lantoa.channels.moderation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.connect.Connection;
import vn.lantoa.channels.connect.ConnectionStatus;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.connect.facebook.GraphClient;

/**
 * The Graph API calls of moderation, with the page's own token: a page's recent posts, a post's comments
 * (every one, newest first, by cursors), hiding, unhiding and deleting a comment. A page without a
 * working connection is a {@link ConnectorFailure} like any other, so that nothing changes locally.
 */
@Component
public class CommentGraph {

    static final String COMMENT_FIELDS = "id,message,from,created_time,parent{id},is_hidden";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final GraphClient graph;
    private final Connections connections;
    private final TokenCipher cipher;

    CommentGraph(GraphClient graph, Connections connections, TokenCipher cipher) {
        this.graph = graph;
        this.connections = connections;
        this.cipher = cipher;
    }

    /** A comment as the Graph API lists it. */
    public record Listed(String id, String message, String authorId, String authorName, Instant createdAt, String parentId, boolean hidden) {
    }

    /** A connected page: its connection, its platform id and its token, opened. */
    public record PageAccess(Connection connection, String pageId, String token) {
    }

    /** The working Facebook connection of a page with its token, or a failure that says why there is none. */
    public PageAccess pageAccess(long channelId) {
        Connection connection = connections.ofChannel(channelId)
                .filter(c -> c.platform() == Platform.FACEBOOK && c.status() != ConnectionStatus.DISCONNECTED && c.tokenSealed() != null)
                .orElseThrow(() -> new ConnectorFailure(FailureKind.TOKEN_INVALID, "not-connected", "The page is not connected"));
        try {
            return new PageAccess(connection, connection.externalId(), cipher.open(connection.tokenSealed()));
        } catch (TokenCipher.Refused refused) {
            throw new ConnectorFailure(FailureKind.TOKEN_INVALID, "key", "The stored token cannot be opened");
        }
    }

    /** The ids of the page's most recent posts (one page of the feed). */
    public List<String> recentPosts(String pageId, int count, String token) {
        JsonNode feed = graph.get("/" + pageId + "/feed", Map.of("fields", "id,created_time", "limit", Integer.toString(count)), token, false);
        List<String> ids = new ArrayList<>();
        feed.path("data").values().forEach(p -> ids.add(p.path("id").asString()));
        return ids;
    }

    /** Every comment of a post, replies included (filter=stream), newest first, across the pages of the answer. */
    public List<Listed> comments(String postId, String token) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("filter", "stream");
        query.put("order", "reverse_chronological");
        query.put("fields", COMMENT_FIELDS);
        query.put("limit", "100");
        List<Listed> list = new ArrayList<>();
        for (JsonNode c : graph.pages("/" + postId + "/comments", query, token)) {
            String created = c.path("created_time").asString("");
            list.add(new Listed(c.path("id").asString(), c.path("message").asString(""), c.path("from").path("id").asString(null),
                    c.path("from").path("name").asString(null), created.isEmpty() ? Instant.now() : OffsetDateTime.parse(created, GRAPH_TIME).toInstant(),
                    c.path("parent").path("id").asString(null), c.path("is_hidden").asBoolean(false)));
        }
        return list;
    }

    public void hide(String commentId, boolean hidden, String token) {
        success(graph.post("/" + commentId, Map.of("is_hidden", Boolean.toString(hidden)), token));
    }

    public void delete(String commentId, String token) {
        success(graph.delete("/" + commentId, token));
    }

    private static void success(JsonNode answer) {
        if (!answer.path("success").asBoolean(false)) {
            throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "no-success", "The Graph API did not confirm the change");
        }
    }
}
