package vn.lantoa.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.calendar.WorkingHoursCalendar;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;

/**
 * The calendar built once from the tables and kept until an edit commits. Another instance's edits
 * reach this one within {@link #MAX_AGE}. Building makes sure last year, this year and next year have
 * their days, so a deadline around New Year or Tết never meets a year that was never generated.
 */
@Component
class CachedWorkingCalendar implements WorkingCalendar {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Snapshot(WorkingHoursCalendar calendar, Instant builtAt, int year, long generation) {
    }

    private final CalendarStore store;
    private final CalendarYears years;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Counts edits, so that a build which read the tables before an edit committed is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    CachedWorkingCalendar(CalendarStore store, CalendarYears years, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.years = years;
        // Its own transaction: a caller inside a read-only transaction must not have to write missing years.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public WorkingHoursCalendar current() {
        Snapshot current = snapshot;
        if (current != null && fresh(current)) {
            return current.calendar();
        }
        return rebuild();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarChanged changed) {
        generation.incrementAndGet();
    }

    private synchronized WorkingHoursCalendar rebuild() {
        Snapshot current = snapshot;
        if (current != null && fresh(current)) {
            return current.calendar();
        }
        long startedAt = generation.get();
        int year = LocalDate.now(clock).getYear();
        WorkingHoursCalendar calendar = transaction.execute(status -> build(year));
        snapshot = new Snapshot(calendar, clock.instant(), year, startedAt);
        return calendar;
    }

    private boolean fresh(Snapshot current) {
        return current.generation() == generation.get()
                && current.year() == LocalDate.now(clock).getYear()
                && clock.instant().isBefore(current.builtAt().plus(MAX_AGE));
    }

    private WorkingHoursCalendar build(int year) {
        for (int y = year - 1; y <= year + 1; y++) {
            years.ensure(y);
        }
        WorkingWeek week = store.week();
        Map<LocalDate, DayKind> days = store.allDays().stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
        return WorkingHoursCalendar.of(week.weekdays(), week.windows(), days);
    }
}
