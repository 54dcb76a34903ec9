package vn.lantoa.channels.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.lantoa.common.text.VietnameseText;

/**
 * Which department answers a new conversation: the first rule (in the page's order) one of whose
 * keywords is in the first message, compared without diacritics and case ("bao luc" matches "Bạo lực"),
 * as whole words; otherwise the page's default department; otherwise nobody yet (the page's managers
 * route it by hand). Plain Java: the rule lives here and nowhere else.
 */
public final class Routing {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    /** One rule: its keywords (as typed, comma-separated) and the department they send to. */
    public record Rule(String keywords, long departmentId) {

        /** The keywords folded, blank ones dropped. */
        public List<String> folded() {
            return Arrays.stream(keywords.split("[,;\\n]")).map(Routing::words).filter(k -> !k.isBlank()).toList();
        }
    }

    /** How a conversation was routed: the department (null: none), by what, and the keyword that matched. */
    public record Decision(Long departmentId, RoutedBy by, String keyword) {
    }

    public enum RoutedBy { RULE, DEFAULT, STAFF, NONE }

    private Routing() {
    }

    public static Decision route(String firstMessage, List<Rule> rules, Long defaultDepartment) {
        String text = " " + words(firstMessage) + " ";
        for (Rule rule : rules) {
            for (String keyword : rule.folded()) {
                if (text.contains(" " + keyword + " ")) {
                    return new Decision(rule.departmentId(), RoutedBy.RULE, keyword);
                }
            }
        }
        return defaultDepartment == null ? new Decision(null, RoutedBy.NONE, null) : new Decision(defaultDepartment, RoutedBy.DEFAULT, null);
    }

    /** The text folded to lower-case ASCII words separated by one space. */
    static String words(String text) {
        return NOT_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").trim();
    }

    /** The keywords as stored for matching: folded, one comma between them. */
    public static String foldedKeywords(String keywords) {
        return String.join(",", new Rule(keywords == null ? "" : keywords, 0).folded());
    }
}
