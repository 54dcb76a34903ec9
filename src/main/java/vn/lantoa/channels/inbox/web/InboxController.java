package vn.lantoa.channels.inbox.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletRequest;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.DayRange;
import vn.lantoa.channels.inbox.Conversation;
import vn.lantoa.channels.inbox.Conversations;
import vn.lantoa.channels.inbox.InboxAccess;
import vn.lantoa.channels.inbox.InboxDesk;
import vn.lantoa.channels.inbox.InboxFigures;
import vn.lantoa.channels.inbox.InboxList;
import vn.lantoa.channels.inbox.InboxReplies;
import vn.lantoa.channels.inbox.InboxSettings;
import vn.lantoa.channels.inbox.ReplyWindow;
import vn.lantoa.channels.inbox.RoutingRules;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;

/**
 * The inbox tab: the conversations of the caller's pages and departments (waiting ones first, with how
 * long they waited and how long the reply window stays open), one conversation with its reply form
 * (htmx: the thread is swapped in place, a refusal keeps the typed text), re-routing, done and reopen,
 * and the response-time figures.
 */
@Controller
class InboxController {

    private final InboxAccess access;
    private final InboxList list;
    private final InboxFigures figures;
    private final InboxReplies replies;
    private final InboxDesk desk;
    private final RoutingRules routing;
    private final Conversations conversations;
    private final ChannelDirectory channels;
    private final InboxSettings settings;
    private final Clock clock;

    InboxController(InboxAccess access, InboxList list, InboxFigures figures, InboxReplies replies, InboxDesk desk, RoutingRules routing,
                    Conversations conversations, ChannelDirectory channels, InboxSettings settings, Clock clock) {
        this.access = access;
        this.list = list;
        this.figures = figures;
        this.replies = replies;
        this.desk = desk;
        this.routing = routing;
        this.conversations = conversations;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    /** A line as the list shows it: how long the person has waited, and the reply window. */
    record LineView(InboxList.Line line, Duration waited, ReplyWindow.Verdict window, Duration windowLeft) {
    }

    @GetMapping("/channels/inbox")
    String index(@RequestParam(name = "trang", required = false) Long channelId, @RequestParam(name = "ban", required = false) Long departmentId,
                 @RequestParam(name = "trang-thai", required = false) String status, Model model) {
        Actor actor = CurrentActor.get();
        InboxAccess.Scope scope = access.scope(actor);
        InboxList.Filter filter = new InboxList.Filter(channelId, departmentId, InboxList.Status.parse(status));
        Instant now = clock.instant();
        List<LineView> lines = list.lines(scope, filter).stream().map(l -> view(l, now)).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InboxList.Status.values());
        model.addAttribute("pages", list.pages(scope));
        model.addAttribute("departments", list.departments(scope));
        model.addAttribute("waitingCount", list.waiting(scope));
        model.addAttribute("noScope", scope.empty());
        model.addAttribute("mayRoute", !access.managedPages(actor).isEmpty());
        model.addAttribute("limit", InboxList.LIMIT);
        return "channels/inbox/index";
    }

    private LineView view(InboxList.Line line, Instant now) {
        Conversation c = line.conversation();
        ReplyWindow.Verdict window = replies.window(c);
        return new LineView(line, c.waitingSince() == null ? null : Duration.between(c.waitingSince(), now), window, window.remaining(now));
    }

    @GetMapping("/channels/inbox/{id:\\d+}")
    String conversation(@PathVariable long id, @RequestParam(name = "da-gui", required = false) String sent, Model model) {
        fill(model, id, null, null, null, sent != null);
        return "channels/inbox/conversation";
    }

    @PostMapping("/channels/inbox/{id:\\d+}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, HttpServletRequest request, Model model) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        try {
            replies.reply(CurrentActor.get(), id, text);
        } catch (InvalidInput e) {
            fill(model, id, text, e.messageKey(), MessageArgs.localize(e.args()), false);
            return htmx ? "channels/inbox/conversation :: thread" : "channels/inbox/conversation";
        }
        if (htmx) {
            fill(model, id, null, null, null, true);
            return "channels/inbox/conversation :: thread";
        }
        return "redirect:/channels/inbox/" + id + "?da-gui";
    }

    @PostMapping("/channels/inbox/{id:\\d+}/route")
    String reroute(@PathVariable long id, @RequestParam(name = "departmentId", required = false) Long departmentId, Model model) {
        try {
            desk.reroute(CurrentActor.get(), id, departmentId);
        } catch (InvalidInput e) {
            fill(model, id, null, null, null, false);
            model.addAttribute("routeError", e.messageKey());
            return "channels/inbox/conversation";
        }
        return "redirect:/channels/inbox/" + id;
    }

    @PostMapping("/channels/inbox/{id:\\d+}/done")
    String done(@PathVariable long id) {
        desk.done(CurrentActor.get(), id);
        return "redirect:/channels/inbox/" + id;
    }

    @PostMapping("/channels/inbox/{id:\\d+}/reopen")
    String reopen(@PathVariable long id) {
        desk.reopen(CurrentActor.get(), id);
        return "redirect:/channels/inbox/" + id;
    }

    private void fill(Model model, long id, String typed, String error, Object[] errorArgs, boolean sent) {
        Actor actor = CurrentActor.get();
        Conversation c = access.viewable(actor, id);
        Instant now = clock.instant();
        ReplyWindow.Verdict window = replies.window(c);
        model.addAttribute("c", c);
        model.addAttribute("page", channels.find(c.channelId()).orElseThrow());
        model.addAttribute("messages", conversations.messages(c.id()));
        model.addAttribute("window", window);
        model.addAttribute("windowLeft", window.remaining(now));
        model.addAttribute("waited", c.waitingSince() == null ? null : Duration.between(c.waitingSince(), now));
        model.addAttribute("mayAnswer", access.mayAnswer(actor, c));
        model.addAttribute("departments", routing.departmentsFor(c.channelId()));
        model.addAttribute("department", c.departmentId() == null ? null
                : routing.departmentsFor(c.channelId()).stream().filter(d -> d.id() == c.departmentId()).findFirst().orElse(null));
        model.addAttribute("typed", typed == null ? "" : typed);
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", errorArgs);
        model.addAttribute("sent", sent);
        model.addAttribute("maxText", InboxSettings.MAX_TEXT);
        model.addAttribute("humanAgent", settings.humanAgent());
    }

    @GetMapping("/channels/inbox/so-lieu")
    String figures(@RequestParam(name = "tu", required = false) String tu, @RequestParam(name = "den", required = false) String den,
                   Model model) {
        InboxFigures.Period period = period(tu, den, LocalDate.now(InboxFigures.VIETNAM));
        model.addAttribute("period", period);
        model.addAttribute("lines", figures.lines(access.scope(CurrentActor.get()), period));
        return "channels/inbox/figures";
    }

    /** The period asked for; by default the last 30 days; at most a year; the ends swapped when reversed. */
    static InboxFigures.Period period(String tu, String den, LocalDate today) {
        DayRange range = DayRange.of(DayRange.day(tu), DayRange.day(den), today, Period.ofDays(29), Period.ofYears(1));
        return new InboxFigures.Period(range.from(), range.to());
    }

}
