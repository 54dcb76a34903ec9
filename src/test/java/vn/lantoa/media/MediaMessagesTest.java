package vn.lantoa.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Every message key the media module uses exists in Vietnamese and in English (the shared check does not look at media.*). */
class MediaMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(media\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyMediaKeyExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/lantoa/media"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).contains("media.error.notAnImage", "media.error.heicUnsupported", "media.error.notAVideoLink");
        assertThat(load("messages_vi.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
