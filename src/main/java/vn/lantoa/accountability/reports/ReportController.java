package vn.lantoa.accountability.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/** The monthly report of a unit: filled and submitted by its officers, accepted or returned by the level above. */
@Controller
class ReportController {

    static final String REPORT = "accountability/reports/report";
    private static final int MONTHS_OFFERED = 24;

    private final MonthlyReports reports;

    ReportController(MonthlyReports reports) {
        this.reports = reports;
    }

    /** The month picker's answer: the report of that month. */
    @GetMapping("/accountability/reports/units/{unitId}")
    String pick(@PathVariable long unitId, @RequestParam(required = false) String month) {
        return "redirect:/accountability/reports/units/" + unitId + "/" + month(month).orElse(reports.defaultMonth());
    }

    @GetMapping("/accountability/reports/units/{unitId}/{month}")
    String show(@PathVariable long unitId, @PathVariable String month, @RequestParam(required = false) Long version, Model model) {
        MonthlyReports.Sheet sheet = reports.open(CurrentActor.get(), unitId, parse(month));
        model.addAttribute("typed", AnswerSheet.typedFrom(sheet.form().fields(), sheet.answers()));
        if (version != null) {
            HistoryEntry old = sheet.history().stream().filter(h -> h.id() == version).findFirst()
                    .orElseThrow(() -> new NotFound("report.error.versionNotFound"));
            model.addAttribute("old", old);
        }
        return page(sheet, model);
    }

    @PostMapping("/accountability/reports/units/{unitId}/{month}")
    String save(@PathVariable long unitId, @PathVariable String month, @RequestParam Map<String, String> params,
                Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        YearMonth ym = parse(month);
        boolean submit = "submit".equals(params.get("action"));
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("f_")) {
                typed.put(name.substring(2), value);
            }
        });
        Long version = number(params.get("version"));
        try {
            reports.save(actor, unitId, ym, version, typed, submit);
        } catch (ReportRefused e) {
            model.addAttribute("typed", e.sheet().typed());
            model.addAttribute("problems", e.sheet().problems());
            model.addAttribute("error", "report.error.fix");
            model.addAttribute("errorArgs", new Object[] {e.sheet().problems().size()});
            return page(reports.open(actor, unitId, ym), model);
        } catch (InvalidInput e) {
            model.addAttribute("typed", typed);
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return page(reports.open(actor, unitId, ym), model);
        }
        redirect.addFlashAttribute("flash", submit ? "report.submitted" : "report.saved");
        return "redirect:/accountability/reports/units/" + unitId + "/" + ym;
    }

    @PostMapping("/accountability/reports/units/{unitId}/{month}/accept")
    String accept(@PathVariable long unitId, @PathVariable String month, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        YearMonth ym = parse(month);
        try {
            reports.accept(actor, unitId, ym, version);
        } catch (InvalidInput e) {
            return refused(actor, unitId, ym, e, null, model);
        }
        redirect.addFlashAttribute("flash", "report.accepted");
        return "redirect:/accountability/reports/units/" + unitId + "/" + ym;
    }

    @PostMapping("/accountability/reports/units/{unitId}/{month}/return")
    String giveBack(@PathVariable long unitId, @PathVariable String month, @RequestParam long version,
                    @RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        YearMonth ym = parse(month);
        try {
            reports.giveBack(actor, unitId, ym, version, comment);
        } catch (InvalidInput e) {
            return refused(actor, unitId, ym, e, comment, model);
        }
        redirect.addFlashAttribute("flash", "report.returned");
        return "redirect:/accountability/reports/units/" + unitId + "/" + ym;
    }

    private String refused(Actor actor, long unitId, YearMonth month, InvalidInput e, String comment, Model model) {
        MonthlyReports.Sheet sheet = reports.open(actor, unitId, month);
        model.addAttribute("typed", AnswerSheet.typedFrom(sheet.form().fields(), sheet.answers()));
        model.addAttribute("comment", comment);
        if ("comment".equals(e.field())) {
            model.addAttribute("commentError", e.messageKey());
            model.addAttribute("commentErrorArgs", e.args());
        } else {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return page(sheet, model);
    }

    private String page(MonthlyReports.Sheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("period", ReportingPeriod.month(sheet.month()));
        model.addAttribute("months", monthsOffered());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return REPORT;
    }

    private List<YearMonth> monthsOffered() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = reports.currentMonth();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    static Optional<YearMonth> month(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static YearMonth parse(String text) {
        return month(text).orElseThrow(() -> new NotFound("report.error.badMonth"));
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
