package vn.lantoa.channels.connect;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP calls of the connectors: JSON answers, a connect timeout and a timeout on every call; a
 * platform that cannot be reached is an UNREACHABLE failure. Addresses are never logged (Graph takes
 * its token in the query).
 */
@Component
public class JsonHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConnectorSettings settings;
    private final HttpClient client;

    JsonHttp(ConnectorSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An answer: its HTTP status and its body as JSON (an empty object when it had none). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer get(String url, Map<String, String> query, Map<String, String> headers) {
        String full = query == null || query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + encode(query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(full)).timeout(settings.callTimeout()).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public Answer postForm(String url, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.callTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A DELETE with its query (Graph takes its token there). */
    public Answer delete(String url, Map<String, String> query, Map<String, String> headers) {
        String full = query == null || query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + encode(query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(full)).timeout(settings.callTimeout()).DELETE();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A POST of a JSON body (the Messenger Send API). */
    public Answer postJson(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.callTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A file to send in a multipart/form-data POST. */
    public record FilePart(String field, String filename, String contentType, byte[] bytes) {
    }

    /** A multipart/form-data POST: the text fields, then one file (a photo upload). */
    public Answer postMultipart(String url, Map<String, String> fields, FilePart file, Map<String, String> headers) {
        String boundary = "----LanToa" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (value != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\"" + file.filename()
                + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.bytes());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.callTimeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request.build());
    }

    public static String encode(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ConnectorFailure(FailureKind.UNREACHABLE, "timeout", "No answer within " + settings.callTimeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new ConnectorFailure(FailureKind.UNREACHABLE, "io", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorFailure(FailureKind.UNREACHABLE, "interrupted", "Interrupted");
        }
        String body = response.body();
        if (body == null || body.isBlank()) {
            return new Answer(response.statusCode(), JSON.createObjectNode());
        }
        try {
            return new Answer(response.statusCode(), JSON.readTree(body));
        } catch (JacksonException e) {
            throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "HTTP " + response.statusCode(), "The answer is not JSON");
        }
    }
}
