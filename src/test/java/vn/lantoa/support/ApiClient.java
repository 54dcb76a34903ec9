package vn.lantoa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls /api/v1 over real HTTP with a bearer token, as a mobile app would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    private ApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    public record Reply(int status, String body, HttpResponse<String> response) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public static ApiClient as(int port, String username) {
        Reply reply = anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + WebSession.DEMO_PASSWORD + "\"}");
        assertThat(reply.status()).as("token for " + username + ": " + reply.body()).isEqualTo(201);
        return withToken(port, reply.json().get("token").asString());
    }

    public static ApiClient withToken(int port, String token) {
        return new ApiClient(port, token);
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload of one file, as a mobile app sends a photo. */
    public Reply upload(String path, String field, String fileName, byte[] content) {
        String boundary = "----lantoa" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
