package vn.lantoa.newsroom.story;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.lantoa.calendar.WorkingCalendar;

/**
 * Seed 001: a major event is reported to the editors within 12 working hours of it. The hours are
 * counted on the union's working calendar (office hours, weekends, holidays, Tết).
 */
@Component
public class ReachDeadline {

    private final WorkingCalendar calendar;
    private final Duration allowed;

    ReachDeadline(WorkingCalendar calendar, @Value("${lantoa.newsroom.major-event-working-hours:12}") int hours) {
        this.calendar = calendar;
        this.allowed = Duration.ofHours(hours);
    }

    public Instant forEventAt(LocalDateTime eventAt) {
        if (eventAt == null) {
            return null;
        }
        return calendar.current().plusWorkingTime(eventAt, allowed).atZone(WorkingCalendar.ZONE).toInstant();
    }

    public Duration allowed() {
        return allowed;
    }
}
