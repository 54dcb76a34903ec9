package vn.lantoa.newsroom.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.newsroom.queue.QueueFilter;
import vn.lantoa.newsroom.queue.StepTimes;
import vn.lantoa.newsroom.queue.StoryQueries;
import vn.lantoa.newsroom.queue.StoryRow;
import vn.lantoa.newsroom.story.Sections;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** The department heads' approvals, the editors' queue and the editorial calendar. */
@Controller
class QueueController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StoryQueries queries;
    private final Sections sections;
    private final OrgDirectory org;
    private final StepTimes stepTimes;

    QueueController(StoryQueries queries, Sections sections, OrgDirectory org, StepTimes stepTimes) {
        this.queries = queries;
        this.sections = sections;
        this.org = org;
        this.stepTimes = stepTimes;
    }

    @GetMapping("/newsroom/approvals")
    String approvals(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        if (!actor.holds(Role.DEPARTMENT_HEAD) && !actor.holds(Role.LEADERSHIP)) {
            throw new Forbidden("error.forbidden");
        }
        model.addAttribute("stories", queries.awaitingApproval(actor, page));
        return "newsroom/approvals";
    }

    @GetMapping("/newsroom/queue")
    String queue(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long sectionId,
                 @RequestParam(required = false) StoryStatus status, @RequestParam(required = false) Integer minAgeDays,
                 @RequestParam(name = "title", defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        fillQueue(new QueueFilter(unitId, sectionId, status, minAgeDays, q, page), model);
        model.addAttribute("sections", sections.all());
        model.addAttribute("statuses", StoryStatus.IN_PROGRESS);
        return "newsroom/queue";
    }

    @HxRequest
    @GetMapping("/newsroom/queue")
    String queueRows(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long sectionId,
                     @RequestParam(required = false) StoryStatus status, @RequestParam(required = false) Integer minAgeDays,
                     @RequestParam(name = "title", defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        fillQueue(new QueueFilter(unitId, sectionId, status, minAgeDays, q, page), model);
        return "newsroom/queue :: results";
    }

    private void fillQueue(QueueFilter filter, Model model) {
        Long unitId = filter.unitId();
        Actor actor = CurrentActor.get();
        if (!actor.holds(Role.EDITOR) && !actor.holds(Role.LEADERSHIP)) {
            throw new Forbidden("error.forbidden");
        }
        UnitRef unit = unitId == null ? null : org.unit(unitId).filter(u -> actor.sees(u.path()))
                .orElseThrow(() -> new NotFound("unit.error.notFound"));
        var rows = queries.editorsQueue(actor, filter, unit == null ? null : unit.path());
        model.addAttribute("stories", rows);
        model.addAttribute("waiting", rows.rows().stream().collect(Collectors.toMap(StoryRow::id, r -> stepTimes.waitingNow(r.statusSince()))));
        model.addAttribute("deadlines", rows.rows().stream().filter(r -> r.reachDeadline() != null)
                .collect(Collectors.toMap(StoryRow::id, r -> stepTimes.deadline(r.reachDeadline(), r.reachedEditorsAt()))));
        model.addAttribute("unit", unit);
        model.addAttribute("filter", filter);
    }

    @GetMapping("/newsroom/calendar")
    String calendar(@RequestParam(defaultValue = "month") String view,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        Actor actor = CurrentActor.get();
        LocalDate day = date != null ? date : LocalDate.now(VIETNAM);
        boolean week = "week".equals(view);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = week ? from.plusDays(7)
                : day.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        List<StoryRow> rows = queries.calendar(actor, from.atStartOfDay(VIETNAM).toInstant(), to.atStartOfDay(VIETNAM).toInstant());
        Map<LocalDate, List<StoryRow>> byDay = new TreeMap<>(rows.stream()
                .collect(Collectors.groupingBy(r -> r.calendarTime().atZone(VIETNAM).toLocalDate())));
        model.addAttribute("view", week ? "week" : "month");
        model.addAttribute("day", day);
        model.addAttribute("days", from.datesUntil(to).toList());
        model.addAttribute("byDay", byDay);
        model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusMonths(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusMonths(1));
        model.addAttribute("today", LocalDate.now(VIETNAM));
        return "newsroom/calendar";
    }
}
