package vn.lantoa.accountability.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.accountability.reports.ReportRollups.Rollup;
import vn.lantoa.accountability.reports.ReportRollups.UnitState;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The monthly reports tab: the reports the caller's own units owe, and for the level above the
 * roll-up of a subtree over a month, quarter or year (reporting and on-time rates, sums, each
 * unit's state, the text answers).
 */
@Controller
class RollupController {

    static final String INDEX = "accountability/reports/index";
    static final Role[] VIEWERS = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.UNIT_OFFICER};
    private static final int RECENT_MONTHS = 6;

    private final MonthlyReports reports;
    private final ReportRollupQueries rollups;
    private final OrgDirectory org;

    RollupController(MonthlyReports reports, ReportRollupQueries rollups, OrgDirectory org) {
        this.reports = reports;
        this.rollups = rollups;
        this.org = org;
    }

    /** A row of the units table: the unit's counts and its state. */
    record Row(UnitState counts, UnitReportState state) {

        public boolean lateToo() {
            return counts.received() > counts.onTime() && state != UnitReportState.LATE;
        }
    }

    /** A unit the caller fills reports for, with its recent months. */
    record OwnUnit(UnitRef unit, List<YearMonth> months) {
    }

    @GetMapping("/accountability/reports")
    String index(@RequestParam(required = false) Long unit, @RequestParam(required = false) String period,
                 @RequestParam(defaultValue = "all") String show, Model model) {
        Actor actor = CurrentActor.get();
        ReportingPeriod chosen = ReportingPeriod.parse(period).orElse(ReportingPeriod.month(reports.defaultMonth()));
        model.addAttribute("period", chosen);
        model.addAttribute("until", until(chosen));
        model.addAttribute("periods", periodsOffered());
        model.addAttribute("show", show);
        model.addAttribute("own", ownUnits(actor));
        model.addAttribute("defaultMonth", reports.defaultMonth());
        model.addAttribute("monthsOffered", monthsOffered());
        Optional<UnitRef> root = unit == null ? defaultRoot(actor) : Optional.of(viewable(actor, unit));
        root.ifPresent(r -> {
            YearMonth from = chosen.firstMonth();
            YearMonth to = until(chosen);
            Rollup rollup = rollups.rollup(r, from, to);
            List<UnitState> shown = switch (show) {
                case "missing" -> rollup.missing();
                case "late" -> rollup.late();
                default -> rollup.units();
            };
            if (unit != null || rollup.units().stream().anyMatch(u -> u.unit().id() != r.id())) {
                model.addAttribute("rollupRoot", r);
                model.addAttribute("rollup", rollup);
                model.addAttribute("shown", shown.stream().map(u -> new Row(u, UnitReportState.of(u))).toList());
                List<UnitRef> choices = new ArrayList<>(rootsOf(actor));
                if (choices.stream().noneMatch(c -> c.id() == r.id())) {
                    choices.add(0, r);
                }
                model.addAttribute("unitChoices", choices);
                model.addAttribute("texts", rollups.textAnswers(r, from, to));
            }
        });
        return INDEX;
    }

    /** The months whose reports are due; a period with none yet shows its first month. */
    private YearMonth until(ReportingPeriod period) {
        return reports.lastDueMonth(period).orElse(period.firstMonth());
    }

    private List<OwnUnit> ownUnits(Actor actor) {
        List<YearMonth> recent = new ArrayList<>();
        for (int i = 1; i <= RECENT_MONTHS; i++) {
            recent.add(reports.currentMonth().minusMonths(i));
        }
        return reports.unitsToFill(actor).stream().map(u -> new OwnUnit(u, recent)).toList();
    }

    private List<UnitRef> rootsOf(Actor actor) {
        return actor.rootsFor(VIEWERS).stream().map(Grant::unitId).map(org::unit).flatMap(Optional::stream).toList();
    }

    private Optional<UnitRef> defaultRoot(Actor actor) {
        return actor.rootsFor(Role.ADMIN, Role.LEADERSHIP, Role.EDITOR).stream().findFirst()
                .or(() -> actor.rootsFor(Role.UNIT_OFFICER).stream().findFirst())
                .flatMap(g -> org.unit(g.unitId()));
    }

    private UnitRef viewable(Actor actor, long unitId) {
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path())).orElseThrow(() -> new NotFound("report.error.unitNotFound"));
        if (!actor.may(unit.path(), VIEWERS)) {
            throw new Forbidden("error.forbidden");
        }
        return unit;
    }

    private List<ReportingPeriod> periodsOffered() {
        YearMonth current = reports.currentMonth();
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            periods.add(ReportingPeriod.month(current.minusMonths(i)));
        }
        ReportingPeriod quarter = ReportingPeriod.containing(vn.lantoa.accountability.period.PeriodKind.QUARTER, current.atDay(1));
        for (int i = 0; i < 4; i++) {
            periods.add(quarter);
            quarter = quarter.previous();
        }
        periods.add(ReportingPeriod.year(current.getYear()));
        periods.add(ReportingPeriod.year(current.getYear() - 1));
        return periods;
    }

    private List<YearMonth> monthsOffered() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(reports.currentMonth().minusMonths(i));
        }
        return months;
    }
}
