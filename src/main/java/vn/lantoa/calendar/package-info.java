/**
 * The working-hours calendar of the installation: the working week (working weekdays and daily
 * windows, by default Monday to Friday 07:30–11:30 and 13:30–17:00) and, per year, the days off
 * and make-up working days, seeded from Vietnam's statutory public holidays (lunar ones included)
 * and then edited by the installation's top administrators. Deadlines such as "12 working hours
 * after the event" are computed with {@link vn.lantoa.calendar.WorkingHoursCalendar}, plain Java,
 * which {@link vn.lantoa.calendar.WorkingCalendar} hands out as currently edited.
 */
@ApplicationModule(displayName = "Working calendar", allowedDependencies = {"common"})
package vn.lantoa.calendar;

import org.springframework.modulith.ApplicationModule;
