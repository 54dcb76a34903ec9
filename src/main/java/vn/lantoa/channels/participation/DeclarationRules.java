package vn.lantoa.channels.participation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a declaration, with no Spring in them: a page among the province's, a Facebook profile
 * address (or a name), a month that is not in the future nor older than {@link #MONTHS_BACK} months, a
 * whole count from 0 to {@link #MAX_INTERACTIONS}. Every field wrong is reported at once.
 */
public final class DeclarationRules {

    /** A person interacting several times a day every day of a month stays far below this. */
    public static final int MAX_INTERACTIONS = 1_000;
    public static final int MONTHS_BACK = 24;
    public static final int MAX_NAME = 120;

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    /** One field's refusal: a message key and its arguments. */
    public record Problem(String messageKey, Object... args) {
    }

    /** The checked declaration: its values when {@code problems} is empty. */
    public record Checked(Map<String, Problem> problems, long channelId, ProfileLink link, String profileName, YearMonth month,
                          int interactions) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DeclarationRules() {
    }

    public static Checked check(DeclarationForm form, Collection<Long> provincePages, YearMonth current) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (form.channelId() == null || !provincePages.contains(form.channelId())) {
            problems.put("channelId", new Problem("channels.participation.error.page"));
        }
        ProfileLink link = null;
        String name = null;
        String profile = form.profile() == null ? "" : form.profile().strip();
        if (profile.isEmpty()) {
            problems.put("profile", new Problem("channels.participation.error.profile.required"));
        } else if (ProfileLink.looksLikeAddress(profile)) {
            link = ProfileLink.parse(profile).orElse(null);
            if (link == null) {
                problems.put("profile", new Problem("channels.participation.error.profile.notFacebook", profile));
            }
        } else if (profile.length() > MAX_NAME) {
            problems.put("profile", new Problem("channels.participation.error.profile.long", MAX_NAME));
        } else {
            name = profile;
        }
        YearMonth month = month(form.month(), current, problems);
        Integer count = interactions(form.interactions(), problems);
        return new Checked(Map.copyOf(problems), form.channelId() == null ? 0 : form.channelId(), link, name, month,
                count == null ? 0 : count);
    }

    /** The month of an import form, by the same rules (refused with the field's message). */
    public static YearMonth month(String text, YearMonth current) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        YearMonth month = month(text, current, problems);
        Problem problem = problems.get("month");
        if (problem != null) {
            throw new vn.lantoa.common.web.InvalidInput("month", problem.messageKey(), problem.args());
        }
        return month;
    }

    private static YearMonth month(String text, YearMonth current, Map<String, Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.put("month", new Problem("channels.participation.error.month.required"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.isAfter(current)) {
                problems.put("month", new Problem("channels.participation.error.month.future", text.strip()));
            } else if (month.isBefore(current.minusMonths(MONTHS_BACK))) {
                problems.put("month", new Problem("channels.participation.error.month.old", MONTHS_BACK));
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.put("month", new Problem("channels.participation.error.month.format", text.strip()));
            return null;
        }
    }

    private static Integer interactions(String text, Map<String, Problem> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            problems.put("interactions", new Problem("channels.participation.error.interactions.required"));
            return null;
        }
        if (t.startsWith("-") && WHOLE.matcher(t.substring(1)).matches()) {
            problems.put("interactions", new Problem("channels.participation.error.interactions.negative", t));
            return null;
        }
        if (!WHOLE.matcher(t).matches()) {
            problems.put("interactions", new Problem("channels.participation.error.interactions.whole", t));
            return null;
        }
        int value = Integer.parseInt(t);
        if (value > MAX_INTERACTIONS) {
            problems.put("interactions", new Problem("channels.participation.error.interactions.tooMany", MAX_INTERACTIONS));
            return null;
        }
        return value;
    }
}
