package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStories.Filter;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.comments.ReaderComments;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.views.ViewCounts;

/**
 * A story's page, its print view and its download ("In", "Lưu": Decree 42/2022 asks portals to
 * offer both). The slug in the address is for people; a wrong or old slug is sent to the right one.
 */
@Controller
@PublicPage
class StoryPages {

    static final String PATH = "/tin/{slug}-{id:\\d+}";
    private static final int RELATED = 6;

    private final PublishedStories published;
    private final StoryViews views;
    private final StoryCards cards;
    private final NewsArticleData articleData;
    private final ViewCounts viewCounts;
    private final ReaderComments readerComments;

    StoryPages(PublishedStories published, StoryViews views, StoryCards cards, NewsArticleData articleData, ViewCounts viewCounts,
               ReaderComments readerComments) {
        this.readerComments = readerComments;
        this.viewCounts = viewCounts;
        this.published = published;
        this.views = views;
        this.cards = cards;
        this.articleData = articleData;
    }

    @GetMapping(PATH)
    String story(@PathVariable long id, @ModelAttribute("site") Site site, @ModelAttribute("canonicalBase") String base,
                 HttpServletRequest request, Model model) {
        PublishedStory story = find(id, site);
        StoryView view = views.view(story, base);
        if (!request.getRequestURI().equals(view.url())) {
            return "redirect:" + view.url();
        }
        model.addAttribute("story", view);
        model.addAttribute("currentSection", story.card().section());
        model.addAttribute("jsonLd", articleData.of(view, site, base));
        model.addAttribute("views", viewCounts.total(id));
        model.addAttribute("comments", readerComments.shown(id));
        Filter related = Filter.unit(site.unitPath()).except(id);
        if (story.card().section() != null) {
            related = related.inSection(story.card().section().id());
        }
        model.addAttribute("related", cards.views(published.latest(related, 0, RELATED)));
        return "portal/story";
    }

    @GetMapping(PATH + "/ban-in")
    String print(@PathVariable long id, @ModelAttribute("site") Site site, @ModelAttribute("canonicalBase") String base, Model model) {
        model.addAttribute("story", views.view(find(id, site), base));
        return "portal/story-print";
    }

    /** The print view as a file: one self-contained page a reader keeps (photos linked by absolute address). */
    @GetMapping(PATH + "/luu")
    String save(@PathVariable long id, @ModelAttribute("site") Site site, @ModelAttribute("canonicalBase") String base,
                Model model, HttpServletResponse response) {
        StoryView view = views.view(find(id, site), base);
        model.addAttribute("story", view);
        model.addAttribute("absolute", true);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(view.url().substring("/tin/".length()) + ".html", StandardCharsets.UTF_8).build().toString());
        return "portal/story-print";
    }

    private PublishedStory find(long id, Site site) {
        return published.find(id).filter(s -> s.card().authorUnitPath().startsWith(site.unitPath()))
                .orElseThrow(() -> new NotFound("portal.error.storyNotFound"));
    }

}
