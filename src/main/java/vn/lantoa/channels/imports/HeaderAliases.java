package vn.lantoa.channels.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lantoa.common.text.VietnameseText;

/**
 * The column headers a file may use for each field, read from a resource (headers are data: the
 * platforms rename their columns): one field per line, {@code FIELD = Header | Other header | Tiêu đề},
 * blank lines and {@code #} comments ignored. Headers match without case, accents, spaces or punctuation
 * ("Total clicks" = "total_clicks", "Lượt xem" = "luot xem").
 */
public final class HeaderAliases {

    private final Map<String, List<String>> byField;
    private final Map<String, String> fieldByKey;

    private HeaderAliases(Map<String, List<String>> byField) {
        this.byField = byField;
        Map<String, String> keys = new LinkedHashMap<>();
        byField.forEach((field, headers) -> headers.forEach(h -> keys.putIfAbsent(key(h), field)));
        this.fieldByKey = keys;
    }

    public static HeaderAliases load(String classpathResource) {
        try (InputStream in = HeaderAliases.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("No header list " + classpathResource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HeaderAliases parse(String text) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not a header line: " + line);
            }
            String field = line.substring(0, equals).strip();
            List<String> headers = byField.computeIfAbsent(field, f -> new ArrayList<>());
            for (String header : line.substring(equals + 1).split("\\|")) {
                if (!header.isBlank()) {
                    headers.add(header.strip());
                }
            }
        }
        byField.replaceAll((field, headers) -> List.copyOf(headers));
        return new HeaderAliases(Collections.unmodifiableMap(byField));
    }

    /** The header's field, or null when it is none of the listed ones. */
    public String fieldOf(String header) {
        return fieldByKey.get(key(header));
    }

    /** The headers listed for a field, the first being the one to name in messages. */
    public List<String> headersOf(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** For each field found, the index of its first column. */
    public Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = fieldOf(header.get(i));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    static String key(String header) {
        return VietnameseText.slug(header).replace("-", "");
    }
}
