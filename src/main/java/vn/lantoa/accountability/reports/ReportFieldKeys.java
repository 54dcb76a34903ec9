package vn.lantoa.accountability.reports;

import java.util.List;

/**
 * The keys of the default monthly-report fields seeded for a province. Other parts read answers by
 * these keys (the emulation score counts {@link #DIGITAL_SESSIONS}), so they never change even when a
 * province renames the field's label.
 */
public final class ReportFieldKeys {

    public static final String DIGITAL_SESSIONS = "digital_sessions";
    public static final String DIGITAL_PARTICIPANTS = "digital_participants";
    public static final String TRAININGS = "trainings";
    public static final String TRAINING_PARTICIPANTS = "training_participants";
    public static final String REPORTERS = "reporters";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";

    /** System figures measured by the accountability module itself (others come through ActivityFigures). */
    public static final String STORIES_SENT = "stories.sent";
    public static final String STORIES_PUBLISHED = "stories.published";

    public static final List<String> DEFAULTS = List.of(DIGITAL_SESSIONS, DIGITAL_PARTICIPANTS, TRAININGS,
            TRAINING_PARTICIPANTS, REPORTERS, DIFFICULTIES, PROPOSALS);

    private ReportFieldKeys() {
    }
}
