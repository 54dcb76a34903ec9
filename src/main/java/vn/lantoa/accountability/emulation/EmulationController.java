package vn.lantoa.accountability.emulation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The yearly emulation ranking of the caller's subtree (the staff roles of the accountability menu;
 * a unit outside their grants answers 404), and the union admins' page of criteria and weights.
 */
@Controller
class EmulationController {

    static final Role[] ROLES = {Role.ADMIN, Role.LEADERSHIP, Role.EDITOR, Role.DEPARTMENT_HEAD, Role.DEPARTMENT_STAFF, Role.UNIT_OFFICER};
    /** The first year offered: before it there is nothing to rank. */

    private final EmulationRankings rankings;
    private final EmulationCriteria criteria;
    private final OrgDirectory org;

    EmulationController(EmulationRankings rankings, EmulationCriteria criteria, OrgDirectory org) {
        this.rankings = rankings;
        this.criteria = criteria;
        this.org = org;
    }

    @GetMapping("/accountability/emulation")
    String ranking(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "nam", required = false) Integer year,
                   @RequestParam(name = "sap-xep", required = false) String sort, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef subtree = subtree(actor, unitId);
        int current = rankings.currentYear();
        int shown = year == null ? current : year;
        if (!rankings.ranks(shown)) {
            throw new NotFound("emulation.error.year");
        }
        EmulationCriterion sortBy = Arrays.stream(EmulationCriterion.values()).filter(c -> c.name().equals(sort)).findFirst().orElse(null);
        UnitRef union = rankings.unionOf(subtree).orElse(null);
        EmulationRanking ranking = union == null ? null : rankings.rank(union, shown);
        EmulationRanking visible = ranking == null ? null : ranking.within(subtree);
        model.addAttribute("subtree", subtree);
        model.addAttribute("lineage", org.lineage(subtree.id()).stream().filter(u -> actor.may(u.path(), ROLES)).toList());
        model.addAttribute("year", shown);
        model.addAttribute("years", rankings.years());
        model.addAttribute("ranking", visible);
        model.addAttribute("ranked", ranking == null ? 0 : ranking.ranked());
        model.addAttribute("rows", visible == null ? List.of() : visible.sortedBy(sortBy));
        model.addAttribute("sort", sortBy == null ? "score" : sortBy.name());
        model.addAttribute("criteria", EmulationCriterion.values());
        return "accountability/emulation";
    }

    @GetMapping("/admin/accountability/emulation")
    String criteriaPage(@RequestParam(name = "don-vi", required = false) Long unitId, Model model) {
        UnitRef union = editableUnion(CurrentActor.get(), unitId);
        EmulationWeights weights = criteria.of(union.id());
        Map<String, String> typed = new LinkedHashMap<>();
        weights.weights().forEach((c, w) -> typed.put(c.field(), Integer.toString(w)));
        typed.put(EmulationWeights.TARGET_FIELD, Integer.toString(weights.digitalSessionsTarget()));
        typed.put(EmulationWeights.AUDIENCE_TARGET_FIELD, Integer.toString(weights.audienceGrowthTarget()));
        return criteriaForm(model, union, typed, Map.of());
    }

    @PostMapping("/admin/accountability/emulation")
    String saveCriteria(@RequestParam(name = "don-vi") Long unitId, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect) {
        UnitRef union = editableUnion(CurrentActor.get(), unitId);
        EmulationWeights.Parsed parsed = EmulationWeights.parse(form);
        if (parsed instanceof EmulationWeights.Invalid invalid) {
            return criteriaForm(model, union, form, invalid.errors());
        }
        criteria.save(union, ((EmulationWeights.Valid) parsed).weights());
        redirect.addFlashAttribute("flash", "emulation.criteria.saved");
        return "redirect:/admin/accountability/emulation?don-vi=" + union.id();
    }

    private String criteriaForm(Model model, UnitRef union, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("union", union);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("criteria", EmulationCriterion.values());
        model.addAttribute("targetField", EmulationWeights.TARGET_FIELD);
        model.addAttribute("maxWeight", EmulationWeights.MAX_WEIGHT);
        model.addAttribute("maxTarget", EmulationWeights.MAX_TARGET);
        model.addAttribute("audienceTargetField", EmulationWeights.AUDIENCE_TARGET_FIELD);
        model.addAttribute("maxAudienceTarget", EmulationWeights.MAX_AUDIENCE_TARGET);
        return "accountability/emulation-criteria";
    }

    /** The subtree asked for, inside the caller's grants (404 otherwise); by default their outermost root. */
    private UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        long id = unitId == null ? roots.get(0).unitId() : unitId;
        return org.unit(id).filter(u -> actor.may(u.path(), ROLES)).orElseThrow(() -> new NotFound("emulation.error.unit"));
    }

    /**
     * The union whose criteria the caller edits: a province or the central union on which (or above
     * which) they are ADMIN; by default the outermost one. Anyone else is refused.
     */
    private UnitRef editableUnion(Actor actor, Long unitId) {
        if (unitId == null) {
            return actor.rootsFor(Role.ADMIN).stream().map(g -> org.unit(g.unitId()).orElse(null))
                    .filter(u -> u != null && isUnion(u)).findFirst().orElseThrow(() -> new Forbidden("error.forbidden"));
        }
        UnitRef unit = org.unit(unitId).filter(u -> actor.sees(u.path())).orElseThrow(() -> new NotFound("emulation.error.unit"));
        if (!isUnion(unit) || !actor.may(unit.path(), Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        return unit;
    }

    private static boolean isUnion(UnitRef unit) {
        return unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.CENTRAL;
    }
}
