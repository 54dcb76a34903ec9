package vn.lantoa.accountability.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accountability.compliance.ComplianceBoard;
import vn.lantoa.accountability.compliance.ComplianceStatus;
import vn.lantoa.accountability.compliance.Ranking;
import vn.lantoa.accountability.compliance.RuleCompliance;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.quota.QuotaRule;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The compliance dashboard ({@code /accountability}): for a subtree and a period, each rule's
 * figures, major events' timeliness, the monthly trend, the heat view of the child units, the
 * ranking of the units a rule holds (sorted and filtered, also as an htmx fragment), the unit's
 * own standing; and a unit's page with the stories behind its count. All figures are the engine's.
 */
@Controller
class ComplianceController {

    private final ComplianceBoard board;
    private final ComplianceScope scope;
    private final OrgDirectory org;
    private final PublishedStories newsroom;

    ComplianceController(ComplianceBoard board, ComplianceScope scope, OrgDirectory org, PublishedStories newsroom) {
        this.board = board;
        this.scope = scope;
        this.org = org;
        this.newsroom = newsroom;
    }

    @GetMapping("/accountability")
    String dashboard(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "ky", required = false) String ky,
                     @RequestParam(name = "dinh-muc", required = false) Long ruleId, RankingParams ranking, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = scope.subtree(actor, unitId);
        ReportingPeriod period = scope.period(ky);
        List<RuleCompliance> rules = board.compliance(unit, period);
        Optional<RuleCompliance> selected = select(rules, ruleId);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", scope.lineage(actor, unit));
        model.addAttribute("period", period);
        model.addAttribute("periodOptions", periodOptions(period));
        model.addAttribute("rules", rules);
        model.addAttribute("selected", selected.orElse(null));
        model.addAttribute("owners", owners(rules));
        model.addAttribute("timeliness", board.timeliness(unit, period));
        YearMonth last = period.lastMonth();
        model.addAttribute("chart", new TrendChart(board.trend(unit, last.minusMonths(11), last)));
        model.addAttribute("heat", selected.map(r -> board.heat(r, unit)).orElse(List.of()));
        model.addAttribute("standing", board.standing(unit));
        addRanking(model, selected, ranking);
        return "accountability/dashboard";
    }

    @HxRequest
    @GetMapping("/accountability")
    String rankingRows(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "ky", required = false) String ky,
                       @RequestParam(name = "dinh-muc", required = false) Long ruleId, RankingParams ranking, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = scope.subtree(actor, unitId);
        ReportingPeriod period = scope.period(ky);
        Optional<RuleCompliance> selected = select(board.compliance(unit, period), ruleId);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("selected", selected.orElse(null));
        addRanking(model, selected, ranking);
        return "accountability/dashboard :: rankingRows";
    }

    @GetMapping("/accountability/units/{id}")
    String unitPage(@PathVariable long id, @RequestParam(name = "ky", required = false) String ky,
                    @RequestParam(name = "dinh-muc", required = false) Long ruleId, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = scope.subtree(actor, id);
        ReportingPeriod period = scope.period(ky);
        List<RuleCompliance> rules = board.compliance(unit, period);
        Optional<RuleCompliance> selected = select(rules, ruleId);
        QuotaRule rule = selected.map(RuleCompliance::rule).orElse(null);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", scope.lineage(actor, unit));
        model.addAttribute("period", period);
        model.addAttribute("periodOptions", periodOptions(period));
        model.addAttribute("rules", rules);
        model.addAttribute("selected", selected.orElse(null));
        model.addAttribute("own", selected.flatMap(r -> r.units().stream().filter(u -> u.unit().id() == unit.id()).findFirst()).orElse(null));
        model.addAttribute("stories", board.stories(unit, period, rule));
        model.addAttribute("standing", board.standing(unit));
        model.addAttribute("sections", sectionNames());
        return "accountability/unit";
    }

    /** The ranking's request parameters, as in the address ({@code ?sap-xep=percent&chieu=giam&trang-thai=MISSED&ten=…&trang=2}). */
    record RankingParams(@BindParam("sap-xep") String sapXep, @BindParam("chieu") String chieu, @BindParam("trang-thai") String trangThai,
                         @BindParam("ten") String ten, @BindParam("trang") Integer trang) {
    }

    private void addRanking(Model model, Optional<RuleCompliance> selected, RankingParams p) {
        Optional<ComplianceStatus> status = parseStatus(p.trangThai());
        Boolean ascending = p.chieu() == null || p.chieu().isBlank() ? null : "tang".equals(p.chieu());
        Ranking.Query query = new Ranking.Query(Ranking.Sort.parse(p.sapXep()), ascending, status, p.ten() == null ? "" : p.ten().strip(),
                p.trang() == null ? 0 : p.trang() - 1);
        model.addAttribute("ranking", Ranking.of(selected.map(RuleCompliance::units).orElse(List.of()), query));
        model.addAttribute("statuses", ComplianceStatus.values());
        model.addAttribute("sorts", Ranking.Sort.values());
    }

    private static Optional<ComplianceStatus> parseStatus(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(ComplianceStatus.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<RuleCompliance> select(List<RuleCompliance> rules, Long ruleId) {
        return rules.stream().filter(r -> ruleId != null && r.rule().id() == ruleId).findFirst()
                .or(() -> rules.stream().filter(r -> !r.units().isEmpty()).findFirst())
                .or(() -> rules.stream().findFirst());
    }

    private Map<Long, String> owners(List<RuleCompliance> rules) {
        Map<Long, String> names = new LinkedHashMap<>();
        org.units(rules.stream().map(r -> r.rule().ownerUnitId()).distinct().toList()).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private Map<Long, String> sectionNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        newsroom.sections().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    /** The periods the picker offers: quarters, months and years around the one shown and today. */
    private List<ReportingPeriod> periodOptions(ReportingPeriod shown) {
        List<ReportingPeriod> options = new ArrayList<>();
        ReportingPeriod quarter = board.current(PeriodKind.QUARTER);
        for (int i = 0; i < 8; i++, quarter = quarter.previous()) {
            options.add(quarter);
        }
        ReportingPeriod month = board.current(PeriodKind.MONTH);
        for (int i = 0; i < 12; i++, month = month.previous()) {
            options.add(month);
        }
        ReportingPeriod year = board.current(PeriodKind.YEAR);
        for (int i = 0; i < 4; i++, year = year.previous()) {
            options.add(year);
        }
        if (!options.contains(shown)) {
            options.add(0, shown);
        }
        return options;
    }
}
