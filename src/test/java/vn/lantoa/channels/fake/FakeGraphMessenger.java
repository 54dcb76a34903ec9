package vn.lantoa.channels.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Messenger part of the Graph API, as documented, added to {@link FakeGraphApi#shared()}: the Send API
 * ({@code POST /{page-id}/messages} with a JSON body {@code {"recipient":{"id":PSID},"messaging_type":
 * "RESPONSE"|"UPDATE"|"MESSAGE_TAG","tag":…,"message":{"text":…}}}, answering
 * {@code {"recipient_id":…,"message_id":"m_…"}}), which needs a Page token of that page with
 * pages_messaging (else error 200), enforces the 24-hour window from the person's last message as a test
 * says they sent it (error 10 / subcode 2018278), lets HUMAN_AGENT through up to 7 days, refuses a person
 * who cannot be reached (551 / 1545041) and a text over 2,000 characters (100); and a person's profile
 * ({@code GET /{psid}?fields=name}). What was sent is kept for assertions.
 */
public final class FakeGraphMessenger {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile FakeGraphMessenger shared;

    /** A message the fake accepted: to whom, from which page, of which type, with what text and tag. */
    public record Sent(String pageId, String psid, String messagingType, String tag, String text, String messageId, JsonNode body) {
    }

    private final FakeGraphApi graph;
    /** page id + "/" + psid → when the person last wrote to the page */
    private final Map<String, Instant> lastFromPerson = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private FakeGraphMessenger(FakeGraphApi graph) {
        this.graph = graph;
    }

    /** The one instance of this JVM, its extension added to the shared fake Graph API. */
    public static synchronized FakeGraphMessenger shared() {
        if (shared == null) {
            shared = new FakeGraphMessenger(FakeGraphApi.shared());
            shared.graph.extend("messenger", shared::answer);
        }
        return shared;
    }

    /** The person wrote to the page at that time: the reply window counts from it. */
    public FakeGraphMessenger personWrote(String pageId, String psid, Instant at) {
        lastFromPerson.put(pageId + "/" + psid, at);
        return this;
    }

    /** The person's name, as GET /{psid}?fields=name answers it; a person without one is unknown (error 100). */
    public FakeGraphMessenger person(String psid, String name) {
        names.put(psid, name);
        return this;
    }

    /** From now on messages to this person fail with 551 "This person isn't available right now." */
    public FakeGraphMessenger unavailable(String psid) {
        unavailable.add(psid);
        return this;
    }

    public List<Sent> sentTo(String psid) {
        return sent.stream().filter(s -> s.psid().equals(psid)).toList();
    }

    private FakeHttpServer.Reply answer(FakeHttpServer.Received r, String[] parts, FakeGraphApi.Token token) {
        if (parts.length == 2 && parts[1].equals("messages") && r.method().equals("POST")) {
            return send(r, parts[0], token);
        }
        if (parts.length == 1 && r.method().equals("GET") && names.containsKey(parts[0])) {
            if (!token.page()) {
                return graph.error(400, "(#100) Tried accessing nonexisting field (name)", "OAuthException", 100, null);
            }
            return FakeHttpServer.Reply.json(200, "{\"name\":" + FakeHttpServer.quote(names.get(parts[0])) + ",\"id\":"
                    + FakeHttpServer.quote(parts[0]) + "}");
        }
        return null;
    }

    private FakeHttpServer.Reply send(FakeHttpServer.Received r, String pageId, FakeGraphApi.Token token) {
        if (!token.page() || !token.subjectId().equals(pageId)) {
            return graph.error(400, "(#200) Requires pages_messaging permission to manage the object", "OAuthException", 200, null);
        }
        if (!token.permissions().contains("pages_messaging")) {
            return graph.error(403, "(#200) Requires pages_messaging permission to manage the object", "OAuthException", 200, null);
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.text());
        } catch (RuntimeException e) {
            return graph.error(400, "(#100) Param recipient must be non-empty.", "OAuthException", 100, null);
        }
        String psid = body.path("recipient").path("id").asString("");
        String type = body.path("messaging_type").asString("");
        String tag = body.path("tag").asString(null);
        String text = body.path("message").path("text").asString("");
        if (psid.isBlank()) {
            return graph.error(400, "(#100) The parameter recipient is required", "OAuthException", 100, null);
        }
        if (!Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG").contains(type)) {
            return graph.error(400, "(#100) Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}", "OAuthException", 100, null);
        }
        if (type.equals("MESSAGE_TAG") && !Set.of("HUMAN_AGENT", "ACCOUNT_UPDATE", "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE")
                .contains(tag == null ? "" : tag)) {
            return graph.error(400, "(#100) Param tag must be a valid message tag", "OAuthException", 100, null);
        }
        if (text.isBlank()) {
            return graph.error(400, "(#100) Message cannot be empty, must provide valid attachment or text", "OAuthException", 100, 2018034);
        }
        if (text.length() > 2000) {
            return graph.error(400, "(#100) Length of param message[text] must be less than or equal to 2000", "OAuthException", 100, null);
        }
        if (unavailable.contains(psid)) {
            return graph.error(400, "(#551) This person isn't available right now.", "OAuthException", 551, 1545041);
        }
        Instant last = lastFromPerson.get(pageId + "/" + psid);
        if (last == null) {
            return graph.error(400, "(#100) No matching user found", "OAuthException", 100, 2018001);
        }
        Duration allowed = "HUMAN_AGENT".equals(tag) ? Duration.ofDays(7) : Duration.ofHours(24);
        if (Instant.now().isAfter(last.plus(allowed))) {
            return graph.error(400, "(#10) This message is sent outside of allowed window.", "OAuthException", 10, 2018278);
        }
        String messageId = "m_" + Long.toString(ids.incrementAndGet(), 36) + "fakeMid" + psid.hashCode();
        sent.add(new Sent(pageId, psid, type, tag, text, messageId, body));
        return FakeHttpServer.Reply.json(200, "{\"recipient_id\":" + FakeHttpServer.quote(psid) + ",\"message_id\":"
                + FakeHttpServer.quote(messageId) + "}");
    }
}
