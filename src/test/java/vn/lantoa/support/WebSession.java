package vn.lantoa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application: cookies, the CSRF token of the
 * session, form posts and file uploads. Redirects are not followed, so tests see them.
 */
public final class WebSession {

    public static final String DEMO_PASSWORD = "LanToa@2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, HttpResponse<String> response) {

        public String location() {
            return response.headers().firstValue("Location").orElse("");
        }
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession login(int port, String username) {
        return login(port, username, DEMO_PASSWORD);
    }

    public static WebSession login(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page result = session.tryLogin(username, password);
        assertThat(result.location()).as("login of " + username).endsWith("/admin");
        session.get("/admin");
        return session;
    }

    public Page tryLogin(String username, String password) {
        get("/login");
        Page result = post("/login", Map.of("username", username, "password", password));
        csrf = null;
        return result;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page htmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET(), false);
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        body = body.isEmpty() ? "_csrf=" + encode(csrf()) : body + "&_csrf=" + encode(csrf());
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), true);
    }

    public Page upload(String path, String field, String fileName, byte[] content) {
        return upload(path, Map.of(), field, fileName, content);
    }

    /** A multipart form: text fields, then one file. */
    public Page upload(String path, Map<String, String> fields, String field, String fileName, byte[] content) {
        String boundary = "----lantoa" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> text : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + text.getKey() + "\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())), true);
    }

    private String csrf() {
        if (csrf == null) {
            Page page = get("/login");
            if (csrf == null) {
                throw new IllegalStateException("No CSRF token on /login: " + page.status());
            }
        }
        return csrf;
    }

    private Page send(HttpRequest.Builder request, boolean rememberCsrf) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", "vi").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (rememberCsrf) {
                Matcher matcher = CSRF.matcher(response.body());
                if (matcher.find()) {
                    csrf = matcher.group(1);
                }
            }
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
