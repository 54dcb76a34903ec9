package vn.lantoa.common.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;

/** What the layout needs on every page: who is logged in and the menu they may use. */
@ControllerAdvice
class LayoutModel {

    private final List<NavEntry> entries;

    LayoutModel(List<NavEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavEntry::order)).toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavEntry> navigation() {
        return CurrentActor.find().map(actor -> entries.stream().filter(e -> e.visibleTo(actor)).toList()).orElse(List.of());
    }
}
