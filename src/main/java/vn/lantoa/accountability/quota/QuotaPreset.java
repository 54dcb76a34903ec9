package vn.lantoa.accountability.quota;

import java.util.Arrays;
import java.util.Optional;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.org.UnitLevel;

/**
 * The quotas the seeds asked for, ready to fill the rule form in one click (the admin may change
 * them before saving). Seed 003 also asked for "100% of district-level units"; districts were
 * abolished on 1 July 2025 (two-level local government), so that half ships as a second preset,
 * a 100 % share for whichever level the union chooses.
 */
public enum QuotaPreset {
    SEED_000("seed-000", UnitLevel.COMMUNE, Measure.SUBMITTED, 2, PeriodKind.QUARTER, MediaRequirement.PHOTO_OR_VIDEO, null),
    SEED_001("seed-001", UnitLevel.COMMUNE, Measure.SUBMITTED, 2, PeriodKind.MONTH, MediaRequirement.NONE, null),
    SEED_003("seed-003", UnitLevel.COMMUNE, Measure.PUBLISHED, 1, PeriodKind.MONTH, MediaRequirement.NONE, 40),
    SEED_003_ALL("seed-003-all", UnitLevel.COMMUNE, Measure.PUBLISHED, 1, PeriodKind.MONTH, MediaRequirement.NONE, 100);

    private final String code;
    private final UnitLevel level;
    private final Measure measure;
    private final int minCount;
    private final PeriodKind period;
    private final MediaRequirement media;
    private final Integer share;

    QuotaPreset(String code, UnitLevel level, Measure measure, int minCount, PeriodKind period, MediaRequirement media, Integer share) {
        this.code = code;
        this.level = level;
        this.measure = measure;
        this.minCount = minCount;
        this.period = period;
        this.media = media;
        this.share = share;
    }

    public static Optional<QuotaPreset> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The key of the rule's name as the seed wrote it; ".note" after it explains the preset. */
    public String messageKey() {
        return "quotaPreset." + code;
    }

    /** The form filled with this preset, for a union, valid from the given day. */
    public RuleForm fill(RuleForm form, String name) {
        form.setPreset(code);
        form.setName(name);
        form.setTarget(RuleForm.TARGET_LEVEL);
        form.setLevel(level);
        form.setMeasure(measure);
        form.setMinCount(Integer.toString(minCount));
        form.setPeriod(period);
        form.setMedia(media);
        form.setSharePercent(share == null ? "" : share.toString());
        form.setCountedBy(CountedBy.EVENT_DATE);
        return form;
    }
}
