package vn.lantoa.channels.audience.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.audience.AudienceBoard;
import vn.lantoa.channels.audience.AudienceEntries;
import vn.lantoa.channels.audience.AudiencePeriod;
import vn.lantoa.channels.audience.AudienceRecords;
import vn.lantoa.channels.audience.AudienceRollups;
import vn.lantoa.channels.audience.AudienceScope;
import vn.lantoa.channels.audience.FigureInput;
import vn.lantoa.channels.audience.FigureRules;
import vn.lantoa.channels.audience.KindGroup;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitRef;

@Tag(name = "Lượng theo dõi kênh", description = "Số người theo dõi, thành viên của các kênh theo ngày; cộng dồn theo đơn vị")
@RestController
class AudienceApi {

    private final AudienceBoard board;
    private final AudienceScope scope;
    private final AudienceEntries entries;
    private final AudienceRecords records;

    AudienceApi(AudienceBoard board, AudienceScope scope, AudienceEntries entries, AudienceRecords records) {
        this.board = board;
        this.scope = scope;
        this.entries = entries;
        this.records = records;
    }

    record PointDto(LocalDate day, long total, long fanpage, long group, long zalo, long other) {

        static PointDto of(AudienceRollups.Totals t) {
            return new PointDto(t.day(), t.total(), t.fanpage(), t.group(), t.zalo(), t.other());
        }
    }

    record GrowthDto(long start, long end, long change, Long percent) {
    }

    record SeriesDto(long unitId, String unitName, LocalDate from, LocalDate to, String kind, List<PointDto> series, GrowthDto growth) {
    }

    @Operation(summary = "Tổng lượng theo dõi các kênh của một đơn vị và cấp dưới theo thời gian",
            description = "tu, den: yyyy-MM-dd (mặc định 6 tháng gần nhất); loai: fanpage, nhom, zalo, khac. Ngày ngắn hơn 93 ngày: "
                    + "từng ngày; dài hơn: từng Chủ nhật và hai đầu kỳ.")
    @GetMapping("/api/v1/channels/audience")
    SeriesDto series(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(required = false) String tu,
                     @RequestParam(required = false) String den, @RequestParam(required = false) String loai) {
        UnitRef unit = scope.subtree(CurrentActor.get(), unitId);
        AudienceBoard.Rollup r = board.series(unit, AudiencePeriod.parse(tu, den, entries.today()), KindGroup.parse(loai));
        return new SeriesDto(unit.id(), unit.name(), r.period().from(), r.period().to(), r.group().map(KindGroup::code).orElse(null),
                r.series().stream().map(PointDto::of).toList(),
                new GrowthDto(r.growth().start(), r.growth().end(), r.growth().change(), r.growth().percent().orElse(null)));
    }

    record FigureDto(long channelId, LocalDate day, int audience, Integer nonMembers, BigDecimal womenPercent, String source,
                     LocalDate measuredOn) {
    }

    @Operation(summary = "Số liệu của một kênh vào một ngày (số gần nhất trước hoặc đúng ngày đó)", description = "ngay: yyyy-MM-dd, mặc định hôm nay")
    @GetMapping("/api/v1/channels/{id}/audience")
    FigureDto figure(@PathVariable long id, @RequestParam(required = false) String ngay) {
        Actor actor = CurrentActor.get();
        entries.seen(actor, id);
        LocalDate day = ngay == null || ngay.isBlank() ? entries.today()
                : FigureRules.parseDay(ngay).orElseThrow(() -> new InvalidInput("ngay", "audience.error.day.invalid", ngay));
        AudienceRecords.Entry e = records.inForce(id, day).orElseThrow(() -> new NotFound("audience.figure.none"));
        return new FigureDto(id, day, e.audience(), e.nonMembers(), e.womenPercent(), e.source().name(), e.day());
    }

    record FigureBody(String day, Object audience, Object nonMembers, Object womenPercent, Boolean confirmDrop) {
    }

    @Operation(summary = "Ghi số liệu của một kênh cho một ngày (thay số đã có của ngày đó)",
            description = "Số giảm quá một nửa so với lần trước cần confirmDrop=true (nếu không: 409).")
    @PutMapping("/api/v1/channels/{id}/audience")
    FigureDto record(@PathVariable long id, @RequestBody FigureBody body) {
        Actor actor = CurrentActor.get();
        FigureInput input = new FigureInput(body.day(), text(body.audience()), text(body.nonMembers()), text(body.womenPercent()));
        entries.record(actor, id, input, Boolean.TRUE.equals(body.confirmDrop()));
        LocalDate day = input.day().isEmpty() ? entries.today() : FigureRules.parseDay(input.day()).orElseThrow();
        AudienceRecords.Entry e = records.on(id, day).orElseThrow();
        return new FigureDto(id, day, e.audience(), e.nonMembers(), e.womenPercent(), e.source().name(), e.day());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(value);
    }
}
