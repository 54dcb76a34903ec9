package vn.lantoa.channels.moderation.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.moderation.CommentAction;
import vn.lantoa.channels.moderation.FanpageModeration;
import vn.lantoa.channels.moderation.CommentPuller;
import vn.lantoa.channels.moderation.CommentQueue;
import vn.lantoa.channels.moderation.ModerationAccess;
import vn.lantoa.channels.moderation.ModerationFigures;
import vn.lantoa.channels.moderation.ModerationRefused;
import vn.lantoa.channels.moderation.QueuedComment;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitRef;

/**
 * The "Bình luận" tab: the review queue of a subtree's fanpage comments (to review, mine, hidden, all),
 * one page or all; hide, unhide, delete and "handled" on a row (htmx swaps the row, a plain form
 * reloads the page); "Tải bình luận ngay"; the figures of the last 30 days.
 */
@Controller
class CommentsController {

    static final int SHOWN = 100;
    private static final Map<String, CommentAction> ACTIONS = Map.of("an", CommentAction.HIDE, "hien", CommentAction.UNHIDE,
            "xoa", CommentAction.DELETE, "da-xu-ly", CommentAction.HANDLED);

    private final ModerationAccess access;
    private final CommentQueue queue;
    private final FanpageModeration moderation;
    private final CommentPuller puller;
    private final ModerationFigures figures;

    CommentsController(ModerationAccess access, CommentQueue queue, FanpageModeration moderation, CommentPuller puller,
                       ModerationFigures figures) {
        this.access = access;
        this.queue = queue;
        this.moderation = moderation;
        this.puller = puller;
        this.figures = figures;
    }

    @GetMapping("/channels/comments")
    String queue(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "kenh", required = false) Long channelId,
                 @RequestParam(name = "o", required = false) String view, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.subtree(actor, unitId);
        List<ChannelRef> pages = access.pages(unit);
        Long page = channelId != null && pages.stream().anyMatch(p -> p.id() == channelId) ? channelId : null;
        if (channelId != null && page == null) {
            access.page(actor, channelId);
            throw new NotFound("channels.posts.channelNotFound");
        }
        CommentQueue.View current = CommentQueue.View.of(view);
        Map<CommentQueue.View, Long> counts = new LinkedHashMap<>();
        Arrays.stream(CommentQueue.View.values()).forEach(v -> counts.put(v, queue.count(unit.path(), page, v, actor.accountId())));
        model.addAttribute("unit", unit);
        model.addAttribute("roots", access.roots(actor));
        model.addAttribute("pages", pages);
        model.addAttribute("page", page);
        model.addAttribute("view", current);
        model.addAttribute("views", CommentQueue.View.values());
        model.addAttribute("counts", counts);
        model.addAttribute("comments", queue.list(unit.path(), page, current, actor.accountId(), SHOWN));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("figures", figures.figures(unit.path(), ModerationFigures.period(null, null)));
        return "channels/comments/index";
    }

    @PostMapping("/channels/comments/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestHeader(name = "HX-Request", required = false) String htmx,
               Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        CommentAction what = ACTIONS.get(action);
        if (what == null) {
            throw new NotFound("channels.moderation.commentNotFound");
        }
        QueuedComment comment;
        String error = null;
        Object[] errorArgs = null;
        try {
            comment = moderation.act(actor, id, what);
        } catch (ModerationRefused refused) {
            comment = moderation.comment(actor, id);
            error = refused.messageKey();
            errorArgs = refused.args();
        }
        if (htmx != null) {
            model.addAttribute("c", comment);
            model.addAttribute("error", error);
            model.addAttribute("errorArgs", errorArgs);
            model.addAttribute("done", error == null ? "channels.moderation.done." + what.name() : null);
            return "channels/comments/row :: row";
        }
        if (error != null) {
            redirect.addFlashAttribute("pageError", error);
            redirect.addFlashAttribute("pageErrorArgs", errorArgs);
        }
        return "redirect:/channels/comments?don-vi=" + comment.unitId() + "&kenh=" + comment.channelId() + "#comment-" + id;
    }

    @PostMapping("/channels/comments/pull")
    String pull(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "kenh", required = false) Long channelId,
                RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.subtree(actor, unitId);
        List<ChannelRef> pages = channelId == null ? access.pages(unit) : List.of(access.page(actor, channelId));
        int added = 0;
        int failed = 0;
        int read = 0;
        for (ChannelRef p : pages) {
            CommentPuller.Outcome outcome = puller.pull(p.id());
            if (outcome.ok()) {
                read++;
                added += outcome.added();
            } else if (outcome.failure() != null && channelId != null) {
                failed++;
            }
        }
        redirect.addFlashAttribute("pulled", new Object[] {read, added});
        if (failed > 0 || read == 0) {
            redirect.addFlashAttribute("pageError", "channels.moderation.pull.failed");
        }
        return "redirect:/channels/comments?don-vi=" + unit.id() + (channelId == null ? "" : "&kenh=" + channelId);
    }
}
