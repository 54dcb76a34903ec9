package vn.lantoa.portal.comments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import vn.lantoa.portal.web.PublicPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;

/**
 * Readers' side of the comments. The form posts here from a cached story page: no session, no CSRF
 * token (SecurityConfiguration.SESSIONLESS_POSTS), the same form for everyone. With htmx the answer is
 * the form again (with its faults) or the thank-you note, swapped in place; without JavaScript it is a
 * whole page with the story's comments and the same form or note.
 */
@Controller
@PublicPage
class CommentController {

    static final String PAGE = "portal/comment-page";
    static final String FORM = "portal/comments :: commentForm";
    static final String THANKS = "portal/comments :: commentThanks";
    static final String UNAVAILABLE = "portal/comments :: commentUnavailable";
    static final String MISSING = "portal/comment-missing";
    /** The query parameter of the page a reader lands on after sending without JavaScript. */
    static final String SENT = "da-gui";

    private final PublishedStories published;
    private final ReaderComments comments;
    private final CommentPosting posting;
    private final CommentSettings settings;
    private final JdbcClient jdbc;
    private final CommentAttachments attachments;

    CommentController(PublishedStories published, ReaderComments comments, CommentPosting posting, CommentSettings settings,
                      JdbcClient jdbc, CommentAttachments attachments) {
        this.published = published;
        this.comments = comments;
        this.posting = posting;
        this.settings = settings;
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    /** The comments of a story on a page of their own: where the form lands without JavaScript. */
    @GetMapping("/binh-luan/{storyId}")
    String page(@PathVariable long storyId, @RequestParam(name = SENT, required = false) String sent, @ModelAttribute("site") Site site,
                HttpServletResponse response, Model model) {
        if (sent != null) {
            model.addAttribute("thanks", true);
        }
        return story(site, storyId).map(story -> page(story, model)).orElseGet(() -> missing(false, response));
    }

    @PostMapping("/binh-luan/{storyId}")
    String post(@PathVariable long storyId, @ModelAttribute("site") Site site,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String website,
                @RequestParam(name = "attachment", required = false) MultipartFile file,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        PublishedStory story = story(site, storyId).orElse(null);
        if (story == null) {
            return missing(htmx, response);
        }
        CommentEntry entry = new CommentEntry(name, email, text, website);
        model.addAttribute("story", story);
        CommentPosting.Outcome outcome;
        if (request.getAttribute(CommentUploadLimit.TOO_LARGE) != null) {
            entry.reject("attachment", "comment.error.requestTooLarge", settings.maxAttachmentMegabytes());
            outcome = new CommentPosting.Refused(entry, 413);
        } else {
            Upload upload = file == null || file.isEmpty() ? null
                    : new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
            outcome = posting.post(site, story, entry, upload, new CommentPosting.Sender(
                    SenderAddress.of(request, settings.trustedProxies()), request.getHeader(HttpHeaders.USER_AGENT)));
        }
        if (outcome instanceof CommentPosting.Refused refused) {
            model.addAttribute("entry", refused.entry());
            if (htmx) {
                return FORM;
            }
            response.setStatus(refused.status());
            return page(story, model);
        }
        if (htmx) {
            model.addAttribute("thanks", true);
            return THANKS;
        }
        // Post, redirect, get: reloading the thank-you page must not send the comment again. No session is needed for it.
        return "redirect:" + CommentLinks.post(story.id()) + "?" + SENT + "#binh-luan-form";
    }

    /** The PDF of an approved comment, as a download that no browser renders in the page. */
    @GetMapping("/binh-luan/tep/{commentId}")
    ResponseEntity<InputStreamResource> pdf(@PathVariable long commentId) throws IOException {
        var found = jdbc.sql("""
                select a.storage_key, a.file_name, a.size_bytes from portal_comment c join portal_comment_attachment a on a.comment_id = c.id
                where c.id = :id and c.status = 'APPROVED' and a.kind = 'PDF'""")
                .param("id", commentId)
                .query((rs, n) -> new String[] {rs.getString("storage_key"), rs.getString("file_name"), rs.getString("size_bytes")})
                .optional();
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String[] pdf = found.get();
        InputStream content = attachments.openPdf(pdf[0]);
        return download(pdf[1], Long.parseLong(pdf[2]), content, CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }

    static ResponseEntity<InputStreamResource> download(String fileName, long size, InputStream content, CacheControl cache) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? fileName : fileName + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(size)
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new InputStreamResource(content));
    }

    /**
     * A story that is not published, or not on this site: a plain page says so (not the staff error
     * page, which would start a session for its CSRF token). htmx gets a note in place of the form.
     */
    private static String missing(boolean htmx, HttpServletResponse response) {
        response.setStatus(htmx ? 200 : 404);
        return htmx ? UNAVAILABLE : MISSING;
    }

    private String page(PublishedStory story, Model model) {
        model.addAttribute("story", story);
        model.addAttribute("storyUrl", PortalLinks.story(story.id(), story.title()));
        model.addAttribute("comments", comments.shown(story.id()));
        return PAGE;
    }

    private java.util.Optional<PublishedStory> story(Site site, long storyId) {
        return published.find(storyId).filter(s -> s.card().authorUnitPath().startsWith(site.unitPath()));
    }
}
