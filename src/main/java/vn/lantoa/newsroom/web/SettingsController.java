package vn.lantoa.newsroom.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.story.EditorialRoutes;
import vn.lantoa.newsroom.story.MediaRule;
import vn.lantoa.newsroom.story.MediaRules;
import vn.lantoa.newsroom.story.Sections;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The newsroom's editable settings: sections, the photo checklist and each province's route.
 * Editors and admins of a province (or above) change them; the checklist and sections are shared
 * by the whole installation, so only those at its top may change them.
 */
@Controller
@Transactional
class SettingsController {

    private final Sections sections;
    private final MediaRules mediaRules;
    private final EditorialRoutes routes;
    private final OrgDirectory org;
    private final AuditLog audit;

    SettingsController(Sections sections, MediaRules mediaRules, EditorialRoutes routes, OrgDirectory org, AuditLog audit) {
        this.sections = sections;
        this.mediaRules = mediaRules;
        this.routes = routes;
        this.org = org;
        this.audit = audit;
    }

    @GetMapping("/newsroom/settings")
    String show(Model model) {
        Actor actor = CurrentActor.get();
        List<UnitRef> provinces = provincesOf(actor);
        if (provinces.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        model.addAttribute("sections", sections.all());
        model.addAttribute("rules", mediaRules.all());
        model.addAttribute("routes", provinces.stream().map(p -> new Object[] {p, routes.route(p.id())}).toList());
        model.addAttribute("canEditShared", mayEditShared(actor));
        return "newsroom/settings";
    }

    @PostMapping("/newsroom/settings/sections")
    String addSection(@RequestParam String name, RedirectAttributes redirect) {
        requireShared();
        return done(redirect, () -> {
            long id = sections.add(name);
            record("section.added", id, name);
        });
    }

    @PostMapping("/newsroom/settings/sections/{id}")
    String changeSection(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) Boolean active,
                         @RequestParam(required = false) Integer move, RedirectAttributes redirect) {
        requireShared();
        return done(redirect, () -> {
            if (name != null) {
                sections.rename(id, name);
            }
            if (active != null) {
                sections.setActive(id, active);
            }
            if (move != null) {
                sections.move(id, Integer.signum(move));
            }
            record("section.changed", id, name);
        });
    }

    @PostMapping("/newsroom/settings/media-rules/{kind}")
    String changeRule(@PathVariable StoryKind kind, @RequestParam int minPhotos, @RequestParam int maxPhotos, @RequestParam int maxVideos,
                      @RequestParam(defaultValue = "false") boolean captionRequired, @RequestParam(defaultValue = "false") boolean altRequired,
                      RedirectAttributes redirect) {
        requireShared();
        return done(redirect, () -> {
            mediaRules.update(new MediaRule(kind, minPhotos, maxPhotos, maxVideos, captionRequired, altRequired));
            record("mediaRule.changed", null, kind + " " + minPhotos + "–" + maxPhotos);
        });
    }

    @PostMapping("/newsroom/settings/routes/{provinceId}")
    String changeRoute(@PathVariable long provinceId, @RequestParam(defaultValue = "false") boolean communeNeedsDepartmentApproval,
                       @RequestParam(defaultValue = "false") boolean departmentNeedsHeadApproval, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef province = provincesOf(actor).stream().filter(p -> p.id() == provinceId).findFirst()
                .orElseThrow(() -> new Forbidden("error.forbidden"));
        return done(redirect, () -> {
            routes.save(new EditorialRoutes.Route(provinceId, communeNeedsDepartmentApproval, departmentNeedsHeadApproval));
            audit.record(AuditEntry.of("editorialRoute.changed", "unit", provinceId, province.name(), province.path(),
                    "commune=" + communeNeedsDepartmentApproval + ", department=" + departmentNeedsHeadApproval));
        });
    }

    private String done(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", "saved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("settingsError", e.messageKey());
            redirect.addFlashAttribute("settingsErrorArgs", e.args());
        }
        return "redirect:/newsroom/settings";
    }

    /** The provinces whose route this person may set: under their EDITOR or ADMIN grants. */
    private List<UnitRef> provincesOf(Actor actor) {
        return actor.rootsFor(Role.EDITOR, Role.ADMIN).stream()
                .flatMap(g -> provincesUnder(g).stream())
                .toList();
    }

    private List<UnitRef> provincesUnder(Grant grant) {
        UnitRef unit = org.unit(grant.unitId()).orElseThrow();
        if (unit.level() == UnitLevel.PROVINCE) {
            return List.of(unit);
        }
        if (unit.level() == UnitLevel.CENTRAL) {
            return org.childrenOf(unit.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE).toList();
        }
        return List.of();
    }

    private boolean mayEditShared(Actor actor) {
        return actor.rootsFor(Role.EDITOR, Role.ADMIN).stream()
                .anyMatch(g -> org.unit(g.unitId()).map(u -> u.level().ordinal() <= UnitLevel.PROVINCE.ordinal()).orElse(false));
    }

    private void requireShared() {
        if (!mayEditShared(CurrentActor.get())) {
            throw new Forbidden("error.forbidden");
        }
    }

    private void record(String action, Long id, String label) {
        audit.record(AuditEntry.of(action, "newsroom", id, label, null, null));
    }
}
