package vn.lantoa.calendar.internal;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.rules.PublicHolidays;
import vn.lantoa.calendar.rules.PublicHolidays.DayOff;

/**
 * Fills a year with the statutory days off the first time it is needed, and again when an
 * administrator asks for it. Names are stored in Vietnamese, the installation's language, because
 * they are data that administrators rename ("Nghỉ bù Giỗ Tổ Hùng Vương").
 */
@Component
class CalendarYears {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CalendarStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CalendarYears(CalendarStore store, MessageSource messages, ApplicationEventPublisher events) {
        this.store = store;
        this.messages = messages;
        this.events = events;
    }

    static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Generates the year's defaults unless it was generated before; what was edited since is kept. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void ensure(int year) {
        if (inRange(year) && store.year(year).isEmpty() && store.claimYear(year)) {
            insertDefaults(year);
            events.publishEvent(new CalendarChanged());
        }
    }

    /** Throws the year's days away and generates the defaults again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void regenerate(int year, String by) {
        store.deleteDays(year);
        store.markRegenerated(year, by);
        insertDefaults(year);
        events.publishEvent(new CalendarChanged());
    }

    private void insertDefaults(int year) {
        WorkingWeek week = store.week();
        for (DayOff day : PublicHolidays.of(year, week.weekdays(), week.companion())) {
            store.insertDay(new CalendarDay(day.date(), DayKind.DAY_OFF, name(day)));
        }
    }

    private String name(DayOff day) {
        String holiday = messages.getMessage("calendar.holiday." + day.holiday().name(), null, VIETNAMESE);
        return day.substitute() ? messages.getMessage("calendar.holiday.substitute", new Object[] {holiday}, VIETNAMESE) : holiday;
    }
}
