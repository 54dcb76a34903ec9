package vn.lantoa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes stories through the API and moves them along the workflow, for tests outside the newsroom
 * package (a public copy of the newsroom tests' own helper, trimmed to what they need).
 */
public final class Stories {

    public static final String OFFICER = "canbo.hacthanh";
    public static final String HEAD_TG = "truongban.tg";
    public static final String EDITOR = "bientap";
    public static final String REASON = "Ảnh chưa rõ, đề nghị bổ sung.";

    private final int port;
    private final JdbcClient jdbc;
    private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();

    public Stories(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** One bearer token per person: logging in is deliberately slow (bcrypt). */
    public ApiClient as(String username) {
        return clients.computeIfAbsent(username, u -> ApiClient.as(port, u));
    }

    /** A title no other test uses, so that notices and mails can be told apart. */
    public static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A news item with three captioned photos, ready to submit. */
    public long draft(String author, String title) {
        var reply = as(author).post("/api/v1/stories", ApiClient.json(Map.of("kind", "NEWS", "title", title,
                "summary", "Sapo của " + title, "body", "<p>Nội dung <b>chính</b> của tin.</p>")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").asLong();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
                    values (:story, :media, 'IMAGE', :position, :caption, :alt)
                    """)
                    .param("story", id).param("media", UUID.randomUUID()).param("position", i)
                    .param("caption", "Chú thích ảnh " + i).param("alt", "Mô tả ảnh " + i).update();
        }
        return id;
    }

    public void moveOk(String who, long storyId, String action, String expectedStatus) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        if (action.equals("RETURN") || action.equals("REJECT")) {
            body.put("reason", REASON);
        }
        var reply = as(who).post("/api/v1/stories/" + storyId + "/transitions", ApiClient.json(body));
        assertThat(reply.status()).as(who + " " + action + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo(expectedStatus);
    }

    public void comment(String who, long storyId, String text) {
        var reply = as(who).post("/api/v1/stories/" + storyId + "/comments", ApiClient.json(Map.of("body", text)));
        assertThat(reply.status()).as(who + " comments: " + reply.body()).isEqualTo(201);
    }

    /** A fresh story by the commune officer, brought along the usual path to the given status. */
    public long storyIn(String status, String title) {
        long id = draft(OFFICER, title);
        moveOk(OFFICER, id, "SUBMIT", "SUBMITTED");
        switch (status) {
            case "SUBMITTED" -> { }
            case "DEPARTMENT_APPROVED" -> moveOk(HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED");
            case "PUBLISHED" -> {
                moveOk(HEAD_TG, id, "APPROVE", "DEPARTMENT_APPROVED");
                moveOk(EDITOR, id, "TAKE", "IN_EDITING");
                moveOk(EDITOR, id, "PUBLISH", "PUBLISHED");
            }
            default -> throw new IllegalArgumentException(status);
        }
        return id;
    }
}
