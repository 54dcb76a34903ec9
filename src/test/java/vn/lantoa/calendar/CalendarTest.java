package vn.lantoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The calendar page and API against the embedded PostgreSQL. Changes are made in 2030 and 2031, so
 * that 2026, which other tests read, keeps its statutory days. The root admin is quantri.tw: the
 * calendar holds for the whole installation, whose root in the demo tree is the central union.
 */
@IntegrationTest
class CalendarTest {

    private static final String ROOT_ADMIN = "quantri.tw";

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, String> day(String year, String date, String kind, String name) {
        return Map.of("year", year, "date", date, "kind", kind, "name", name);
    }

    private static Map<String, String> week(String... startEndPairs) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("year", "2030", "companion", "BEFORE",
                "weekdays", "MONDAY", "_weekdays", "on"));
        for (int i = 0; i < startEndPairs.length / 2; i++) {
            form.put("windows[" + i + "].start", startEndPairs[2 * i]);
            form.put("windows[" + i + "].end", startEndPairs[2 * i + 1]);
        }
        return form;
    }

    /** The page as a reader sees it: Thymeleaf writes some Vietnamese letters of attributes as entities. */
    private static String text(WebSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    private long audited(String action, String label) {
        return jdbc.sql("select count(*) from audit_event where action = ? and target_label like ? and actor_name = ?")
                .params(action, label + "%", ROOT_ADMIN).query(Long.class).single();
    }

    @Test
    void theRootAdminAddsRenamesAndDeletesADayOffAndTheCalendarInUseFollows() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        LocalDate wednesday = LocalDate.of(2030, 3, 13);
        assertThat(calendar.current().isWorkingDay(wednesday)).isTrue();

        var added = web.post("/admin/calendar/days", day("2030", "2030-03-13", "DAY_OFF", "Nghỉ hoán đổi thử"));
        assertThat(added.location()).endsWith("/admin/calendar?year=2030");
        assertThat(calendar.current().isWorkingDay(wednesday)).isFalse();
        assertThat(web.get("/admin/calendar?year=2030").body()).contains("Đã thêm ngày vào lịch.", "Thứ Tư, 13/03/2030",
                "Nghỉ hoán đổi thử");
        assertThat(audited("CALENDAR_DAY_ADDED", "13/03/2030")).isEqualTo(1);

        assertThat(web.post("/admin/calendar/days/2030-03-13/rename", Map.of("name", "Nghỉ bù lễ")).status()).isEqualTo(302);
        assertThat(dayOfYear(2030, "2030-03-13").get("name").asString()).isEqualTo("Nghỉ bù lễ");
        assertThat(audited("CALENDAR_DAY_RENAMED", "13/03/2030")).isEqualTo(1);

        assertThat(web.post("/admin/calendar/days/2030-03-13/delete", Map.of()).status()).isEqualTo(302);
        assertThat(calendar.current().isWorkingDay(wednesday)).isTrue();
        assertThat(audited("CALENDAR_DAY_DELETED", "13/03/2030")).isEqualTo(1);
    }

    @Test
    void aMakeUpSaturdayCountsForDeadlines() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        Instant fridayAt1600 = Instant.parse("2030-03-22T09:00:00Z");
        assertThat(calendar.plusWorkingTime(fridayAt1600, Duration.ofHours(2))).isEqualTo(Instant.parse("2030-03-25T01:30:00Z"));

        var added = web.post("/admin/calendar/days", day("2030", "2030-03-23", "MAKEUP_WORKDAY", "Làm bù cho ngày nghỉ hoán đổi"));
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        // Friday 16:00–17:00 is 1 h; the make-up Saturday gives the second from 07:30: 08:30 in Vietnam, 01:30 UTC.
        assertThat(calendar.plusWorkingTime(fridayAt1600, Duration.ofHours(2))).isEqualTo(Instant.parse("2030-03-23T01:30:00Z"));
        assertThat(calendar.current().workingTimePerDay(LocalDate.of(2030, 3, 23))).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void badDaysAreRefusedInVietnameseAndWhatWasTypedStays() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2031-01-06", "DAY_OFF", "Nghỉ sai năm"))))
                .contains("Ngày phải thuộc năm 2030.", "value=\"2031-01-06\"", "value=\"Nghỉ sai năm\"");
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2030-03-12", "MAKEUP_WORKDAY", "Làm bù thứ Ba"))))
                .contains("Ngày 12/03/2030 là Thứ Ba, vốn đã là ngày làm việc", "value=\"Làm bù thứ Ba\"");
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2030-03-17", "DAY_OFF", "Nghỉ Chủ nhật"))))
                .contains("Ngày 17/03/2030 là Chủ nhật, vốn đã là ngày nghỉ hằng tuần.");
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2030-02-30", "DAY_OFF", "Ngày không có"))))
                .contains("Ngày không hợp lệ.", "value=\"2030-02-30\"");
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2030-01-01", "DAY_OFF", "Trùng"))))
                .contains("Ngày 01/01/2030 đã có trong lịch (\"Tết Dương lịch\")");
        assertThat(text(web.post("/admin/calendar/days", day("2030", "2030-03-14", "DAY_OFF", "  "))))
                .contains("Không được để trống.");
        assertThat(text(web.post("/admin/calendar/days/2030-01-01/rename", Map.of("name", ""))))
                .contains("Không được để trống.", "id=\"name-2030-01-01-error\"");
        assertThat(calendar.current().isWorkingDay(LocalDate.of(2030, 3, 14))).isTrue();
        assertThat(dayOfYear(2030, "2030-01-01").get("name").asString()).isEqualTo("Tết Dương lịch");
    }

    @Test
    void badWorkingWeeksAreRefusedAndTheWeekInUseStays() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        assertThat(text(web.post("/admin/calendar/week", week("07:30", "07:00"))))
                .contains("Giờ kết thúc (07:00) phải sau giờ bắt đầu (07:30).", "value=\"07:00\"");
        assertThat(text(web.post("/admin/calendar/week", week("07:30", "11:30", "11:00", "17:00"))))
                .contains("Khung 11:00–17:00 chồng lên khung 07:30–11:30.", "value=\"11:00\"");
        assertThat(text(web.post("/admin/calendar/week", week("7h30", "11:30")))).contains("Giờ \"7h30\" không hợp lệ");
        assertThat(text(web.post("/admin/calendar/week", week()))).contains("Cần ít nhất một khung giờ làm việc.");
        Map<String, String> noWeekday = new LinkedHashMap<>(week("07:30", "11:30"));
        noWeekday.remove("weekdays");
        assertThat(text(web.post("/admin/calendar/week", noWeekday))).contains("Hãy chọn ít nhất một ngày làm việc trong tuần.");
        assertThat(calendar.current().windows()).isEqualTo(WorkingHoursCalendar.OFFICE_HOURS);
        assertThat(calendar.current().workingWeekdays()).isEqualTo(WorkingHoursCalendar.MONDAY_TO_FRIDAY);
    }

    @Test
    void theRootAdminChangesTheWorkingWeek() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        Map<String, String> eightHours = new LinkedHashMap<>(week("08:00", "12:00", "13:00", "17:00"));
        eightHours.put("weekdays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
        try {
            assertThat(web.post("/admin/calendar/week", eightHours).status()).isEqualTo(302);
            assertThat(calendar.current().workingTimePerDay(LocalDate.of(2030, 3, 12))).isEqualTo(Duration.ofHours(8));
            assertThat(web.get("/admin/calendar?year=2030").body()).contains("08:00–12:00", "8 giờ 0 phút mỗi ngày làm việc");
        } finally {
            Map<String, String> office = new LinkedHashMap<>(week("07:30", "11:30", "13:30", "17:00"));
            office.put("weekdays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
            assertThat(web.post("/admin/calendar/week", office).status()).isEqualTo(302);
        }
        assertThat(calendar.current().windows()).isEqualTo(WorkingHoursCalendar.OFFICE_HOURS);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CALENDAR_WEEK_UPDATED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void regeneratingAYearPutsTheStatutoryDaysBack() {
        WebSession web = WebSession.login(port, ROOT_ADMIN);
        web.post("/admin/calendar/days", day("2031", "2031-03-12", "DAY_OFF", "Nghỉ sẽ bị xoá"));
        web.post("/admin/calendar/days/2031-01-01/delete", Map.of());
        assertThat(days(2031).toString()).contains("2031-03-12").doesNotContain("2031-01-01");

        assertThat(web.post("/admin/calendar/years/2031/regenerate", Map.of()).status()).isEqualTo(302);
        assertThat(days(2031).toString()).doesNotContain("2031-03-12").contains("2031-01-01");
        assertThat(web.get("/admin/calendar?year=2031").body()).contains("được quantri.tw tạo lại lúc");
        assertThat(audited("CALENDAR_YEAR_REGENERATED", "2031")).isEqualTo(1);
    }

    @Test
    void othersMayReadTheCalendarButNotChangeIt() {
        for (String username : new String[] {"canbo.hacthanh", "quantri.hacthanh", "quantri"}) {
            WebSession web = WebSession.login(port, username);
            var page = web.get("/admin/calendar?year=2026");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Ngày Giải phóng miền Nam, thống nhất đất nước", "Bạn đang xem lịch.")
                    .doesNotContain("id=\"add-day\"", "/admin/calendar/week");
            var refused = web.post("/admin/calendar/days", day("2026", "2026-03-11", "DAY_OFF", "Nghỉ lạ"));
            assertThat(refused.status()).as(username).isEqualTo(403);
            assertThat(refused.body()).contains("Chỉ quản trị viên của đơn vị cấp cao nhất mới được sửa lịch làm việc.");
            assertThat(web.post("/admin/calendar/years/2026/regenerate", Map.of()).status()).isEqualTo(403);
        }
        assertThat(calendar.current().isWorkingDay(LocalDate.of(2026, 3, 11))).isTrue();
    }

    @Test
    void theMenuShowsTheCalendarToAdminsEditorsAndLeadersOnly() {
        assertThat(WebSession.login(port, "bientap").get("/admin").body()).contains("href=\"/admin/calendar\"");
        assertThat(WebSession.login(port, "thuongtruc").get("/admin").body()).contains("href=\"/admin/calendar\"");
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/admin").body()).doesNotContain("href=\"/admin/calendar\"");
    }

    @Test
    void theApiListsAYearWithItsStatutoryDays() {
        JsonNode year = ApiClient.as(port, "canbo.hoanghoa").get("/api/v1/calendar/2026").json();
        assertThat(year.get("workingDays").asInt()).isEqualTo(250);
        assertThat(year.get("windows").toString()).contains("07:30", "17:00");
        assertThat(dayOfYear(2026, "2026-02-17").get("name").asString()).isEqualTo("Tết Nguyên đán");
        assertThat(dayOfYear(2026, "2026-04-27").get("name").asString()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(dayOfYear(2026, "2026-04-27").get("weekday").asString()).isEqualTo("MONDAY");
    }

    @Test
    void theApiCountsWorkingMinutesAcrossTet() {
        ApiClient api = ApiClient.as(port, "bientap");
        // Friday 13 Feb 16:00–17:00, then nothing until Monday 23 Feb 07:30–08:30: 120 minutes.
        var withOffsets = api.get("/api/v1/calendar/working-time?from=2026-02-13T16:00:00%2B07:00&to=2026-02-23T01:30:00Z");
        assertThat(withOffsets.status()).as(withOffsets.body()).isEqualTo(200);
        assertThat(withOffsets.json().get("workingMinutes").asLong()).isEqualTo(120);
        var local = api.get("/api/v1/calendar/working-time?from=2026-02-13T16:00&to=2026-02-23T08:30");
        assertThat(local.json().get("workingMinutes").asLong()).isEqualTo(120);
        assertThat(local.json().get("from").asString()).isEqualTo("2026-02-13T09:00:00Z");
        var backwards = api.get("/api/v1/calendar/working-time?from=2026-02-23T08:30&to=2026-02-13T16:00");
        assertThat(backwards.json().get("workingMinutes").asLong()).isZero();
    }

    @Test
    void theApiRefusesBadInputWithVietnameseProblemDetails() {
        ApiClient api = ApiClient.as(port, "bientap");
        var badMoment = api.get("/api/v1/calendar/working-time?from=h%C3%B4m-nay&to=2026-02-23T08:30");
        assertThat(badMoment.status()).isEqualTo(400);
        assertThat(badMoment.contentType()).startsWith("application/problem+json");
        assertThat(badMoment.json().get("detail").asString()).startsWith("Thời điểm \"hôm-nay\" không hợp lệ");
        assertThat(badMoment.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        var badYear = api.get("/api/v1/calendar/3000");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("detail").asString()).isEqualTo("Năm phải từ 1900 đến 2199.");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        assertThat(ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths").propertyNames())
                .contains("/api/v1/calendar/{year}", "/api/v1/calendar/working-time");
    }

    private JsonNode days(int year) {
        return ApiClient.as(port, ROOT_ADMIN).get("/api/v1/calendar/" + year).json().get("days");
    }

    private JsonNode dayOfYear(int year, String date) {
        for (JsonNode day : days(year)) {
            if (day.get("date").asString().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("No " + date + " in " + year);
    }
}
