package vn.lantoa.channels.participation.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.participation.Cadre;
import vn.lantoa.channels.participation.CadreRoster;
import vn.lantoa.channels.participation.DeclarationForm;
import vn.lantoa.channels.participation.DeclarationRules;
import vn.lantoa.channels.participation.Declarations;
import vn.lantoa.channels.participation.InteractionImports;
import vn.lantoa.channels.participation.ParticipationAccess;
import vn.lantoa.channels.participation.ParticipationShares;
import vn.lantoa.channels.participation.RosterForm;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

/**
 * The "Cán bộ tương tác" tab: the shares of a subtree's units for a month with the drill-down to the
 * cadres, the caller's own standing, the unit's roster, and the self-declaration form.
 */
@Controller
class ParticipationController {

    static final String INDEX = "channels/participation/index";
    static final String DECLARE = "channels/participation/declare";
    static final int CADRES_SHOWN = 300;

    private final ParticipationAccess access;
    private final ParticipationShares shares;
    private final CadreRoster roster;
    private final Declarations declarations;
    private final InteractionImports imports;

    ParticipationController(ParticipationAccess access, ParticipationShares shares, CadreRoster roster, Declarations declarations,
                            InteractionImports imports) {
        this.access = access;
        this.shares = shares;
        this.roster = roster;
        this.declarations = declarations;
        this.imports = imports;
    }

    @GetMapping("/channels/participation")
    String overview(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "thang", required = false) String thang,
                    Model model) {
        return index(unitId, thang, RosterForm.blank(), Map.of(), model);
    }

    @PostMapping("/channels/participation/units/{unitId}/cadres")
    String addToRoster(@PathVariable long unitId, @RequestParam(name = "thang", required = false) String thang,
                       @ModelAttribute RosterForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.editable(actor, unitId);
        Map<String, DeclarationRules.Problem> problems = roster.add(actor, unit, form);
        if (!problems.isEmpty()) {
            return index(unitId, thang, form, problems, model);
        }
        redirect.addFlashAttribute("notice", "channels.participation.roster.added");
        redirect.addFlashAttribute("noticeArgs", new Object[] {form.fullName().strip()});
        return "redirect:/channels/participation?don-vi=" + unitId + (thang == null ? "" : "&thang=" + thang) + "#roster";
    }

    @PostMapping("/channels/participation/cadres/{cadreId}/remove")
    String removeFromRoster(@PathVariable long cadreId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Cadre cadre = roster.cadre(cadreId);
        UnitRef unit = access.editable(actor, cadre.unitId());
        roster.remove(actor, cadre, unit);
        redirect.addFlashAttribute("notice", "channels.participation.roster.removed");
        redirect.addFlashAttribute("noticeArgs", new Object[] {cadre.fullName()});
        return "redirect:/channels/participation?don-vi=" + unit.id() + "#roster";
    }

    @GetMapping("/channels/participation/khai-bao")
    String declareForm(@RequestParam(name = "can-bo", required = false) Long cadreId, @RequestParam(name = "thang", required = false) String thang,
                       Model model) {
        Cadre cadre = declarations.subject(CurrentActor.get(), cadreId);
        var pages = declarations.pagesFor(cadre);
        YearMonth month = month(thang, declarations.currentMonth());
        DeclarationForm form = DeclarationForm.blank(pages.isEmpty() ? null : pages.get(0).id(), cadre.profile(), month.toString());
        return declare(model, cadre, form, Map.of());
    }

    @PostMapping("/channels/participation/khai-bao")
    String declare(@RequestParam(name = "can-bo", required = false) Long cadreId, @ModelAttribute DeclarationForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        // a page id that is no number binds as none and is refused by the rules like any other wrong page
        Actor actor = CurrentActor.get();
        Cadre cadre = declarations.subject(actor, cadreId);
        DeclarationRules.Checked checked = declarations.declare(actor, cadre, form);
        if (!checked.ok()) {
            return declare(model, cadre, form, checked.problems());
        }
        redirect.addFlashAttribute("notice", "channels.participation.declared");
        redirect.addFlashAttribute("noticeArgs", new Object[] {cadre.fullName(), checked.month().toString(), checked.interactions()});
        return "redirect:/channels/participation?thang=" + checked.month() + (cadreId == null ? "" : "&don-vi=" + cadre.unitId() + "#roster");
    }

    private String declare(Model model, Cadre cadre, DeclarationForm form, Map<String, DeclarationRules.Problem> problems) {
        Actor actor = CurrentActor.get();
        model.addAttribute("cadre", cadre);
        model.addAttribute("self", cadre.accountId() != null && cadre.accountId() == actor.accountId());
        model.addAttribute("pages", declarations.pagesFor(cadre));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("maxInteractions", DeclarationRules.MAX_INTERACTIONS);
        model.addAttribute("currentMonth", declarations.currentMonth().toString());
        return DECLARE;
    }

    private String index(Long unitId, String thang, RosterForm rosterForm, Map<String, DeclarationRules.Problem> rosterProblems, Model model) {
        Actor actor = CurrentActor.get();
        YearMonth current = declarations.currentMonth();
        YearMonth month = month(thang, current);
        Optional<UnitRef> unit = access.viewable(actor, unitId);
        Cadre me = roster.forAccount(actor);
        model.addAttribute("month", month.toString());
        model.addAttribute("currentMonth", current.toString());
        model.addAttribute("me", me);
        model.addAttribute("myStanding", shares.standing(me.id(), month));
        model.addAttribute("myPages", declarations.pagesFor(me));
        model.addAttribute("mayImport", !imports.importablePages(actor).isEmpty());
        unit.ifPresent(u -> {
            model.addAttribute("unit", u);
            model.addAttribute("lineage", access.lineage(actor, u));
            model.addAttribute("board", shares.board(u, month));
            model.addAttribute("cadres", shares.cadres(u, month, CADRES_SHOWN));
            model.addAttribute("cadresShown", CADRES_SHOWN);
            model.addAttribute("mayEdit", access.mayEdit(actor, u));
        });
        model.addAttribute("rosterForm", rosterForm);
        model.addAttribute("rosterProblems", rosterProblems);
        return INDEX;
    }

    /** The month asked for, or the current one when it is missing, unreadable or in the future. */
    static YearMonth month(String text, YearMonth current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.isAfter(current) || month.isBefore(current.minusMonths(DeclarationRules.MONTHS_BACK)) ? current : month;
        } catch (DateTimeParseException e) {
            return current;
        }
    }
}
