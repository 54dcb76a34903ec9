package vn.lantoa.accountability.quota;

import java.util.ArrayList;
import java.util.List;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.org.UnitLevel;

/**
 * What an admin types to write a quota rule, in the page or through the API. Numbers and dates are
 * kept as typed (text) so that a wrong value comes back in the form with its message.
 */
public class RuleForm {

    public static final String TARGET_LEVEL = "LEVEL";
    public static final String TARGET_UNITS = "UNITS";

    private String name = "";
    private String target = TARGET_LEVEL;
    private UnitLevel level = UnitLevel.COMMUNE;
    private List<Long> unitIds = new ArrayList<>();
    private Measure measure = Measure.SUBMITTED;
    private Long sectionId;
    private MediaRequirement media = MediaRequirement.NONE;
    private String minCount = "";
    private PeriodKind period = PeriodKind.MONTH;
    private CountedBy countedBy = CountedBy.EVENT_DATE;
    private String sharePercent = "";
    private String validFrom = "";
    private String validUntil = "";
    private String preset;
    private long version;

    public static RuleForm of(QuotaRule rule) {
        RuleForm form = new RuleForm();
        form.name = rule.name();
        form.target = rule.namesUnits() ? TARGET_UNITS : TARGET_LEVEL;
        form.level = rule.targetLevel();
        form.unitIds = new ArrayList<>(rule.unitIds().stream().sorted().toList());
        form.measure = rule.measure();
        form.sectionId = rule.sectionId();
        form.media = rule.mediaRequired();
        form.minCount = Integer.toString(rule.minCount());
        form.period = rule.period();
        form.countedBy = rule.countedBy();
        form.sharePercent = rule.sharePercent() == null ? "" : rule.sharePercent().toString();
        form.validFrom = rule.validFrom().toString();
        form.validUntil = rule.validUntil() == null ? "" : rule.validUntil().toString();
        form.preset = rule.preset();
        form.version = rule.version();
        return form;
    }

    public boolean namesUnits() {
        return TARGET_UNITS.equals(target);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public UnitLevel getLevel() { return level; }
    public void setLevel(UnitLevel level) { this.level = level; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : new ArrayList<>(unitIds); }
    public Measure getMeasure() { return measure; }
    public void setMeasure(Measure measure) { this.measure = measure; }
    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public MediaRequirement getMedia() { return media; }
    public void setMedia(MediaRequirement media) { this.media = media; }
    public String getMinCount() { return minCount; }
    public void setMinCount(String minCount) { this.minCount = minCount == null ? "" : minCount; }
    public PeriodKind getPeriod() { return period; }
    public void setPeriod(PeriodKind period) { this.period = period; }
    public CountedBy getCountedBy() { return countedBy; }
    public void setCountedBy(CountedBy countedBy) { this.countedBy = countedBy; }
    public String getSharePercent() { return sharePercent; }
    public void setSharePercent(String sharePercent) { this.sharePercent = sharePercent == null ? "" : sharePercent; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom == null ? "" : validFrom; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil == null ? "" : validUntil; }
    public String getPreset() { return preset; }
    public void setPreset(String preset) { this.preset = preset == null || preset.isBlank() ? null : preset; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
