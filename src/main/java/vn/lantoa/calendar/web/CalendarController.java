package vn.lantoa.calendar.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.internal.CalendarEditing;
import vn.lantoa.calendar.internal.CalendarPermissions;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NavEntry;

/**
 * The calendar page: the working week and one year's days off and make-up working days, read by
 * everyone, changed by administrators of a root unit. A refused form comes back with what was typed.
 */
@Controller
class CalendarController {

    static final String PAGE = "calendar/year";

    private final CalendarEditing editing;
    private final Clock clock;

    CalendarController(CalendarEditing editing, Clock clock) {
        this.editing = editing;
        this.clock = clock;
    }

    @Bean
    static NavEntry calendarEntry() {
        return new NavEntry("calendar", "nav.calendar", "/admin/calendar", 80, Set.of(Role.ADMIN, Role.EDITOR, Role.LEADERSHIP));
    }

    @GetMapping("/admin/calendar")
    String show(@RequestParam(required = false) Integer year, Model model) {
        return page(year == null ? LocalDate.now(clock).getYear() : year, model);
    }

    @PostMapping("/admin/calendar/days")
    String addDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        CalendarPermissions.requireEdit(actor);
        if (!result.hasErrors() && tried(result, () -> editing.addDay(actor, form.getYear(), form.toDay()))) {
            return done(redirect, "calendar.day.added", form.getYear());
        }
        return page(form.getYear(), model);
    }

    @PostMapping("/admin/calendar/days/{date}/rename")
    String rename(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        CalendarPermissions.requireEdit(actor);
        if (!result.hasErrors() && tried(result, () -> editing.renameDay(actor, date, form.getName()))) {
            return done(redirect, "calendar.day.renamed", date.getYear());
        }
        model.addAttribute("renamedDate", date);
        return page(date.getYear(), model);
    }

    @PostMapping("/admin/calendar/days/{date}/delete")
    String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        editing.deleteDay(CurrentActor.get(), date);
        return done(redirect, "calendar.day.deleted", date.getYear());
    }

    @PostMapping("/admin/calendar/years/{year}/regenerate")
    String regenerate(@PathVariable int year, RedirectAttributes redirect) {
        editing.regenerate(CurrentActor.get(), year);
        return done(redirect, "calendar.year.regenerated", year);
    }

    @PostMapping("/admin/calendar/week")
    String updateWeek(@ModelAttribute("weekForm") WeekForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        CalendarPermissions.requireEdit(actor);
        form.padded();
        if (!result.hasErrors() && tried(result, () -> editing.updateWeek(actor, form.toChange()))) {
            return done(redirect, "calendar.week.saved", form.getYear());
        }
        model.addAttribute("openWeek", true);
        return page(form.getYear(), model);
    }

    private String page(int year, Model model) {
        CalendarEditing.YearView view = editing.year(year);
        model.addAttribute("view", view);
        model.addAttribute("canEdit", CalendarPermissions.mayEdit(CurrentActor.get()));
        model.addAttribute("allWeekdays", DayOfWeek.values());
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("companions", NationalDayCompanion.values());
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", DayForm.of(year));
        }
        if (!model.containsAttribute("weekForm")) {
            model.addAttribute("weekForm", WeekForm.of(year, view.week()));
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm());
        }
        return PAGE;
    }

    /** Runs a change; a refusal becomes an error on the field it names. */
    private static boolean tried(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInput e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            return false;
        }
    }

    private static String done(RedirectAttributes redirect, String message, int year) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/admin/calendar?year=" + year;
    }
}
