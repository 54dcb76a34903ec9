package vn.lantoa.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.calendar.WorkingHoursCalendar;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/**
 * Reading and editing the calendar: the days of a year and the working week. Every change is made
 * by an administrator of a root unit, audited, and makes the cached calendar stale.
 */
@Service
@Transactional
public class CalendarEditing {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_NAME = 200;

    private final CalendarStore store;
    private final CalendarYears years;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarEditing(CalendarStore store, CalendarYears years, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.years = years;
        this.audit = audit;
        this.events = events;
    }

    /** A year of the calendar as shown: the week, the special days, and how many working days they leave. */
    public record YearView(int year, WorkingWeek week, List<CalendarDay> days, int workingDays, Instant generatedAt,
                           String generatedBy) {

        public long daysOff() {
            return days.stream().filter(d -> d.kind() == DayKind.DAY_OFF).count();
        }

        public long makeUpWorkdays() {
            return days.stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).count();
        }
    }

    public YearView year(int year) {
        requireYearInRange(year);
        years.ensure(year);
        WorkingWeek week = store.week();
        List<CalendarDay> days = store.days(year);
        var generated = store.year(year).orElseThrow();
        return new YearView(year, week, days, workingDays(year, week, days), generated.generatedAt(), generated.generatedBy());
    }

    public WorkingWeek week() {
        return store.week();
    }

    public CalendarDay addDay(Actor actor, int year, CalendarDay day) {
        CalendarPermissions.requireEdit(actor);
        requireYearInRange(year);
        requireInYear(year, day);
        years.ensure(year);
        requireNew(day.date());
        requireChangesTheWeek(day);
        CalendarDay cleaned = new CalendarDay(day.date(), day.kind(), cleanName(day.name()));
        if (!store.insertDay(cleaned)) {
            requireNew(cleaned.date());
        }
        record("CALENDAR_DAY_ADDED", cleaned, cleaned.kind().name());
        return cleaned;
    }

    public CalendarDay renameDay(Actor actor, LocalDate date, String name) {
        CalendarPermissions.requireEdit(actor);
        CalendarDay before = load(date);
        CalendarDay after = new CalendarDay(date, before.kind(), cleanName(name));
        store.renameDay(date, after.name());
        record("CALENDAR_DAY_RENAMED", after, before.name() + " → " + after.name());
        return after;
    }

    public void deleteDay(Actor actor, LocalDate date) {
        CalendarPermissions.requireEdit(actor);
        CalendarDay day = load(date);
        store.deleteDay(date);
        record("CALENDAR_DAY_DELETED", day, day.kind().name());
    }

    public void regenerate(Actor actor, int year) {
        CalendarPermissions.requireEdit(actor);
        requireYearInRange(year);
        int before = store.days(year).size();
        years.regenerate(year, actor.username());
        audit.record(AuditEntry.of("CALENDAR_YEAR_REGENERATED", "CALENDAR", (long) year, String.valueOf(year), null,
                before + " → " + store.days(year).size()));
    }

    public WorkingWeek updateWeek(Actor actor, WeekChange change) {
        CalendarPermissions.requireEdit(actor);
        WorkingWeek before = store.week();
        WorkingWeek after = change.toWeek();
        store.saveWeek(after);
        audit.record(AuditEntry.of("CALENDAR_WEEK_UPDATED", "CALENDAR", null, describe(after), null, "← " + describe(before)));
        events.publishEvent(new CalendarChanged());
        return after;
    }

    private void requireNew(LocalDate date) {
        store.day(date).ifPresent(existing -> {
            throw new Conflict("date", "calendar.error.duplicate", DATE.format(date), existing.name());
        });
    }

    private static void requireInYear(int year, CalendarDay day) {
        if (day.date() == null) {
            throw new InvalidInput("date", "validation.required");
        }
        if (day.kind() == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (day.date().getYear() != year) {
            throw new InvalidInput("date", "calendar.error.otherYear", String.valueOf(year));
        }
    }

    private void requireChangesTheWeek(CalendarDay day) {
        boolean worked = store.week().weekdays().contains(day.weekday());
        if (day.kind() == DayKind.DAY_OFF && !worked) {
            throw new InvalidInput("date", "calendar.error.alreadyOff", DATE.format(day.date()), day.weekday());
        }
        if (day.kind() == DayKind.MAKEUP_WORKDAY && worked) {
            throw new InvalidInput("date", "calendar.error.alreadyWorking", DATE.format(day.date()), day.weekday());
        }
    }

    private static String cleanName(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw new InvalidInput("name", "validation.required");
        }
        if (cleaned.length() > MAX_NAME) {
            throw new InvalidInput("name", "calendar.error.nameTooLong", MAX_NAME);
        }
        return cleaned;
    }

    private static void requireYearInRange(int year) {
        if (!CalendarYears.inRange(year)) {
            throw new InvalidInput("year", "calendar.error.yearRange", String.valueOf(CalendarYears.FIRST_YEAR),
                    String.valueOf(CalendarYears.LAST_YEAR));
        }
    }

    private CalendarDay load(LocalDate date) {
        return store.day(date).orElseThrow(() -> new NotFound("calendar.error.dayNotFound", DATE.format(date)));
    }

    private static int workingDays(int year, WorkingWeek week, List<CalendarDay> days) {
        Map<LocalDate, DayKind> special = days.stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
        WorkingHoursCalendar calendar = WorkingHoursCalendar.of(week.weekdays(), week.windows(), special);
        return (int) LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(calendar::isWorkingDay).count();
    }

    private static String describe(WorkingWeek week) {
        return week.weekdays() + " " + week.windows() + " " + week.companion();
    }

    private void record(String action, CalendarDay day, String details) {
        audit.record(AuditEntry.of(action, "CALENDAR", null, DATE.format(day.date()) + " · " + day.name(), null, details));
        events.publishEvent(new CalendarChanged());
    }
}
