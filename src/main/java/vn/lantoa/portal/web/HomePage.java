package vn.lantoa.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStories.Filter;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.portal.site.Banner;
import vn.lantoa.portal.site.Banners;
import vn.lantoa.portal.site.PortalLinks;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.views.Period;
import vn.lantoa.portal.views.ViewCounts;

/** The front page: the campaign cover, the lead story, the latest, each section's newest, videos. */
@Controller
@PublicPage
class HomePage {

    /** A section's block on the front page. */
    record SectionBlock(String name, String url, List<CardView> stories) {
    }

    /** A banner with its picture. */
    record BannerView(Banner banner, MediaAsset image) {
    }

    private static final int LATEST = 7;
    private static final int PER_SECTION = 4;
    private static final int MOST_READ = 5;

    private final PublishedStories published;
    private final StoryCards cards;
    private final Banners banners;
    private final MediaLibrary media;
    private final Clock clock;
    private final ViewCounts viewCounts;

    HomePage(PublishedStories published, StoryCards cards, Banners banners, MediaLibrary media, Clock clock, ViewCounts viewCounts) {
        this.viewCounts = viewCounts;
        this.published = published;
        this.cards = cards;
        this.banners = banners;
        this.media = media;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@ModelAttribute("site") Site site, Model model) {
        Filter sitewide = Filter.unit(site.unitPath());
        List<CardView> latest = cards.views(published.latest(sitewide, 0, LATEST));
        CardView lead = latest.stream().filter(c -> c.image() != null).findFirst().orElse(latest.isEmpty() ? null : latest.get(0));
        model.addAttribute("lead", lead);
        model.addAttribute("latest", latest.stream().filter(c -> c != lead).toList());
        model.addAttribute("sectionBlocks", published.sections().stream()
                .map(s -> new SectionBlock(s.name(), PortalLinks.section(s),
                        cards.views(published.latest(sitewide.inSection(s.id()), 0, PER_SECTION))))
                .filter(block -> !block.stories().isEmpty()).toList());
        model.addAttribute("mostRead", cards.views(viewCounts.mostReadCards(Period.WEEK, site.unitPath(), MOST_READ)));
        model.addAttribute("videos", cards.views(published.latest(sitewide.videosOnly(), 0, 3)));
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        model.addAttribute("covers", bannerViews(banners.showing(site.id(), Banner.Placement.COVER, today)));
        model.addAttribute("banners", bannerViews(banners.showing(site.id(), Banner.Placement.BANNER, today)));
        return "portal/home";
    }

    private List<BannerView> bannerViews(List<Banner> shown) {
        Map<java.util.UUID, MediaAsset> images = media.findAll(shown.stream().map(Banner::mediaId).toList()).stream()
                .collect(Collectors.toMap(MediaAsset::id, Function.identity()));
        return shown.stream().filter(b -> images.containsKey(b.mediaId())).map(b -> new BannerView(b, images.get(b.mediaId()))).toList();
    }
}
