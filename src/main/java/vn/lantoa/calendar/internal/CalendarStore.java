package vn.lantoa.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.calendar.WorkingHoursCalendar.DayKind;
import vn.lantoa.calendar.WorkingHoursCalendar.Window;
import vn.lantoa.calendar.rules.PublicHolidays.NationalDayCompanion;

/** The calendar tables, in SQL: a handful of small rows, read whole. */
@Component
class CalendarStore {

    private static final String[] WEEKDAY_COLUMNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When a year's days were generated, and by whom when an administrator regenerated them. */
    record YearRecord(int year, Instant generatedAt, String generatedBy) {
    }

    WorkingWeek week() {
        List<Window> windows = jdbc.sql("select starts_at, ends_at from calendar_window order by starts_at")
                .query((rs, i) -> new Window(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)))
                .list();
        return jdbc.sql("select * from calendar_week where id = 1")
                .query((rs, i) -> new WorkingWeek(weekdays(rs), windows,
                        NationalDayCompanion.valueOf(rs.getString("national_day_companion"))))
                .single();
    }

    void saveWeek(WorkingWeek week) {
        JdbcClient.StatementSpec update = jdbc.sql("""
                update calendar_week set monday = :monday, tuesday = :tuesday, wednesday = :wednesday, thursday = :thursday,
                    friday = :friday, saturday = :saturday, sunday = :sunday, national_day_companion = :companion, updated_at = now()
                where id = 1
                """).param("companion", week.companion().name());
        for (DayOfWeek day : DayOfWeek.values()) {
            update = update.param(WEEKDAY_COLUMNS[day.ordinal()], week.weekdays().contains(day));
        }
        update.update();
        jdbc.sql("delete from calendar_window").update();
        for (Window window : week.windows()) {
            jdbc.sql("insert into calendar_window (starts_at, ends_at) values (?, ?)").params(window.start(), window.end()).update();
        }
    }

    List<CalendarDay> days(int year) {
        return jdbc.sql("select day, kind, name from calendar_day where day >= ? and day < ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(CalendarStore::day).list();
    }

    List<CalendarDay> allDays() {
        return jdbc.sql("select day, kind, name from calendar_day order by day").query(CalendarStore::day).list();
    }

    Optional<CalendarDay> day(LocalDate date) {
        return jdbc.sql("select day, kind, name from calendar_day where day = ?").param(date).query(CalendarStore::day).optional();
    }

    /** Adds a day unless the date is already there; says whether it was added. */
    boolean insertDay(CalendarDay day) {
        return jdbc.sql("insert into calendar_day (day, kind, name) values (?, ?, ?) on conflict (day) do nothing")
                .params(day.date(), day.kind().name(), day.name()).update() == 1;
    }

    void renameDay(LocalDate date, String name) {
        jdbc.sql("update calendar_day set name = ?, updated_at = now() where day = ?").params(name, date).update();
    }

    void deleteDay(LocalDate date) {
        jdbc.sql("delete from calendar_day where day = ?").param(date).update();
    }

    void deleteDays(int year) {
        jdbc.sql("delete from calendar_day where day >= ? and day < ?").params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .update();
    }

    /** Records that a year is being generated; false when it already was, by this or another instance. */
    boolean claimYear(int year) {
        return jdbc.sql("insert into calendar_year (year) values (?) on conflict (year) do nothing").param(year).update() == 1;
    }

    void markRegenerated(int year, String by) {
        jdbc.sql("""
                insert into calendar_year (year, generated_by) values (?, ?)
                on conflict (year) do update set generated_at = now(), generated_by = excluded.generated_by
                """).params(year, by).update();
    }

    Optional<YearRecord> year(int year) {
        return jdbc.sql("select year, generated_at, generated_by from calendar_year where year = ?").param(year)
                .query((rs, i) -> new YearRecord(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
                .optional();
    }

    private static CalendarDay day(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("name"));
    }

    private static Set<DayOfWeek> weekdays(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (rs.getBoolean(WEEKDAY_COLUMNS[day.ordinal()])) {
                days.add(day);
            }
        }
        return days;
    }
}
