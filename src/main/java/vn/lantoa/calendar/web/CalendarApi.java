package vn.lantoa.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.internal.CalendarDay;
import vn.lantoa.calendar.internal.CalendarEditing;
import vn.lantoa.common.web.InvalidInput;

@Tag(name = "Lịch làm việc", description = "Tuần làm việc, ngày nghỉ và ngày làm bù; thời gian làm việc giữa hai thời điểm")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    /** A "+" of an offset sent unencoded in a query arrives as a space. */
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(" (?=\\d{2}:?\\d{2}$)");

    private final CalendarEditing editing;
    private final WorkingCalendar calendar;

    CalendarApi(CalendarEditing editing, WorkingCalendar calendar) {
        this.editing = editing;
        this.calendar = calendar;
    }

    record WindowDto(String start, String end) {
    }

    record DayDto(LocalDate date, DayOfWeek weekday, DayKind kind, String name) {

        static DayDto of(CalendarDay day) {
            return new DayDto(day.date(), day.weekday(), day.kind(), day.name());
        }
    }

    record YearDto(int year, Set<DayOfWeek> workingWeekdays, List<WindowDto> windows, int workingDays, List<DayDto> days) {

        static YearDto of(CalendarEditing.YearView view) {
            return new YearDto(view.year(), view.week().weekdays(),
                    view.week().windows().stream().map(w -> new WindowDto(w.start().toString(), w.end().toString())).toList(),
                    view.workingDays(), view.days().stream().map(DayDto::of).toList());
        }
    }

    record WorkingTimeDto(Instant from, Instant to, long workingMinutes) {
    }

    @Operation(summary = "Lịch của một năm", description = "Tuần làm việc, các ngày nghỉ (DAY_OFF) và ngày làm bù (MAKEUP_WORKDAY) của năm.")
    @GetMapping("/{year}")
    YearDto year(@PathVariable int year) {
        return YearDto.of(editing.year(year));
    }

    @Operation(summary = "Số phút làm việc giữa hai thời điểm",
            description = "Theo lịch hiện hành; 0 nếu to không sau from. Thời điểm dạng 2026-02-13T16:00:00+07:00, "
                    + "2026-02-13T09:00:00Z, hoặc 2026-02-13T16:00 (giờ Việt Nam).")
    @GetMapping("/working-time")
    WorkingTimeDto workingTime(@Parameter(example = "2026-02-13T16:00:00+07:00") @RequestParam String from,
                               @Parameter(example = "2026-02-24T11:00:00+07:00") @RequestParam String to) {
        Instant start = moment("from", from);
        Instant end = moment("to", to);
        return new WorkingTimeDto(start, end, calendar.workingTimeBetween(start, end).toMinutes());
    }

    private static Instant moment(String field, String text) {
        String cleaned = text.strip();
        if (cleaned.indexOf('T') > 0) {
            cleaned = SPACE_BEFORE_OFFSET.matcher(cleaned).replaceFirst("+");
        }
        try {
            return OffsetDateTime.parse(cleaned).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDateTime.parse(cleaned).atZone(WorkingCalendar.ZONE).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidInput(field, "calendar.error.moment", text);
            }
        }
    }
}
