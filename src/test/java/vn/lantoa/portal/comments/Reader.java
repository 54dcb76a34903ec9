package vn.lantoa.portal.comments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An anonymous reader of the public site: no cookie jar at all (a cookie the site sets would show as a
 * Set-Cookie header), a made-up address of its own (sent as X-Forwarded-For, which the test profile
 * believes from 127.0.0.1) so that each test meets the rate limit on its own.
 */
final class Reader {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String address;

    record Answer(int status, String body, HttpResponse<String> response) {

        String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        boolean setsCookie() {
            return response.headers().firstValue("Set-Cookie").isPresent();
        }
    }

    /** A file in the form: its name as the reader's device calls it, and its bytes. */
    record File(String name, byte[] content) {
    }

    private Reader(String base, String address) {
        this.base = base;
        this.address = address;
    }

    /** A reader at an address no other reader of this test run uses. */
    static Reader fresh(int port) {
        return fresh("localhost", port);
    }

    /** A reader of the site answering on this host name. */
    static Reader fresh(String host, int port) {
        int n = NEXT.getAndIncrement();
        return new Reader("http://" + host + ":" + port, "10.77." + (n / 250) + "." + (n % 250 + 1));
    }

    String address() {
        return address;
    }

    static Map<String, String> form(String name, String email, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("text", text);
        fields.put("website", "");
        return fields;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(long storyId, Map<String, String> fields) {
        return post(storyId, fields, null, false);
    }

    /** The form as a browser sends it: multipart, with an empty file part when nothing is attached. */
    Answer post(long storyId, Map<String, String> fields, File file, boolean htmx) {
        String boundary = "----reader" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((key, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        String fileName = file == null ? "" : file.name();
        String type = file == null ? "application/octet-stream" : guessType(file.name());
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        if (file != null) {
            out.writeBytes(file.content());
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/binh-luan/" + storyId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request);
    }

    private static String guessType(String name) {
        return name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".png") ? "image/png" : "image/jpeg";
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", "vi").header("X-Forwarded-For", address)
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
