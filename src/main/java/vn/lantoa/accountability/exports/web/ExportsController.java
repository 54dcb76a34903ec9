package vn.lantoa.accountability.exports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accountability.emulation.EmulationRanking;
import vn.lantoa.accountability.emulation.EmulationRankings;
import vn.lantoa.accountability.exports.render.ExportFormat;
import vn.lantoa.accountability.exports.settings.DocumentSettings;
import vn.lantoa.accountability.exports.settings.DocumentSettingsStore;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * Báo cáo → Xuất báo cáo: the province's summary for a month, quarter or year, as .xlsx, .docx or
 * .pdf. Drafts are downloaded with the number left blank; "issue" (ADMIN or LEADERSHIP of the
 * province) takes the next number when the union numbers automatically and enters it in the register.
 * Open to the province's ADMIN, LEADERSHIP and EDITOR (and those of the central union).
 */
@Controller
class ExportsController {

    static final Role[] MAY_EXPORT = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR};
    static final Role[] MAY_ISSUE = {Role.ADMIN, Role.LEADERSHIP};

    private final OrgDirectory org;
    private final StoriesSentSummary stories;
    private final ProvinceSummary summary;
    private final EmulationRankings emulation;
    private final DocumentSettingsStore settings;
    private final ExportService exports;

    ExportsController(OrgDirectory org, StoriesSentSummary stories, ProvinceSummary summary, EmulationRankings emulation,
                      DocumentSettingsStore settings, ExportService exports) {
        this.org = org;
        this.stories = stories;
        this.summary = summary;
        this.emulation = emulation;
        this.settings = settings;
        this.exports = exports;
    }

    @GetMapping("/accountability/exports")
    String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) String period, Model model) {
        Actor actor = CurrentActor.get();
        List<UnitRef> provinces = provinces(actor);
        UnitRef province = province(actor, provinces, unit);
        ReportingPeriod p = ReportingPeriod.parse(period).orElseGet(ExportsController::defaultPeriod);
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", province);
        model.addAttribute("period", p);
        model.addAttribute("periods", choices());
        model.addAttribute("summary", stories.of(province, p));
        model.addAttribute("settings", settings.of(province));
        model.addAttribute("mayIssue", actor.may(province.path(), MAY_ISSUE));
        model.addAttribute("years", emulation.years());
        return "accountability/exports";
    }

    @GetMapping("/accountability/exports/file")
    ResponseEntity<byte[]> draft(@RequestParam(required = false) Long unit, @RequestParam String period, @RequestParam String format) {
        Actor actor = CurrentActor.get();
        UnitRef province = province(actor, provinces(actor), unit);
        return file(build(province, period(period), format(format), null));
    }

    @PostMapping("/accountability/exports/issue")
    ResponseEntity<byte[]> issue(@RequestParam(required = false) Long unit, @RequestParam String period, @RequestParam String format) {
        Actor actor = CurrentActor.get();
        UnitRef province = province(actor, provinces(actor), unit);
        if (!actor.may(province.path(), MAY_ISSUE)) {
            throw new Forbidden("error.forbidden");
        }
        ExportFormat f = format(format);
        if (!f.official()) {
            throw new InvalidInput("format", "exports.format.invalid");
        }
        ReportingPeriod p = period(period);
        DocumentSettings s = settings.of(province);
        Integer number = null;
        if (s.autoNumber() && s.stored()) {
            number = settings.issue(actor, province, today().getYear(), s.numberPattern(), s.shortCode(), summary.subject(p), p.code());
        }
        return file(build(province, p, f, number));
    }

    /** The yearly emulation ranking of the province as a draft document or workbook. */
    @GetMapping("/accountability/exports/emulation")
    ResponseEntity<byte[]> emulation(@RequestParam(required = false) Long unit, @RequestParam int year, @RequestParam String format) {
        Actor actor = CurrentActor.get();
        UnitRef province = province(actor, provinces(actor), unit);
        if (!emulation.ranks(year)) {
            throw new InvalidInput("year", "exports.year.invalid");
        }
        EmulationRanking ranking = emulation.rank(province, year);
        DocumentSettings s = settings.of(province);
        ExportFormat f = format(format);
        String fileTitle = capitalized(summary.emulationSubject(ranking)) + " - " + province.name();
        return file(f == ExportFormat.XLSX ? exports.spreadsheet(summary.emulationWorkbook(ranking, s), fileTitle)
                : exports.official(summary.emulationReport(ranking, s, today()), f, fileTitle));
    }

    private ExportedFile build(UnitRef province, ReportingPeriod period, ExportFormat format, Integer number) {
        DocumentSettings s = settings.of(province);
        String fileTitle = capitalized(summary.subject(period)) + " - " + province.name();
        if (format == ExportFormat.XLSX) {
            return exports.spreadsheet(summary.workbook(province, period, s), fileTitle);
        }
        return exports.official(summary.report(province, period, s, number, today()), format, fileTitle);
    }

    private static String capitalized(String title) {
        return title.substring(0, 1).toUpperCase(DocumentTexts.DOCUMENT) + title.substring(1);
    }


    private static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    /** The provinces whose summary this actor may export: those under an ADMIN, LEADERSHIP or EDITOR grant. */
    List<UnitRef> provinces(Actor actor) {
        Map<Long, UnitRef> found = new LinkedHashMap<>();
        for (Grant grant : actor.rootsFor(MAY_EXPORT)) {
            UnitRef unit = org.unit(grant.unitId()).orElse(null);
            if (unit == null) {
                continue;
            }
            if (unit.level() == UnitLevel.PROVINCE) {
                found.putIfAbsent(unit.id(), unit);
            } else if (unit.level() == UnitLevel.CENTRAL) {
                org.childrenOf(unit.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE && u.active())
                        .sorted(Comparator.comparing(UnitRef::name)).forEach(u -> found.putIfAbsent(u.id(), u));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static UnitRef province(Actor actor, List<UnitRef> provinces, Long unitId) {
        if (provinces.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        if (unitId == null) {
            return provinces.get(0);
        }
        return provinces.stream().filter(u -> u.id() == unitId && actor.may(u.path(), MAY_EXPORT)).findFirst()
                .orElseThrow(() -> new Forbidden("error.forbidden"));
    }

    private static ReportingPeriod period(String code) {
        return ReportingPeriod.parse(code).orElseThrow(() -> new InvalidInput("period", "exports.period.invalid"));
    }

    private static ExportFormat format(String text) {
        return ExportFormat.parse(text).orElseThrow(() -> new InvalidInput("format", "exports.format.invalid"));
    }

    private static LocalDate today() {
        return LocalDate.now(ReportingPeriod.ZONE);
    }

    /** The last complete month: what a summary is usually asked for. */
    static ReportingPeriod defaultPeriod() {
        return ReportingPeriod.containing(PeriodKind.MONTH, today()).previous();
    }

    /** The periods offered: this and the last 12 months, this and the last 7 quarters, this and the last 2 years. */
    static Map<String, List<ReportingPeriod>> choices() {
        Map<String, List<ReportingPeriod>> choices = new LinkedHashMap<>();
        choices.put("month", back(ReportingPeriod.containing(PeriodKind.MONTH, today()), 13));
        choices.put("quarter", back(ReportingPeriod.containing(PeriodKind.QUARTER, today()), 8));
        choices.put("year", back(ReportingPeriod.containing(PeriodKind.YEAR, today()), 3));
        return choices;
    }

    private static List<ReportingPeriod> back(ReportingPeriod from, int count) {
        List<ReportingPeriod> list = new ArrayList<>();
        for (ReportingPeriod p = from; list.size() < count; p = p.previous()) {
            list.add(p);
        }
        return list;
    }
}
