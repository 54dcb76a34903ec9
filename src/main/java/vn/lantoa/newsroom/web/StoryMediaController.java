package vn.lantoa.newsroom.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.story.MediaRules;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryDesk;
import vn.lantoa.newsroom.story.StoryMedia;

/**
 * The photo and video manager of the edit page. Every change answers with the refreshed list (an
 * htmx swap), or without JavaScript with the edit page; an upload refused answers 400 with the
 * Vietnamese reason as plain text, which the uploader shows next to that file only.
 */
@Controller
class StoryMediaController {

    private static final String LIST = "newsroom/media :: list";

    private final StoryDesk desk;
    private final StoryMedia media;
    private final MediaRules rules;
    private final MessageSource messages;
    private final jakarta.servlet.http.HttpServletRequest request;

    StoryMediaController(StoryDesk desk, StoryMedia media, MediaRules rules, MessageSource messages,
                         jakarta.servlet.http.HttpServletRequest request) {
        this.request = request;
        this.desk = desk;
        this.media = media;
        this.rules = rules;
        this.messages = messages;
    }

    @HxRequest
    @PostMapping("/newsroom/stories/{id}/media")
    Object upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) {
        Actor actor = CurrentActor.get();
        try (InputStream content = file.getInputStream()) {
            return list(model, media.upload(actor, id, content, file.getOriginalFilename()));
        } catch (InvalidInput e) {
            String reason = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without JavaScript the file chooser posts a plain form: one file, then back to the edit page. */
    @PostMapping("/newsroom/stories/{id}/media")
    String uploadWithoutScript(@PathVariable long id, @RequestParam("file") MultipartFile file,
                               org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try (InputStream content = file.getInputStream()) {
            media.upload(actor, id, content, file.getOriginalFilename());
            redirect.addFlashAttribute("flash", "story.media.uploaded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("mediaErrorText", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/newsroom/stories/" + id + "/edit#media-section";
    }

    @PostMapping("/newsroom/stories/{id}/media/link")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String url, Model model) {
        Actor actor = CurrentActor.get();
        return change(id, model, () -> media.link(actor, id, url));
    }

    @PostMapping("/newsroom/stories/{id}/media/{mediaId}")
    String describe(@PathVariable long id, @PathVariable UUID mediaId, @RequestParam(defaultValue = "") String caption,
                    @RequestParam(defaultValue = "") String altText, Model model) {
        Actor actor = CurrentActor.get();
        return change(id, model, () -> desk.describe(actor, id, mediaId, caption, altText));
    }

    @PostMapping("/newsroom/stories/{id}/media/{mediaId}/cover")
    String cover(@PathVariable long id, @PathVariable UUID mediaId, Model model) {
        Actor actor = CurrentActor.get();
        return change(id, model, () -> desk.chooseCover(actor, id, mediaId));
    }

    @PostMapping("/newsroom/stories/{id}/media/{mediaId}/move")
    String move(@PathVariable long id, @PathVariable UUID mediaId, @RequestParam int offset, Model model) {
        Actor actor = CurrentActor.get();
        return change(id, model, () -> desk.moveMedia(actor, id, mediaId, Integer.signum(offset)));
    }

    @PostMapping("/newsroom/stories/{id}/media/{mediaId}/delete")
    String delete(@PathVariable long id, @PathVariable UUID mediaId, Model model) {
        Actor actor = CurrentActor.get();
        return change(id, model, () -> media.remove(actor, id, mediaId));
    }

    /** Answers an htmx swap with the list; a plain form post (no JavaScript) goes back to the edit page. */
    private String change(long id, Model model, java.util.function.Supplier<Story> change) {
        Story story;
        try {
            story = change.get();
        } catch (InvalidInput e) {
            model.addAttribute("mediaError", e);
            story = desk.get(CurrentActor.get(), id);
        }
        if (!"true".equals(request.getHeader("HX-Request"))) {
            return "redirect:/newsroom/stories/" + id + "/edit#media-section";
        }
        return list(model, story);
    }

    private String list(Model model, Story story) {
        model.addAttribute("story", story);
        model.addAttribute("mediaAssets", media.assetsOf(story));
        model.addAttribute("gapsNow", rules.forKind(story.kind()).check(story));
        return LIST;
    }
}
