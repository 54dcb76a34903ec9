package vn.lantoa.channels.audience.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.channels.audience.AudienceBoard;
import vn.lantoa.channels.audience.AudienceEntries;
import vn.lantoa.channels.audience.AudiencePeriod;
import vn.lantoa.channels.audience.AudienceRollups;
import vn.lantoa.channels.audience.AudienceScope;
import vn.lantoa.channels.audience.GrowthChart;
import vn.lantoa.channels.audience.KindGroup;
import vn.lantoa.channels.audience.WhoEnters;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

/**
 * The audience tab ({@code /channels/audience?don-vi=&tu=&den=&loai=&sap-xep=&chieu=}): the total
 * audience of a subtree's channels over the period, by kind; its growth; the child units and the
 * channels with their start, end and change, sortable, each linking on.
 */
@Controller
class AudienceRollupController {

    static final String PAGE = "channels/audience/rollup";
    static final int CHANNELS_SHOWN = 200;

    private final AudienceBoard board;
    private final AudienceScope scope;
    private final AudienceEntries entries;
    private final AudienceMessages messages;
    private final vn.lantoa.common.web.Dates dates;

    AudienceRollupController(AudienceBoard board, AudienceScope scope, AudienceEntries entries, AudienceMessages messages,
                             vn.lantoa.common.web.Dates dates) {
        this.dates = dates;
        this.board = board;
        this.scope = scope;
        this.entries = entries;
        this.messages = messages;
    }

    /** A column the tables sort by, as in the address ({@code sap-xep=thay-doi&chieu=giam}). */
    enum Sort {
        NAME("ten"), START("dau-ky"), END("cuoi-ky"), CHANGE("thay-doi"), PERCENT("phan-tram");

        final String code;

        Sort(String code) {
            this.code = code;
        }

        static Sort parse(String code) {
            for (Sort s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return END;
        }
    }

    @GetMapping("/channels/audience")
    String rollup(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(required = false) String tu,
                  @RequestParam(required = false) String den, @RequestParam(required = false) String loai,
                  @RequestParam(name = "sap-xep", required = false) String sapXep, @RequestParam(required = false) String chieu,
                  Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = scope.subtree(actor, unitId);
        AudiencePeriod period = AudiencePeriod.parse(tu, den, entries.today());
        Optional<KindGroup> group = KindGroup.parse(loai);
        AudienceBoard.Rollup rollup = board.rollup(unit, period, group);
        Sort sort = Sort.parse(sapXep);
        boolean ascending = chieu == null ? sort == Sort.NAME : "tang".equals(chieu);
        List<AudienceRollups.ChannelGrowth> channels = sorted(rollup.channels(), sort, ascending, AudienceRollups.ChannelGrowth::name,
                AudienceRollups.ChannelGrowth::start, AudienceRollups.ChannelGrowth::end);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", scope.lineage(actor, unit));
        model.addAttribute("roots", scope.roots(actor));
        model.addAttribute("period", period);
        model.addAttribute("group", group.orElse(null));
        model.addAttribute("groups", KindGroup.values());
        model.addAttribute("rollup", rollup);
        model.addAttribute("chart", chart(rollup));
        model.addAttribute("chartDesc", messages.text("audience.chart.rollup.desc", dates.date(period.from()), dates.date(period.to()),
                messages.text(period.isDaily() ? "audience.chart.daily" : "audience.chart.weekly")));
        model.addAttribute("growthSummary", messages.growthSummary(rollup.growth(), "audience.measure.people", period));
        model.addAttribute("units", sorted(rollup.units(), sort, ascending, AudienceRollups.UnitGrowth::name,
                AudienceRollups.UnitGrowth::start, AudienceRollups.UnitGrowth::end));
        model.addAttribute("channels", channels.stream().limit(CHANNELS_SHOWN).toList());
        model.addAttribute("channelCount", channels.size());
        model.addAttribute("sort", sort.code);
        model.addAttribute("ascending", ascending);
        model.addAttribute("records", WhoEnters.recordsSomewhere(actor));
        return PAGE;
    }

    static GrowthChart chart(AudienceBoard.Rollup rollup) {
        List<GrowthChart.Line> lines = new ArrayList<>();
        lines.add(new GrowthChart.Line("total", rollup.series().stream()
                .map(t -> new GrowthChart.Point(t.day(), t.total(), false)).toList()));
        if (rollup.group().isEmpty()) {
            for (KindGroup g : rollup.groupsShown()) {
                lines.add(new GrowthChart.Line(g.name(), rollup.series().stream()
                        .map(t -> new GrowthChart.Point(t.day(), t.of(g), false)).toList()));
            }
        }
        return new GrowthChart(rollup.period(), lines);
    }

    private static <T> List<T> sorted(List<T> rows, Sort sort, boolean ascending, Function<T, String> name, Function<T, Long> start,
                                      Function<T, Long> end) {
        Comparator<T> by = switch (sort) {
            case NAME -> Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER);
            case START -> Comparator.comparing(start);
            case END -> Comparator.comparing(end);
            case CHANGE -> Comparator.comparing(t -> end.apply(t) - start.apply(t));
            case PERCENT -> Comparator.comparing(t -> start.apply(t) == 0 ? Double.MAX_VALUE
                    : (end.apply(t) - start.apply(t)) / (double) start.apply(t));
        };
        List<T> copy = new ArrayList<>(rows);
        copy.sort(ascending ? by : by.reversed());
        return copy;
    }
}
