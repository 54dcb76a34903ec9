package vn.lantoa.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The W3C Nu HTML checker, in-process (no network): the errors it finds in a page, as "line: message". */
public final class HtmlChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtmlChecker() {
    }

    /**
     * The errors of a staff page, where htmx attributes are written bare ({@code hx-get}, {@code hx-target}):
     * the Nu checker does not know them, and nothing else is forgiven.
     */
    public static List<String> staffPageErrors(String html) {
        return errors(html).stream().filter(e -> !e.contains(": Attribute “hx-")).toList();
    }

    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        try {
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(report).path("messages")) {
                if ("error".equals(message.path("type").asString()) || "fatal".equals(message.path("subType").asString())) {
                    errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asString()
                            + " [" + message.path("extract").asString().strip() + "]");
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker failed", e);
        }
    }
}
