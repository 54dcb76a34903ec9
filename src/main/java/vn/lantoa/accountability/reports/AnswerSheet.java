package vn.lantoa.accountability.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a unit typed into its report, read against the form: whole numbers from 0 to
 * {@value #MAX_NUMBER}, texts of at most {@value #MAX_TEXT} characters, required fields filled when
 * the report is submitted. Either every answer is good, or nothing is taken and each wrong field has
 * its message; the typed text is always kept so the page can show it again.
 */
public record AnswerSheet(Map<String, String> typed, Map<String, Object> values, Map<String, Problem> problems) {

    public static final long MAX_NUMBER = 1_000_000;
    public static final int MAX_TEXT = 4_000;
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** Why one field was refused: a message key and its arguments. */
    public record Problem(String messageKey, Object... args) {
    }

    /**
     * Reads the answers to the active fields. {@code submitting} also asks for the required ones. Answers
     * left blank are absent from {@link #values()}.
     */
    public static AnswerSheet read(List<ReportField> fields, Map<String, String> typed, boolean submitting) {
        Map<String, String> kept = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (ReportField field : fields) {
            if (!field.active()) {
                continue;
            }
            String text = typed.getOrDefault(field.key(), "");
            text = text == null ? "" : text;
            kept.put(field.key(), text);
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                if (field.required() && submitting) {
                    problems.put(field.key(), new Problem("report.error.required"));
                }
                continue;
            }
            if (field.kind() == FieldKind.TEXT) {
                if (trimmed.length() > MAX_TEXT) {
                    problems.put(field.key(), new Problem("report.error.tooLong", MAX_TEXT, trimmed.length()));
                } else {
                    values.put(field.key(), trimmed);
                }
                continue;
            }
            String digits = trimmed.replace(" ", "").replace(".", "").replace(",", "");
            if (trimmed.matches(".*\\d[.,]\\d{1,2}$") || !INTEGER.matcher(digits).matches()) {
                problems.put(field.key(), new Problem("report.error.notANumber"));
            } else if (digits.startsWith("-") && !digits.matches("-0+")) {
                problems.put(field.key(), new Problem("report.error.negative"));
            } else if (digits.replaceFirst("^[+-]?0*", "").length() > 7 || Long.parseLong(digits) > MAX_NUMBER) {
                problems.put(field.key(), new Problem("report.error.tooLarge", "1.000.000"));
            } else {
                values.put(field.key(), Long.parseLong(digits));
            }
        }
        return new AnswerSheet(kept, values, problems);
    }

    /** The typed text of every active field from stored answers, for showing a saved report in its form. */
    public static Map<String, String> typedFrom(List<ReportField> fields, Map<String, Object> answers) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (ReportField field : fields) {
            Object value = answers.get(field.key());
            typed.put(field.key(), value == null ? "" : value.toString());
        }
        return typed;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * The stored answers after this sheet: answers to switched-off fields stay as they were, answers to
     * active fields are replaced (and removed when left blank).
     */
    public Map<String, Object> mergeInto(Map<String, Object> previous, List<ReportField> fields) {
        Map<String, Object> merged = new LinkedHashMap<>(previous);
        for (ReportField field : fields) {
            if (field.active()) {
                merged.remove(field.key());
            }
        }
        merged.putAll(values);
        return merged;
    }
}
