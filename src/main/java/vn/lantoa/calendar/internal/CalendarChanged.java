package vn.lantoa.calendar.internal;

/** The week or the days of the calendar changed: whatever was computed from them is stale. */
record CalendarChanged() {
}
