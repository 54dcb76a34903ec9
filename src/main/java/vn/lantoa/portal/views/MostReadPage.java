package vn.lantoa.portal.views;

import java.util.List;
import org.springframework.stereotype.Controller;
import vn.lantoa.portal.web.PublicPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.web.CardView;
import vn.lantoa.portal.web.StoryCards;

/** "Đọc nhiều": the site's most-read stories of today, the last 7 days or the last 30 days. */
@Controller
@PublicPage
class MostReadPage {

    static final String VIEW = "portal/most-read-page";
    static final String PATH = "/doc-nhieu";
    static final int SHOWN = 20;

    /** A story of the list and its readers in the period. */
    record Item(CardView story, long views) {
    }

    private final ViewCounts counts;
    private final StoryCards cards;

    MostReadPage(ViewCounts counts, StoryCards cards) {
        this.counts = counts;
        this.cards = cards;
    }

    /** ?ky=ngay|tuan|thang, the week by default; any other value is not a page (and not a cache entry). */
    @GetMapping(PATH)
    String mostRead(@RequestParam(name = "ky", required = false) String ky, @ModelAttribute("site") Site site, Model model) {
        Period period = ky == null ? Period.WEEK : Period.ofCode(ky).orElseThrow(() -> new NotFound("error.notFound"));
        List<ViewCounts.RankedStory> ranking = counts.rankedStories(period, site.unitPath(), SHOWN);
        List<CardView> views = cards.views(ranking.stream().map(ViewCounts.RankedStory::card).toList());
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("items", java.util.stream.IntStream.range(0, ranking.size())
                .mapToObj(i -> new Item(views.get(i), ranking.get(i).views())).toList());
        return VIEW;
    }
}
