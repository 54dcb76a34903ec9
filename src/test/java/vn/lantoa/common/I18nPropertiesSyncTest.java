package vn.lantoa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese and English bundles hold the same keys; every literal key used in a template or in
 * Java exists; and templates show no text that is not from the bundles.
 */
class I18nPropertiesSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:error|unit|department|account|password|token|login|import|audit|mail|validation|export|nav|problem|calendar|search)\\.[a-zA-Z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_vi.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = load("messages_vi.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(TEMPLATES, ".html", TEMPLATE_KEY, used);
        collect(JAVA, ".java", JAVA_KEY, used);
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        Pattern textBetweenTags = Pattern.compile(">\\s*([\\p{L}][^<>{}$#]*?)\\s*</");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher matcher = textBetweenTags.matcher(html);
                while (matcher.find()) {
                    int tagStart = html.lastIndexOf('<', matcher.start());
                    String tag = html.substring(tagStart, matcher.start() + 1);
                    assertThat(tag).as("text \"%s\" in %s must come from messages (th:text)", matcher.group(1), file)
                            .containsAnyOf("th:text", "th:utext", "th:errors", "lang=\"en\"", "lang=\"vi\"");
                }
            }
        }
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
