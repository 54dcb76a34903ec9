package vn.lantoa.channels.registry.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.Channel;
import vn.lantoa.channels.registry.ChannelForm;
import vn.lantoa.channels.registry.ChannelRefused;
import vn.lantoa.channels.registry.ChannelRegistry;
import vn.lantoa.channels.registry.ChannelRegistryQueries;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The registry pages: the channels of a subtree with filters and pages, one channel with its admins,
 * the form to register or edit one (a unit picked by searching the caller's scope), switching a
 * channel off and on. Every check is the registry's; a refused form comes back with what was typed.
 */
@Controller
class ChannelRegistryController {

    static final String LIST = "channels/registry/list";
    static final String DETAIL = "channels/registry/detail";
    static final String FORM = "channels/registry/form";

    private final ChannelRegistry registry;
    private final ChannelRegistryQueries queries;
    private final OrgDirectory org;
    private final MessageSource messages;

    ChannelRegistryController(ChannelRegistry registry, ChannelRegistryQueries queries, OrgDirectory org, MessageSource messages) {
        this.registry = registry;
        this.queries = queries;
        this.org = org;
        this.messages = messages;
    }

    @GetMapping("/channels")
    String list(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "loai", required = false) String kind,
                @RequestParam(name = "ten-don-vi", defaultValue = "") String unitText, @RequestParam(defaultValue = "") String q,
                @RequestParam(name = "trang-thai", defaultValue = "active") String state, @RequestParam(name = "trang", defaultValue = "1") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef scope = registry.scope(actor, unitId);
        ChannelKind chosenKind = kindOf(kind);
        ChannelRegistryQueries.Filter filter = new ChannelRegistryQueries.Filter(scope.path(), chosenKind, unitText, q,
                ChannelRegistryQueries.State.of(state));
        model.addAttribute("scope", scope);
        model.addAttribute("roots", registry.roots(actor));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("states", ChannelRegistryQueries.State.values());
        model.addAttribute("result", queries.search(filter, page, ChannelRegistryQueries.PAGE_SIZE));
        model.addAttribute("mayRegister", ChannelRegistry.managesAny(actor));
        return htmx != null ? LIST + " :: results" : LIST;
    }

    @GetMapping("/channels/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Channel channel = registry.channel(actor, id);
        model.addAttribute("channel", channel);
        model.addAttribute("lineage", org.lineage(channel.unitId()));
        model.addAttribute("mayEdit", ChannelRegistry.mayManage(actor, channel.unitPath()));
        return DETAIL;
    }

    @GetMapping("/channels/new")
    String newChannel(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "loai", required = false) String kind,
                      Model model) {
        Actor actor = CurrentActor.get();
        if (!ChannelRegistry.managesAny(actor)) {
            throw new vn.lantoa.common.security.Forbidden("error.forbidden");
        }
        ChannelForm form = new ChannelForm();
        if (unitId != null) {
            org.unit(unitId).filter(u -> ChannelRegistry.mayManage(actor, u.path())).ifPresent(u -> form.setUnitId(u.id()));
        }
        form.setKind(kind == null ? ChannelKind.FACEBOOK_PAGE : kindOf(kind));
        return form(model, null, form, Map.of(), null);
    }

    @PostMapping("/channels/new")
    String create(@ModelAttribute("form") ChannelForm form, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String unitQuery, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!ChannelRegistry.managesAny(actor)) {
            throw new vn.lantoa.common.security.Forbidden("error.forbidden");
        }
        if ("search".equals(action)) {
            return form(model, null, form, Map.of(), unitQuery);
        }
        try {
            long id = registry.create(actor, form);
            redirect.addFlashAttribute("flash", "channels.flash.created");
            return "redirect:/channels/" + id;
        } catch (ChannelRefused e) {
            return form(model, null, form, errors(e), unitQuery);
        }
    }

    @GetMapping("/channels/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Channel channel = registry.editable(CurrentActor.get(), id);
        return form(model, channel, ChannelForm.of(channel), Map.of(), null);
    }

    @PostMapping("/channels/{id:\\d+}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ChannelForm form, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String unitQuery, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Channel channel = registry.editable(actor, id);
        if ("search".equals(action)) {
            return form(model, channel, form, Map.of(), unitQuery);
        }
        try {
            registry.update(actor, id, form);
            redirect.addFlashAttribute("flash", "channels.flash.saved");
            return "redirect:/channels/" + id;
        } catch (ChannelRefused e) {
            return form(model, channel, form, errors(e), unitQuery);
        } catch (InvalidInput e) {
            return form(model, channel, form, Map.of("version", message(e.messageKey(), e.args())), unitQuery);
        }
    }

    @PostMapping("/channels/{id:\\d+}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return switchTo(id, version, false, redirect);
    }

    @PostMapping("/channels/{id:\\d+}/activate")
    String activate(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return switchTo(id, version, true, redirect);
    }

    private String switchTo(long id, Long version, boolean active, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            if (active) {
                registry.activate(actor, id, version);
            } else {
                registry.deactivate(actor, id, version);
            }
            redirect.addFlashAttribute("flash", active ? "channels.flash.activated" : "channels.flash.deactivated");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("channelError", message(e.messageKey(), e.args()));
        }
        return "redirect:/channels/" + id;
    }

    /** The unit picker's options (htmx): units where the caller registers channels. */
    @HxRequest
    @GetMapping("/channels/unit-options")
    String unitOptions(@RequestParam(defaultValue = "") String unitQuery, Model model) {
        Actor actor = CurrentActor.get();
        List<UnitRef> units = registry.unitOptions(actor, unitQuery);
        model.addAttribute("unitQuery", unitQuery);
        model.addAttribute("unitOptions", units);
        model.addAttribute("form", new ChannelForm());
        model.addAttribute("eligibleAdmins", units.isEmpty() ? null : registry.eligibleAdmins(units.get(0)));
        model.addAttribute("errors", Map.of());
        model.addAttribute("oob", true);
        return FORM + " :: unitSearch";
    }

    /** The accounts that may be named admins of the chosen unit's channels (htmx, when the unit changes). */
    @HxRequest
    @GetMapping("/channels/admin-options")
    String adminOptions(@RequestParam(required = false) Long unitId, @RequestParam(required = false) List<Long> adminAccountIds, Model model) {
        Actor actor = CurrentActor.get();
        ChannelForm form = new ChannelForm();
        form.setAdminAccountIds(adminAccountIds);
        UnitRef unit = unitId == null ? null : org.unit(unitId).filter(u -> ChannelRegistry.mayManage(actor, u.path())).orElse(null);
        model.addAttribute("form", form);
        model.addAttribute("eligibleAdmins", unit == null ? null : registry.eligibleAdmins(unit));
        model.addAttribute("errors", Map.of());
        return FORM + " :: adminAccounts";
    }

    private String form(Model model, Channel channel, ChannelForm form, Map<String, String> errors, String unitQuery) {
        Actor actor = CurrentActor.get();
        UnitRef unit = form.getUnitId() == null ? null : org.unit(form.getUnitId()).orElse(null);
        if (unit != null && !ChannelRegistry.mayManage(actor, unit.path()) && (channel == null || channel.unitId() != unit.id())) {
            unit = null;
        }
        model.addAttribute("channel", channel);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("unit", unit);
        model.addAttribute("unitQuery", unitQuery == null ? "" : unitQuery);
        model.addAttribute("unitOptions", unitQuery == null || unitQuery.isBlank() ? null : registry.unitOptions(actor, unitQuery));
        model.addAttribute("eligibleAdmins", unit == null ? null : registry.eligibleAdmins(unit));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        return FORM;
    }

    private Map<String, String> errors(ChannelRefused e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), message(p.messageKey(), p.args())));
        return errors;
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static ChannelKind kindOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ChannelKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
