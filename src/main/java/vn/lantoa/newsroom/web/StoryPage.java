package vn.lantoa.newsroom.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.common.security.Actor;
import vn.lantoa.newsroom.StoryDeliveryStatus;
import vn.lantoa.newsroom.story.AuthorSeat;
import vn.lantoa.newsroom.story.Comments;
import vn.lantoa.newsroom.story.MediaRule;
import vn.lantoa.newsroom.story.MediaRules;
import vn.lantoa.newsroom.story.Sections;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryDesk;
import vn.lantoa.newsroom.story.StoryPermissions;
import vn.lantoa.newsroom.story.StoryStep;
import vn.lantoa.newsroom.queue.StepTimes;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** What the story page and the story form show besides the story itself. */
@Component
class StoryPage {

    private final StoryDesk desk;
    private final Sections sections;
    private final Comments comments;
    private final MediaRules mediaRules;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final StepTimes stepTimes;
    private final vn.lantoa.newsroom.story.StoryMedia storyMedia;
    private final List<StoryDeliveryStatus> deliveries;

    StoryPage(vn.lantoa.newsroom.story.StoryMedia storyMedia, StoryDesk desk, Sections sections, Comments comments, MediaRules mediaRules, OrgDirectory org,
              AccountDirectory accounts, StepTimes stepTimes, List<StoryDeliveryStatus> deliveries) {
        this.deliveries = deliveries;
        this.desk = desk;
        this.sections = sections;
        this.comments = comments;
        this.mediaRules = mediaRules;
        this.org = org;
        this.accounts = accounts;
        this.stepTimes = stepTimes;
        this.storyMedia = storyMedia;
    }

    String form(Model model, Actor actor, Story story) {
        List<AuthorSeat> seats = AuthorSeat.of(actor);
        long unitId = story != null ? story.authorUnitId() : seats.isEmpty() ? 0 : seats.get(0).unitId();
        model.addAttribute("story", story);
        model.addAttribute("seats", seats);
        model.addAttribute("sections", sections.active());
        model.addAttribute("departments", unitId == 0 ? List.of() : desk.receivingDepartments(unitId));
        model.addAttribute("departmentStory", story != null ? story.isDepartmentStory() : !seats.isEmpty() && seats.get(0).departmentId() != null);
        model.addAttribute("mediaAssets", story == null ? java.util.Map.of() : storyMedia.assetsOf(story));
        if (story != null) {
            MediaRule rule = mediaRules.forKind(story.kind());
            model.addAttribute("rule", rule);
            model.addAttribute("gapsNow", rule.check(story));
            model.addAttribute("canSubmit", StoryPermissions.available(actor, story).contains(vn.lantoa.newsroom.story.StoryAction.SUBMIT));
        }
        return StoryController.FORM;
    }

    String show(Model model, Actor actor, Story story) {
        model.addAttribute("story", story);
        model.addAttribute("unit", org.unit(story.authorUnitId()).map(UnitRef::name).orElse(""));
        model.addAttribute("department", story.departmentId() == null ? null : org.department(story.departmentId()).orElse(null));
        model.addAttribute("section", story.sectionId() == null ? null : sections.find(story.sectionId()).orElse(null));
        model.addAttribute("actions", StoryPermissions.available(actor, story));
        model.addAttribute("canEdit", StoryPermissions.mayEdit(actor, story));
        model.addAttribute("canComment", StoryPermissions.mayComment(actor, story));
        model.addAttribute("comments", comments.of(story.id()));
        model.addAttribute("steps", stepTimes.of(story));
        model.addAttribute("deadline", stepTimes.deadline(story.reachDeadline(), story.reachedEditorsAt()));
        model.addAttribute("mediaAssets", storyMedia.assetsOf(story));
        model.addAttribute("people", people(story));
        model.addAttribute("deliveries", deliveryLines(story));
        MediaRule rule = mediaRules.forKind(story.kind());
        model.addAttribute("rule", rule);
        if (!model.containsAttribute("gaps")) {
            model.addAttribute("gapsNow", rule.check(story));
        }
        return StoryController.SHOW;
    }

    /** The channels' word on where the story went; only once it was published (nothing is posted before). */
    private List<StoryDeliveryStatus.Line> deliveryLines(Story story) {
        if (story.publishedAt() == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return deliveries.stream().flatMap(d -> d.lines(story.id(), locale).stream()).toList();
    }

    private Map<Long, String> people(Story story) {
        List<Long> ids = story.steps().stream().map(StoryStep::actorId).filter(java.util.Objects::nonNull).distinct().collect(Collectors.toList());
        ids.add(story.createdBy());
        return accounts.accounts(ids).values().stream().collect(Collectors.toMap(AccountRef::id, AccountRef::fullName));
    }
}
