package vn.lantoa.channels.audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a typed audience figure acceptable, for manual entry, file import and the API alike:
 * whole non-negative counts (thousands may be grouped with dots, commas or spaces, "1.514"), at most
 * as many non-members as people in the group, a share of women between 0 and 100, a day that is
 * neither in the future nor before the channel's launch. The figure and every problem found are
 * returned together, so that a form can show all of them at once.
 */
public final class FigureRules {

    public static final int MAX_AUDIENCE = 2_000_000_000;
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private FigureRules() {
    }

    /** The figure when there is no problem, and the problems otherwise. */
    public record Checked(Optional<AudienceFigure> figure, List<FigureProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param defaultDay the day taken when none is typed (today in Vietnam for a form; null when a day is required)
     * @param launchedOn the channel's launch date, when known
     */
    public static Checked check(FigureInput input, LocalDate defaultDay, LocalDate today, LocalDate launchedOn) {
        List<FigureProblem> problems = new ArrayList<>();
        LocalDate day = null;
        if (input.day().isEmpty()) {
            if (defaultDay == null) {
                problems.add(new FigureProblem("day", "audience.error.day.missing"));
            }
            day = defaultDay;
        } else {
            day = parseDay(input.day()).orElse(null);
            if (day == null) {
                problems.add(new FigureProblem("day", "audience.error.day.invalid", input.day()));
            }
        }
        if (day != null && day.isAfter(today)) {
            problems.add(new FigureProblem("day", "audience.error.day.future", SHOWN.format(day)));
        } else if (day != null && launchedOn != null && day.isBefore(launchedOn)) {
            problems.add(new FigureProblem("day", "audience.error.day.beforeLaunch", SHOWN.format(day), SHOWN.format(launchedOn)));
        }
        Integer audience = count("audience", input.audience(), true, problems);
        Integer nonMembers = count("nonMembers", input.nonMembers(), false, problems);
        if (audience != null && nonMembers != null && nonMembers > audience) {
            problems.add(new FigureProblem("nonMembers", "audience.error.nonMembers.tooMany", nonMembers, audience));
        }
        BigDecimal women = percent(input.womenPercent(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), List.copyOf(problems));
        }
        return new Checked(Optional.of(new AudienceFigure(day, audience, nonMembers, women)), List.of());
    }

    public static Optional<LocalDate> parseDay(String text) {
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(t, VIETNAMESE));
            } catch (DateTimeParseException notVietnamese) {
                return Optional.empty();
            }
        }
    }

    private static Integer count(String field, String text, boolean required, List<FigureProblem> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FigureProblem(field, "audience.error.count.missing"));
            }
            return null;
        }
        String digits = text.replaceAll("[\\s.,\u00a0]", "");
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || !groupedWell(text.replace("-", "").strip())) {
            problems.add(new FigureProblem(field, "audience.error.count.notNumber", text));
            return null;
        }
        if (negative) {
            problems.add(new FigureProblem(field, "audience.error.count.negative", text));
            return null;
        }
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_AUDIENCE) {
            problems.add(new FigureProblem(field, "audience.error.count.tooLarge", text));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** "1514", "1.514", "1,514", "1 514", "1.514.000": not "15.14" (a decimal, not a count). */
    private static boolean groupedWell(String text) {
        return text.matches("\\d+") || text.matches("\\d{1,3}([.,\\s\u00a0]\\d{3})+");
    }

    private static BigDecimal percent(String text, List<FigureProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.replace("%", "").strip().replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(new FigureProblem("womenPercent", "audience.error.percent.notNumber", text));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FigureProblem("womenPercent", "audience.error.percent.range", text));
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
