package vn.lantoa.channels.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A local HTTP server (JDK HttpServer on a free port of the loopback) that answers as a platform's API
 * does. A test registers answers per method and path ({@link #on}), which take precedence over the
 * platform's own behaviour ({@link #answer}), and reads back the requests received ({@link #received}):
 * method, path, query, form body and headers.
 */
public abstract class FakeHttpServer {

    /**
     * A request as received. Header names are lower case. The form holds the fields of a urlencoded body
     * and the text fields of a multipart one; files holds a multipart body's files by field name; body is
     * the raw body (a JSON one, for instance).
     */
    public record Received(String method, String path, Map<String, String> query, Map<String, String> form, Map<String, String> headers,
                           Map<String, byte[]> files, byte[] body) {
        public String param(String name) {
            return query.containsKey(name) ? query.get(name) : form.get(name);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer: status, JSON body (or none), and a Location for redirects. */
    public record Reply(int status, String body, String location) {
        public static Reply json(int status, String body) {
            return new Reply(status, body, null);
        }

        public static Reply redirect(String location) {
            return new Reply(302, null, location);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Received, Reply>> routes = new ConcurrentHashMap<>();

    protected FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, getClass().getSimpleName());
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers an answer for a method and an exact path; it wins over the platform's behaviour until removed. */
    public void on(String method, String path, Function<Received, Reply> answer) {
        routes.put(method.toUpperCase(Locale.ROOT) + " " + path, answer);
    }

    public void off(String method, String path) {
        routes.remove(method.toUpperCase(Locale.ROOT) + " " + path);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    public List<Received> received(String method, String path) {
        return received(r -> r.method().equals(method) && r.path().equals(path));
    }

    /** The platform's own behaviour for a request no test route answers. */
    protected abstract Reply answer(Received request);

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            Map<String, String> form = new LinkedHashMap<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                form.putAll(parse(body));
            } else if (type != null && type.startsWith("multipart/form-data")) {
                multipart(raw, type.substring(type.indexOf("boundary=") + 9), form, files);
            }
            Received request = new Received(exchange.getRequestMethod(), uri.getPath(), parse(uri.getRawQuery()), form, headers, files, raw);
            received.add(request);
            Function<Received, Reply> route = routes.get(request.method() + " " + request.path());
            Reply reply = route != null ? route.apply(request) : answer(request);
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            if (reply.body() != null) {
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            byte[] bytes = ("{\"fake_error\":\"" + e + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            exchange.close();
        }
    }

    /** Splits a multipart body on its boundary (ISO-8859-1 keeps every byte of a file as one char). */
    private static void multipart(byte[] raw, String boundary, Map<String, String> form, Map<String, byte[]> files) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        for (String part : all.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String head = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4, part.endsWith("\r\n") ? part.length() - 2 : part.length());
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(head);
            if (!name.find()) {
                continue;
            }
            if (head.contains("filename=")) {
                files.put(name.group(1), content.getBytes(StandardCharsets.ISO_8859_1));
            } else {
                form.put(name.group(1), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            map.put(key, value);
        }
        return map;
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String join(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }

    static List<String> list() {
        return new ArrayList<>();
    }
}
