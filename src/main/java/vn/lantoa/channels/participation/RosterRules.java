package vn.lantoa.channels.participation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.lantoa.common.text.VietnameseText;

/** The rules of a roster entry, with no Spring in them: a name, an optional short position, a phone number, a Facebook profile address. */
public final class RosterRules {

    public static final int MAX_NAME = 120;
    public static final int MAX_POSITION = 100;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-]{8,20}");

    private RosterRules() {
    }

    /** The problems by field; empty when the entry may be saved. */
    public static Map<String, DeclarationRules.Problem> check(RosterForm form) {
        Map<String, DeclarationRules.Problem> problems = new LinkedHashMap<>();
        String name = VietnameseText.clean(form.fullName());
        if (name.isEmpty()) {
            problems.put("fullName", new DeclarationRules.Problem("channels.participation.roster.error.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.put("fullName", new DeclarationRules.Problem("channels.participation.roster.error.name.long", MAX_NAME));
        }
        if (VietnameseText.clean(form.position()).length() > MAX_POSITION) {
            problems.put("position", new DeclarationRules.Problem("channels.participation.roster.error.position.long", MAX_POSITION));
        }
        String phone = strip(form.phone());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.put("phone", new DeclarationRules.Problem("channels.participation.roster.error.phone", phone));
        }
        String profile = strip(form.profile());
        if (!profile.isEmpty() && ProfileLink.parse(profile).isEmpty()) {
            problems.put("profile", new DeclarationRules.Problem("channels.participation.error.profile.notFacebook", profile));
        }
        return problems;
    }

    /** The phone as stored: digits only (and a leading +), so that "0912 345 678" and "0912.345.678" are one number. */
    public static String phone(String text) {
        String t = strip(text);
        return t.isEmpty() ? null : (t.startsWith("+") ? "+" : "") + t.replaceAll("[^0-9]", "");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
