package vn.lantoa.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.internal.CalendarDay;

/** A day off or make-up working day as typed on the calendar page. */
public class DayForm {

    private int year;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    private DayKind kind = DayKind.DAY_OFF;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    static DayForm of(int year) {
        DayForm form = new DayForm();
        form.year = year;
        return form;
    }

    CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public DayKind getKind() { return kind; }
    public void setKind(DayKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
