package vn.lantoa.channels.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.channels.registry.ChannelCoverage;
import vn.lantoa.channels.registry.ChannelRegistry;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/** Coverage of a subtree: per level, per unit directly under it, and the units of a level without a fanpage (page and .xlsx). */
@Controller
class ChannelCoverageController {

    private final ChannelRegistry registry;
    private final ChannelCoverage coverage;

    ChannelCoverageController(ChannelRegistry registry, ChannelCoverage coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    @GetMapping("/channels/coverage")
    String coverage(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "cap", required = false) String level,
                    Model model) {
        Actor actor = CurrentActor.get();
        UnitRef root = registry.scope(actor, unitId);
        List<UnitLevel> levels = ChannelCoverage.levelsUnder(root);
        UnitLevel chosen = levelOf(level, levels);
        model.addAttribute("root", root);
        model.addAttribute("roots", registry.roots(actor));
        model.addAttribute("rootHasPage", coverage.hasPage(root.id()));
        model.addAttribute("levels", coverage.byLevel(root));
        model.addAttribute("levelChoices", levels);
        model.addAttribute("kindCounts", coverage.channelsByKind(root).entrySet().stream().filter(e -> e.getValue() > 0).toList());
        model.addAttribute("children", coverage.children(root));
        model.addAttribute("gaps", chosen == null ? null : coverage.withoutPage(root, chosen, ChannelCoverage.SHOWN));
        model.addAttribute("shown", ChannelCoverage.SHOWN);
        model.addAttribute("mayRegister", ChannelRegistry.managesAny(actor));
        model.addAttribute("lineage", List.of());
        return "channels/registry/coverage";
    }

    @GetMapping("/channels/coverage/no-fanpage.xlsx")
    void download(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "cap", required = false) String level,
                  Locale locale, HttpServletResponse response) throws IOException {
        UnitRef root = registry.scope(CurrentActor.get(), unitId);
        UnitLevel chosen = levelOf(level, ChannelCoverage.levelsUnder(root));
        if (chosen == null) {
            throw new vn.lantoa.common.web.NotFound("channels.registry.unitNotFound");
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("chua-co-fanpage-" + root.code() + "-" + LocalDate.now() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        coverage.writeWithoutPage(root, chosen, locale, response.getOutputStream());
    }

    private static UnitLevel levelOf(String text, List<UnitLevel> levels) {
        if (levels.isEmpty()) {
            return null;
        }
        for (UnitLevel l : levels) {
            if (l.name().equalsIgnoreCase(text)) {
                return l;
            }
        }
        return levels.get(0);
    }
}
