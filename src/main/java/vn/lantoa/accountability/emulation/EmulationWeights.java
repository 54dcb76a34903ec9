package vn.lantoa.accountability.emulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A union's weights of the emulation criteria, its yearly target of digital-skills sessions per unit and
 * of audience growth (per cent), and the reading of them from the criteria form: whole numbers from 0 to
 * {@link #MAX_WEIGHT}, not all zero, a sessions target from 1 to {@link #MAX_TARGET}, a growth target
 * from 1 to {@link #MAX_AUDIENCE_TARGET} %.
 */
public record EmulationWeights(Map<EmulationCriterion, Integer> weights, int digitalSessionsTarget, int audienceGrowthTarget) {

    public static final int MAX_WEIGHT = 1000;
    public static final int MAX_TARGET = 10_000;
    /** One session a month; seed 003 asks at least one a year, so a union may lower it. */
    public static final int DEFAULT_TARGET = 12;
    public static final String TARGET_FIELD = "digitalSessionsTarget";
    /** A fifth more followers and members in a year; the Hà Nội group of seed 004 grew fivefold in six months. */
    public static final int DEFAULT_AUDIENCE_TARGET = 20;
    public static final int MAX_AUDIENCE_TARGET = 1000;
    public static final String AUDIENCE_TARGET_FIELD = "audienceGrowthTarget";

    public EmulationWeights {
        EnumMap<EmulationCriterion, Integer> all = new EnumMap<>(EmulationCriterion.class);
        for (EmulationCriterion c : EmulationCriterion.values()) {
            all.put(c, weights.getOrDefault(c, 0));
        }
        weights = Collections.unmodifiableMap(all);
    }

    public static EmulationWeights defaults() {
        Map<EmulationCriterion, Integer> weights = new EnumMap<>(EmulationCriterion.class);
        for (EmulationCriterion c : EmulationCriterion.values()) {
            weights.put(c, c.defaultWeight());
        }
        return new EmulationWeights(weights, DEFAULT_TARGET, DEFAULT_AUDIENCE_TARGET);
    }

    public int weight(EmulationCriterion criterion) {
        return weights.get(criterion);
    }

    public int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** What the form sent, or what is wrong with it: field → message key (the typed values stay with the caller). */
    public sealed interface Parsed permits Valid, Invalid {
    }

    public record Valid(EmulationWeights weights) implements Parsed {
    }

    public record Invalid(Map<String, String> errors) implements Parsed {
    }

    /** Reads the typed weights (by {@link EmulationCriterion#field()}) and the targets ({@link #TARGET_FIELD}, {@link #AUDIENCE_TARGET_FIELD}). */
    public static Parsed parse(Map<String, String> typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<EmulationCriterion, Integer> weights = new EnumMap<>(EmulationCriterion.class);
        for (EmulationCriterion c : EmulationCriterion.values()) {
            Integer w = number(typed.get(c.field()));
            if (w == null) {
                errors.put(c.field(), "emulation.error.weightNumber");
            } else if (w < 0 || w > MAX_WEIGHT) {
                errors.put(c.field(), "emulation.error.weightRange");
            } else {
                weights.put(c, w);
            }
        }
        if (errors.isEmpty() && weights.values().stream().allMatch(w -> w == 0)) {
            errors.put("weights", "emulation.error.allZero");
        }
        Integer target = number(typed.get(TARGET_FIELD));
        if (target == null) {
            errors.put(TARGET_FIELD, "emulation.error.targetNumber");
        } else if (target < 1 || target > MAX_TARGET) {
            errors.put(TARGET_FIELD, "emulation.error.targetRange");
        }
        Integer audienceTarget = number(typed.get(AUDIENCE_TARGET_FIELD));
        if (audienceTarget == null) {
            errors.put(AUDIENCE_TARGET_FIELD, "emulation.error.audienceTargetNumber");
        } else if (audienceTarget < 1 || audienceTarget > MAX_AUDIENCE_TARGET) {
            errors.put(AUDIENCE_TARGET_FIELD, "emulation.error.audienceTargetRange");
        }
        return errors.isEmpty() ? new Valid(new EmulationWeights(weights, target, audienceTarget)) : new Invalid(errors);
    }

    /** A whole number as typed (spaces around allowed); null when it is not one. */
    private static Integer number(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
