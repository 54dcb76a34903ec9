package vn.lantoa.media.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain S3-compatible server on the loopback address: path-style PUT, GET (with Range), HEAD and
 * DELETE of objects in one bucket. Like many self-hosted stores it refuses aws-chunked uploads, and
 * it checks that every request is signed with the expected access key (it does not verify signatures).
 */
public final class FakeS3 implements AutoCloseable {

    static final String ACCESS_KEY = "test-access-key";
    static final String SECRET_KEY = "test-secret-key";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    record StoredObject(byte[] content, String contentType, String cacheControl) {
    }

    private final HttpServer server;
    private final String bucket;
    final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    public FakeS3(String bucket) throws IOException {
        this.bucket = bucket;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this server's bucket, signing with the expected keys. */
    public S3Storage connect() {
        return S3Storage.connect(new S3Storage.Connection(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            requests.add(method + " " + path);
            String prefix = "/" + bucket + "/";
            if (!path.startsWith(prefix) || !signed(exchange)) {
                error(exchange, 403, "AccessDenied");
                return;
            }
            String key = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
            switch (method) {
                case "PUT" -> put(exchange, key);
                case "GET", "HEAD" -> get(exchange, key, method.equals("HEAD"));
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed");
            }
        }
    }

    /** A header signature or a presigned query, both naming our access key. */
    private static boolean signed(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String query = exchange.getRequestURI().getRawQuery();
        boolean header = authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/");
        boolean presigned = query != null && query.contains("X-Amz-Credential=" + ACCESS_KEY + "%2F") && query.contains("X-Amz-Signature=");
        return header || presigned;
    }

    private void put(HttpExchange exchange, String key) throws IOException {
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if ((sha != null && sha.startsWith("STREAMING")) || (encoding != null && encoding.contains("aws-chunked"))) {
            error(exchange, 400, "NotImplemented");
            return;
        }
        byte[] content;
        try (InputStream in = exchange.getRequestBody()) {
            content = in.readAllBytes();
        }
        objects.put(key, new StoredObject(content, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Cache-Control")));
        exchange.getResponseHeaders().set("ETag", "\"" + Integer.toHexString(Arrays.hashCode(content)) + "\"");
        exchange.sendResponseHeaders(200, -1);
    }

    private void get(HttpExchange exchange, String key, boolean head) throws IOException {
        StoredObject object = objects.get(key);
        if (object == null) {
            error(exchange, 404, head ? null : "NoSuchKey");
            return;
        }
        byte[] body = object.content();
        int status = 200;
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (matcher != null && matcher.matches()) {
            int first = Integer.parseInt(matcher.group(1));
            int last = matcher.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Integer.parseInt(matcher.group(2)));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + body.length);
            body = Arrays.copyOfRange(body, first, last + 1);
            status = 206;
        }
        if (object.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", object.contentType());
        }
        exchange.getResponseHeaders().set("ETag", "\"" + Integer.toHexString(Arrays.hashCode(object.content())) + "\"");
        exchange.getResponseHeaders().set("Last-Modified", "Mon, 23 Nov 2026 10:00:00 GMT");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        if (code == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
