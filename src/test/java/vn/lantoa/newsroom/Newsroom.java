package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;

/** Test helpers to write stories through the API and bring them to a given status. */
final class Newsroom {

    static final String OFFICER = "canbo.hacthanh";
    static final String HEAD_TG = "truongban.tg";
    static final String EDITOR = "bientap";

    private final int port;
    private final JdbcClient jdbc;

    Newsroom(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    private final Map<String, ApiClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    /** One bearer token per person for the whole test: logging in is deliberately slow (bcrypt). */
    ApiClient as(String username) {
        return clients.computeIfAbsent(username, u -> ApiClient.as(port, u));
    }

    long draft(String author, String title) {
        var reply = as(author).post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS", "title", title,
                "summary", "Sapo của " + title, "body", "<p>Nội dung <b>chính</b> của tin.</p>")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** Stands in for three uploaded, captioned photos; uploads themselves are tested with the media. */
    void photos(long storyId, int count, boolean captioned) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
                    values (:story, :media, 'IMAGE', (select count(*) from story_media where story_id = :story), :caption, :alt)
                    """)
                    .param("story", storyId).param("media", UUID.randomUUID())
                    .param("caption", captioned ? "Chú thích ảnh " + i : "").param("alt", captioned ? "Mô tả ảnh " + i : "")
                    .update();
        }
    }

    ApiClient.Reply move(String who, long storyId, String action) {
        return move(who, storyId, action, Map.of());
    }

    ApiClient.Reply move(String who, long storyId, String action, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(extra);
        body.put("action", action);
        if (action.equals("RETURN") || action.equals("REJECT")) {
            body.putIfAbsent("reason", "Ảnh chưa rõ, đề nghị bổ sung.");
        }
        if (action.equals("SCHEDULE")) {
            body.putIfAbsent("publishAt", java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString());
        }
        return as(who).post("/api/v1/stories/" + storyId + "/transitions", ApiClient.json(body));
    }

    void moveOk(String who, long storyId, String action, String expectedStatus) {
        var reply = move(who, storyId, action);
        assertThat(reply.status()).as(who + " " + action + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo(expectedStatus);
    }

    JsonNode get(String who, long storyId) {
        return as(who).get("/api/v1/stories/" + storyId).json();
    }

    /** A fresh story by the commune officer, brought along the usual path to the given status. */
    long storyIn(String status) {
        long id = draft(OFFICER, "Tin ở trạng thái " + status + " " + UUID.randomUUID().toString().substring(0, 6));
        photos(id, 3, true);
        switch (status) {
            case "DRAFT" -> { }
            case "SUBMITTED" -> moveOk(OFFICER, id, "SUBMIT", "SUBMITTED");
            case "RETURNED" -> { storyIn(id, "SUBMITTED"); moveOk(HEAD_TG, id, "RETURN", "RETURNED"); }
            case "DEPARTMENT_APPROVED" -> { storyIn(id, "SUBMITTED"); moveOk(HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED"); }
            case "REJECTED" -> { storyIn(id, "SUBMITTED"); moveOk(HEAD_TG, id, "REJECT", "REJECTED"); }
            case "IN_EDITING" -> { storyIn(id, "DEPARTMENT_APPROVED"); moveOk(EDITOR, id, "TAKE", "IN_EDITING"); }
            case "SCHEDULED" -> { storyIn(id, "IN_EDITING"); moveOk(EDITOR, id, "SCHEDULE", "SCHEDULED"); }
            case "PUBLISHED" -> { storyIn(id, "IN_EDITING"); moveOk(EDITOR, id, "PUBLISH", "PUBLISHED"); }
            case "UNPUBLISHED" -> { storyIn(id, "PUBLISHED"); moveOk(EDITOR, id, "UNPUBLISH", "UNPUBLISHED"); }
            case "ARCHIVED" -> { storyIn(id, "PUBLISHED"); moveOk(EDITOR, id, "ARCHIVE", "ARCHIVED"); }
            default -> throw new IllegalArgumentException(status);
        }
        return id;
    }

    private void storyIn(long id, String status) {
        switch (status) {
            case "SUBMITTED" -> moveOk(OFFICER, id, "SUBMIT", "SUBMITTED");
            case "DEPARTMENT_APPROVED" -> { storyIn(id, "SUBMITTED"); moveOk(HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED"); }
            case "IN_EDITING" -> { storyIn(id, "DEPARTMENT_APPROVED"); moveOk(EDITOR, id, "TAKE", "IN_EDITING"); }
            case "PUBLISHED" -> { storyIn(id, "IN_EDITING"); moveOk(EDITOR, id, "PUBLISH", "PUBLISHED"); }
            default -> throw new IllegalArgumentException(status);
        }
    }
}
