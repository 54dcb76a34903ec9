package vn.lantoa.channels.connect.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.connect.MetricNames;
import vn.lantoa.channels.connect.MetricPurpose;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The platform metric names, for the admin of the root union only: which name is read for which purpose
 * from when to when, those the platform refused lately, adding a new name and retiring an old one.
 */
@Controller
class MetricNamesController {

    static final String BASE = "/channels/connections/metrics";
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{1,99}");

    private final MetricNames metrics;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final MessageSource messages;

    MetricNamesController(MetricNames metrics, OrgDirectory org, AuditLog audit, MessageSource messages) {
        this.metrics = metrics;
        this.org = org;
        this.audit = audit;
        this.messages = messages;
    }

    private UnitRef rootAdmin(Actor actor) {
        UnitRef root = org.root().orElseThrow(() -> new NotFound("connection.unit.notFound"));
        if (actor.grantOn(root.id(), Role.ADMIN).isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        return root;
    }

    @GetMapping(BASE)
    String page(Model model) {
        rootAdmin(CurrentActor.get());
        model.addAttribute("metrics", metrics.all());
        model.addAttribute("purposes", MetricPurpose.values());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("platform", "FACEBOOK", "purpose", "PAGE_FOLLOWS_DAILY", "name", "", "validFrom", ""));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "channels/connect/metrics";
    }

    @PostMapping(BASE)
    @Transactional
    public String add(@RequestParam(defaultValue = "FACEBOOK") String platform, @RequestParam(defaultValue = "") String purpose,
                      @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String validFrom, Model model,
                      RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef root = rootAdmin(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        Platform p = parse(Platform.class, platform);
        MetricPurpose mp = parse(MetricPurpose.class, purpose);
        String clean = name.trim();
        if (p == null) {
            errors.put("platform", text("connection.metric.platform.invalid"));
        }
        if (mp == null) {
            errors.put("purpose", text("connection.metric.purpose.invalid"));
        }
        if (!NAME.matcher(clean).matches()) {
            errors.put("name", text("connection.metric.name.invalid"));
        }
        LocalDate from = null;
        try {
            from = LocalDate.parse(validFrom.trim());
        } catch (DateTimeParseException e) {
            errors.put("validFrom", text("connection.metric.validFrom.invalid"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", Map.of("platform", platform, "purpose", purpose, "name", name, "validFrom", validFrom));
            model.addAttribute("errors", errors);
            return page(model);
        }
        long id = metrics.add(p, mp, clean, from, actor.accountId());
        audit.record(AuditEntry.of("channel.metric.added", "channel_metric", id, clean, root.path(), p + " " + mp + " from " + from));
        redirect.addFlashAttribute("flash", "connection.metric.added");
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/{id}/retire")
    @Transactional
    public String retire(@PathVariable long id, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef root = rootAdmin(actor);
        MetricNames.Metric metric = metrics.find(id).orElseThrow(() -> new NotFound("connection.metric.notFound"));
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        metrics.retire(id, yesterday.isBefore(metric.validFrom()) ? metric.validFrom() : yesterday, actor.accountId());
        audit.record(AuditEntry.of("channel.metric.retired", "channel_metric", id, metric.name(), root.path(),
                metric.platform() + " " + metric.purpose()));
        redirect.addFlashAttribute("flash", "connection.metric.retired");
        return "redirect:" + BASE;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
