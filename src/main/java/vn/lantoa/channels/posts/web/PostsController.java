package vn.lantoa.channels.posts.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.DayRange;
import vn.lantoa.channels.posts.PostAccess;
import vn.lantoa.channels.posts.PostFigures;
import vn.lantoa.channels.posts.PostImports;
import vn.lantoa.channels.posts.importing.PostExport;
import vn.lantoa.channels.posts.importing.PublishTimes;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.MessageArgs;
import vn.lantoa.org.UnitRef;

/**
 * The posts tab: engagement of a subtree over a period with its child units, channels and best posts;
 * one channel's posts; and the import of a page's Business Suite exports (upload, preview with the
 * bad-row report, confirmation).
 */
@Controller
class PostsController {

    static final int BEST = 10;
    static final int CHANNELS_SHOWN = 300;
    static final int PAGE_SIZE = 50;
    static final int PROBLEMS_SHOWN = 500;

    record ProblemView(int line, String column, String messageKey, Object[] args) {
    }

    record WarningView(String messageKey, Object[] args) {
    }

    private final PostAccess access;
    private final PostFigures figures;
    private final PostImports imports;

    PostsController(PostAccess access, PostFigures figures, PostImports imports) {
        this.access = access;
        this.figures = figures;
        this.imports = imports;
    }

    @GetMapping("/channels/posts")
    String overview(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "tu", required = false) String tu,
                    @RequestParam(name = "den", required = false) String den, @RequestParam(name = "sap-xep", required = false) String sort,
                    @RequestParam(name = "chieu", required = false) String direction, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.subtree(actor, unitId);
        PostFigures.Period period = period(tu, den);
        PostFigures.Sort by = PostFigures.Sort.parse(sort);
        boolean ascending = direction == null ? by == PostFigures.Sort.name : "tang".equals(direction);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", access.lineage(actor, unit));
        model.addAttribute("period", period);
        model.addAttribute("sort", by.name());
        model.addAttribute("ascending", ascending);
        model.addAttribute("totals", figures.totals(unit, period));
        model.addAttribute("units", figures.byChildUnit(unit, period, by, ascending));
        model.addAttribute("channels", figures.byChannel(unit, period, by, ascending, CHANNELS_SHOWN));
        model.addAttribute("channelsShown", CHANNELS_SHOWN);
        model.addAttribute("best", figures.best(unit, period, BEST));
        model.addAttribute("mayImport", !access.importablePages(actor).isEmpty());
        return "channels/posts/index";
    }

    @GetMapping("/channels/posts/channel/{channelId}")
    String channel(@PathVariable long channelId, @RequestParam(name = "tu", required = false) String tu,
                   @RequestParam(name = "den", required = false) String den, @RequestParam(name = "trang", defaultValue = "1") int page,
                   Model model) {
        Actor actor = CurrentActor.get();
        ChannelRef channel = access.viewable(actor, channelId);
        PostFigures.Period period = period(tu, den);
        int current = Math.max(1, page);
        long count = figures.count(channelId, period);
        model.addAttribute("channel", channel);
        model.addAttribute("period", period);
        model.addAttribute("totals", figures.channelTotals(channelId, period));
        model.addAttribute("posts", figures.posts(channelId, period, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("mayImport", access.mayImport(actor, channel, access.unitPath(channelId)));
        model.addAttribute("imports", imports.recent(channelId, 5));
        return "channels/posts/channel";
    }

    @GetMapping("/channels/posts/import")
    String importForm(@RequestParam(name = "kenh", required = false) Long channelId, Model model) {
        return form(model, channelId, "POSTS", null, null);
    }

    @PostMapping("/channels/posts/import")
    String upload(@RequestParam(name = "channelId", required = false) Long channelId, @RequestParam(name = "kind", defaultValue = "POSTS") String kind,
                  @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        PostImports.Kind fileKind = "PAGE_DAILY".equals(kind) ? PostImports.Kind.PAGE_DAILY : PostImports.Kind.POSTS;
        try {
            if (channelId == null) {
                throw new InvalidInput("channelId", "channels.posts.import.noChannel");
            }
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "channels.file.noFile");
            }
            if (file.getSize() > PostExport.MAX_BYTES) {
                throw new InvalidInput("file", "channels.file.tooLarge", PostExport.MAX_BYTES / (1024 * 1024));
            }
            long id = imports.upload(actor, channelId, fileKind, file.getOriginalFilename(), file.getBytes());
            return "redirect:/channels/posts/import/" + id;
        } catch (InvalidInput e) {
            return form(model, channelId, fileKind.name(), e.messageKey(), MessageArgs.localize(e.args()));
        }
    }

    private String form(Model model, Long channelId, String kind, String error, Object[] errorArgs) {
        List<ChannelRef> pages = access.importablePages(CurrentActor.get());
        if (pages.isEmpty()) {
            throw new vn.lantoa.common.security.Forbidden("channels.posts.import.forbidden");
        }
        model.addAttribute("pages", pages);
        model.addAttribute("channelId", channelId);
        model.addAttribute("kind", kind);
        model.addAttribute("error", error);
        model.addAttribute("errorArgs", errorArgs);
        return "channels/posts/import";
    }

    @GetMapping("/channels/posts/import/{id}")
    String preview(@PathVariable long id, Model model) {
        PostImports.Preview preview = imports.preview(CurrentActor.get(), id);
        model.addAttribute("preview", preview);
        model.addAttribute("job", preview.job());
        model.addAttribute("channel", preview.channel());
        model.addAttribute("problems", preview.problems().stream().limit(PROBLEMS_SHOWN)
                .map(p -> new ProblemView(p.line(), p.column(), p.messageKey(), MessageArgs.localize(p.args().toArray()))).toList());
        model.addAttribute("warnings", preview.warnings().stream()
                .map(w -> new WarningView(w.messageKey(), w.args().toArray())).toList());
        return "channels/posts/preview";
    }

    @PostMapping("/channels/posts/import/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        try {
            imports.confirm(CurrentActor.get(), id);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", MessageArgs.localize(e.args()));
            return preview(id, model);
        }
        return "redirect:/channels/posts/import/" + id;
    }

    static PostFigures.Period period(String tu, String den) {
        DayRange range = DayRange.of(DayRange.day(tu), DayRange.day(den), LocalDate.now(PublishTimes.VIETNAM), Period.ofDays(29),
                Period.ofYears(5));
        return new PostFigures.Period(range.from(), range.to());
    }

}
