package vn.lantoa.accountability.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.quota.CountedBy;
import vn.lantoa.accountability.quota.MediaRequirement;
import vn.lantoa.accountability.quota.Measure;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.accountability.quota.QuotaRuleDesk;
import vn.lantoa.accountability.quota.QuotaRuleQueries;
import vn.lantoa.accountability.quota.RuleForm;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitLevel;

@Tag(name = "Định mức tin bài", description = "Định mức của Hội cấp tỉnh (hoặc Trung ương) cho các đơn vị trong phạm vi")
@RestController
@RequestMapping("/api/v1/accountability/rules")
class QuotaRuleApi {

    private final QuotaRuleDesk desk;
    private final QuotaRuleQueries rules;

    QuotaRuleApi(QuotaRuleDesk desk, QuotaRuleQueries rules) {
        this.desk = desk;
        this.rules = rules;
    }

    record RuleDto(long id, long ownerUnitId, String name, UnitLevel level, Set<Long> unitIds, Measure measure, Long sectionId,
                   MediaRequirement media, int minCount, PeriodKind period, CountedBy countedBy, Integer sharePercent, LocalDate validFrom,
                   LocalDate validUntil, boolean active, String preset, long version) {

        static RuleDto of(QuotaRule r) {
            return new RuleDto(r.id(), r.ownerUnitId(), r.name(), r.targetLevel(), r.unitIds(), r.measure(), r.sectionId(), r.mediaRequired(),
                    r.minCount(), r.period(), r.countedBy(), r.sharePercent(), r.validFrom(), r.validUntil(), r.active(), r.preset(), r.version());
        }
    }

    /** A rule as sent: a level or unit ids; numbers and dates as JSON numbers or text (checked by the desk). */
    record RuleInput(String name, UnitLevel level, List<Long> unitIds, Measure measure, Long sectionId, MediaRequirement media, String minCount,
                     PeriodKind period, CountedBy countedBy, String sharePercent, String validFrom, String validUntil, String preset, Long version) {

        RuleForm form() {
            RuleForm form = new RuleForm();
            form.setName(name);
            boolean units = unitIds != null && !unitIds.isEmpty();
            form.setTarget(units || level == null ? RuleForm.TARGET_UNITS : RuleForm.TARGET_LEVEL);
            form.setLevel(level);
            form.setUnitIds(unitIds);
            form.setMeasure(measure);
            form.setSectionId(sectionId);
            form.setMedia(media);
            form.setMinCount(minCount);
            form.setPeriod(period);
            form.setCountedBy(countedBy == null ? CountedBy.EVENT_DATE : countedBy);
            form.setSharePercent(sharePercent);
            form.setValidFrom(validFrom);
            form.setValidUntil(validUntil);
            form.setPreset(preset);
            form.setVersion(version == null ? 0 : version);
            return form;
        }
    }

    @Operation(summary = "Các định mức của một cấp Hội (mặc định: cấp Hội đầu tiên người gọi quản trị)")
    @GetMapping
    List<RuleDto> list(@RequestParam(name = "don-vi", required = false) Long unionId) {
        return rules.ownedBy(desk.union(CurrentActor.get(), unionId).id()).stream().map(RuleDto::of).toList();
    }

    @GetMapping("/{id}")
    RuleDto get(@PathVariable long id) {
        return RuleDto.of(desk.rule(CurrentActor.get(), id));
    }

    @Operation(summary = "Thêm định mức", description = "Số tin, bài > 0; tỷ lệ 1–100; không trùng định mức đang áp dụng.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RuleDto create(@RequestParam(name = "don-vi", required = false) Long unionId, @RequestBody RuleInput input) {
        Actor actor = CurrentActor.get();
        long id = desk.create(actor, desk.union(actor, unionId).id(), input.form());
        return RuleDto.of(rules.find(id).orElseThrow());
    }

    @Operation(summary = "Sửa định mức", description = "Gửi kèm version đã đọc; 409 nếu đã có người sửa.")
    @PutMapping("/{id}")
    RuleDto update(@PathVariable long id, @RequestBody RuleInput input) {
        desk.update(CurrentActor.get(), id, input.form());
        return RuleDto.of(rules.find(id).orElseThrow());
    }

    @Operation(summary = "Ngừng áp dụng định mức")
    @PostMapping("/{id}/deactivate")
    RuleDto deactivate(@PathVariable long id, @RequestParam(required = false) Long version) {
        desk.deactivate(CurrentActor.get(), id, version);
        return RuleDto.of(rules.find(id).orElseThrow());
    }
}
