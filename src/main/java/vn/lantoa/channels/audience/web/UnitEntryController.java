package vn.lantoa.channels.audience.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.audience.AudienceEntries;
import vn.lantoa.channels.audience.AudienceRecords;
import vn.lantoa.channels.audience.FigureInput;
import vn.lantoa.channels.audience.FigureRules;
import vn.lantoa.channels.audience.WhoEnters;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The quick page of a unit's officer ({@code /channels/audience/nhap?don-vi=&ngay=}), made for a cheap
 * phone: every channel of the unit in one form for one day, one row each with its previous figure;
 * sent at once, written only when every filled row is good.
 */
@Controller
class UnitEntryController {

    static final String PAGE = "channels/audience/unit-entry";

    private final AudienceEntries entries;
    private final AudienceRecords records;
    private final ChannelDirectory channels;
    private final OrgDirectory org;
    private final AudienceMessages messages;

    UnitEntryController(AudienceEntries entries, AudienceRecords records, ChannelDirectory channels, OrgDirectory org,
                        AudienceMessages messages) {
        this.entries = entries;
        this.records = records;
        this.channels = channels;
        this.org = org;
        this.messages = messages;
    }

    /** A row of the page: the channel, its previous figure, what is typed and what is wrong with it. */
    record EntryRow(ChannelRef channel, AudienceRecords.Entry previous, FigureInput input, Map<String, String> errors, Integer dropFrom) {
    }

    @GetMapping("/channels/audience/nhap")
    String page(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(required = false) String ngay, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = unit(actor, unitId);
        LocalDate day = FigureRules.parseDay(ngay == null ? "" : ngay).filter(d -> !d.isAfter(entries.today())).orElse(entries.today());
        List<EntryRow> rows = new ArrayList<>();
        for (ChannelRef c : channelsOf(unit)) {
            Optional<AudienceRecords.Entry> there = records.on(c.id(), day);
            FigureInput input = there.map(e -> new FigureInput(day.toString(), String.valueOf(e.audience()),
                    e.nonMembers() == null ? "" : String.valueOf(e.nonMembers()),
                    e.womenPercent() == null ? "" : e.womenPercent().toPlainString())).orElse(new FigureInput(day.toString(), "", "", ""));
            rows.add(new EntryRow(c, records.before(c.id(), day).orElse(null), input, Map.of(), null));
        }
        return show(model, actor, unit, day.toString(), rows, null);
    }

    @PostMapping("/channels/audience/nhap")
    String record(@RequestParam(name = "don-vi") long unitId, @RequestParam(required = false) String ngay,
                  @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef unit = unit(actor, unitId);
        String dayText = ngay == null ? "" : ngay.strip();
        List<ChannelRef> list = channelsOf(unit);
        List<AudienceEntries.Row> filled = new ArrayList<>();
        Map<Long, FigureInput> typed = new LinkedHashMap<>();
        for (ChannelRef c : list) {
            FigureInput input = new FigureInput(dayText, form.get("a" + c.id()), form.get("n" + c.id()), form.get("w" + c.id()));
            typed.put(c.id(), input);
            if (!input.isBlank()) {
                filled.add(new AudienceEntries.Row(c.id(), input, "true".equals(form.get("c" + c.id()))));
            }
        }
        LocalDate day = FigureRules.parseDay(dayText).orElse(entries.today());
        if (filled.isEmpty()) {
            return show(model, actor, unit, dayText, rows(list, typed, day, Map.of()), "audience.unit.nothing");
        }
        List<AudienceEntries.RowProblems> refused = entries.recordAll(actor, filled);
        if (!refused.isEmpty()) {
            Map<Long, AudienceEntries.RowProblems> byChannel = new LinkedHashMap<>();
            refused.forEach(r -> byChannel.put(r.channelId(), r));
            return show(model, actor, unit, dayText, rows(list, typed, day, byChannel), "audience.unit.refused");
        }
        redirect.addFlashAttribute("saved", filled.size());
        return "redirect:/channels/audience/nhap?don-vi=" + unit.id() + "&ngay=" + day;
    }

    private List<EntryRow> rows(List<ChannelRef> list, Map<Long, FigureInput> typed, LocalDate day,
                                Map<Long, AudienceEntries.RowProblems> refused) {
        List<EntryRow> rows = new ArrayList<>();
        for (ChannelRef c : list) {
            AudienceEntries.RowProblems problems = refused.get(c.id());
            Map<String, String> errors = new LinkedHashMap<>();
            if (problems != null) {
                problems.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.text(p.messageKey(), p.args())));
            }
            rows.add(new EntryRow(c, records.before(c.id(), day).orElse(null), typed.get(c.id()), errors,
                    problems == null ? null : problems.dropFrom()));
        }
        return rows;
    }

    private String show(Model model, Actor actor, UnitRef unit, String day, List<EntryRow> rows, String error) {
        model.addAttribute("unit", unit);
        model.addAttribute("units", unitChoices(actor, unit));
        model.addAttribute("day", day);
        model.addAttribute("today", entries.today());
        model.addAttribute("rows", rows);
        model.addAttribute("error", error);
        model.addAttribute("dayError", rows.stream().map(r -> r.errors().get("day")).filter(e -> e != null).findFirst().orElse(null));
        return PAGE;
    }

    /** The unit asked for when the caller records there; otherwise their own unit (an officer's, or their outermost). */
    private UnitRef unit(Actor actor, Long unitId) {
        if (unitId != null) {
            UnitRef unit = org.unit(unitId).orElseThrow(() -> new NotFound("audience.unit.notFound"));
            if (!WhoEnters.records(actor, unit.id(), unit.path())) {
                if (!WhoEnters.sees(actor, unit.path())) {
                    throw new NotFound("audience.unit.notFound");
                }
                throw new Forbidden("audience.error.forbidden");
            }
            return unit;
        }
        return unitChoices(actor, null).stream().findFirst().orElseThrow(() -> new Forbidden("audience.error.forbidden"));
    }

    private List<UnitRef> unitChoices(Actor actor, UnitRef current) {
        List<Long> ids = new ArrayList<>();
        actor.grants().stream().filter(g -> g.role() == Role.UNIT_OFFICER).map(Grant::unitId).forEach(ids::add);
        actor.rootsFor(Role.ADMIN, Role.EDITOR, Role.MODERATOR).stream().map(Grant::unitId).filter(id -> !ids.contains(id)).forEach(ids::add);
        if (current != null && !ids.contains(current.id())) {
            ids.add(0, current.id());
        }
        List<UnitRef> units = org.units(ids);
        List<UnitRef> ordered = new ArrayList<>();
        for (Long id : ids) {
            units.stream().filter(u -> u.id() == id).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    private List<ChannelRef> channelsOf(UnitRef unit) {
        return channels.inSubtree(unit.path()).stream().filter(c -> c.unitId() == unit.id()).toList();
    }
}
