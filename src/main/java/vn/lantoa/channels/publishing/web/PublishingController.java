package vn.lantoa.channels.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.publishing.Delivery;
import vn.lantoa.channels.publishing.GroupQueue;
import vn.lantoa.channels.publishing.PhotoFiles;
import vn.lantoa.channels.publishing.PublishingAccess;
import vn.lantoa.channels.publishing.PublishingBoard;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.LocalizedException;
import vn.lantoa.common.web.MessageArgs;
import vn.lantoa.org.UnitRef;

/**
 * The "Đăng lên kênh" tab: the Page deliveries of a subtree with their states (a failed one can be
 * tried again now), and the group queue, where a moderator copies the text, downloads the photos,
 * posts in the group by hand and marks the item posted with the post's address, or skips it.
 */
@Controller
class PublishingController {

    static final String VIEW = "channels/publishing/index";

    private final PublishingAccess access;
    private final PublishingBoard board;
    private final GroupQueue queue;
    private final PhotoFiles photos;

    PublishingController(PublishingAccess access, PublishingBoard board, GroupQueue queue, PhotoFiles photos) {
        this.access = access;
        this.board = board;
        this.queue = queue;
        this.photos = photos;
    }

    @GetMapping("/channels/publishing")
    String index(@RequestParam(name = "don-vi", required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.subtree(actor, unitId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("unit", unit);
        model.addAttribute("pages", board.pages(actor, unit, locale));
        model.addAttribute("groups", board.groups(actor, unit, locale));
        return VIEW;
    }

    @PostMapping("/channels/publishing/{id}/posted")
    String markPosted(@PathVariable long id, @RequestParam(name = "url", required = false) String url,
                      @RequestParam(name = "don-vi", required = false) Long unitId, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        try {
            Delivery done = queue.markPosted(CurrentActor.get(), id, url);
            redirect.addFlashAttribute("done", "channels.publishing.done.posted");
            return back(unitId, done);
        } catch (LocalizedException e) {
            return again(e, id, unitId, url, null, model, response);
        }
    }

    @PostMapping("/channels/publishing/{id}/skipped")
    String skip(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
                @RequestParam(name = "don-vi", required = false) Long unitId, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            Delivery done = queue.skip(CurrentActor.get(), id, reason);
            redirect.addFlashAttribute("done", "channels.publishing.done.skipped");
            return back(unitId, done);
        } catch (LocalizedException e) {
            return again(e, id, unitId, null, reason, model, response);
        }
    }

    @PostMapping("/channels/publishing/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(name = "don-vi", required = false) Long unitId, RedirectAttributes redirect) {
        Delivery done = queue.retryNow(CurrentActor.get(), id);
        redirect.addFlashAttribute("done", "channels.publishing.done.retry");
        return back(unitId, done);
    }

    /** All the photos of a queue item, web-sized, as one zip in posting order. */
    @GetMapping("/channels/publishing/{id}/photos.zip")
    void zip(@PathVariable long id, HttpServletResponse response) throws IOException {
        Delivery delivery = access.viewable(CurrentActor.get(), id);
        List<UUID> ids = board.photoIds(delivery);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"anh-bai-" + delivery.storyId() + ".zip\"");
        photos.zip(ids, response.getOutputStream());
    }

    private static String back(Long unitId, Delivery done) {
        return "redirect:/channels/publishing" + (unitId == null ? "" : "?don-vi=" + unitId) + "#delivery-" + done.id();
    }

    /** The page again with the error at the item and what was typed kept; a 403 or 404 stays what it is. */
    private String again(LocalizedException e, long id, Long unitId, String url, String reason, Model model, HttpServletResponse response) {
        if (e.httpStatus() == 403 || e.httpStatus() == 404) {
            throw e;
        }
        response.setStatus(e.httpStatus());
        model.addAttribute("errorFor", id);
        model.addAttribute("error", e.messageKey());
        model.addAttribute("errorArgs", MessageArgs.localize(e.args()));
        model.addAttribute("typedUrl", url);
        model.addAttribute("typedReason", reason);
        return index(unitId, model);
    }
}
