-- Monthly reports (part 4 of accountability): the roll-up reads the reports of many units for a few
-- months; the portal's moderated-comments figure counts decisions by date.
create index monthly_report_unit_month_status_idx on monthly_report (unit_id, month) include (status, first_submitted_at, form_id);
create index portal_comment_decided_idx on portal_comment (decided_at) where decided_at is not null;
