-- Monthly reports for the national tree of bench/accountability-data.sql (run it first), used by
-- bench/accountability-exports.sh for the emulation ranking and the exports' report sections:
--
--   psql -h localhost -p PORT -U postgres -v ON_ERROR_STOP=1 -f bench/accountability-reports.sql
--
-- Shape: every test province (BP01..BP34) gets the demo province's form (its seven fields, copied
-- from the form of TH, the communes assigned, due on the 5th); every commune a report for each
-- month of the current year before this one (Vietnam time): 85 % accepted, 5 % submitted, 4 %
-- returned, the rest missing; 80 % of the received ones first submitted by the 5th, the others up to
-- the 20th; number answers (digital-skills sessions 0–5, participants, trainings...) and the system
-- figures, a text answer for one in six. No history rows (nothing here reads them).
-- Deterministic (setseed); a second run adds nothing.

\set ON_ERROR_STOP on
select setseed(0.2027) \g /dev/null

insert into report_form (owner_unit_id, assigned_levels, due_day)
select p.id, 'COMMUNE', 5 from unit p where p.code like 'BP__'
on conflict do nothing;

insert into report_field (form_id, key, label, help, kind, required, position, active)
select f.id, t.key, t.label, t.help, t.kind, t.required, t.position, t.active
from report_form f join unit p on p.id = f.owner_unit_id and p.code like 'BP__'
cross join (select tf.* from report_field tf join report_form tform on tform.id = tf.form_id
            join unit th on th.id = tform.owner_unit_id and th.code = 'TH') t
on conflict do nothing;

insert into monthly_report (unit_id, month, form_id, status, figures, answers, first_submitted_at, submitted_at, created_at, updated_at)
select c.id, c.month, f.id,
       case when c.r < 0.85 then 'ACCEPTED' when c.r < 0.90 then 'SUBMITTED' else 'RETURNED' end,
       jsonb_build_object('stories.sent', floor(random() * 12)::int, 'stories.published', floor(random() * 8)::int),
       jsonb_build_object('digital_sessions', floor(random() * 6)::int, 'digital_participants', 20 + floor(random() * 80)::int,
                          'trainings', floor(random() * 3)::int, 'training_participants', floor(random() * 60)::int,
                          'reporters', 3 + floor(random() * 5)::int)
         || case when random() < 1.0 / 6 then jsonb_build_object('difficulties', 'Nhiều hội viên cao tuổi chưa có điện thoại thông minh.')
                 else '{}'::jsonb end,
       c.submitted, c.submitted, c.submitted, c.submitted + interval '1 day'
from (
    select c.id, c.parent_id, m.month, random() as r,
           ((m.month + interval '1 month' + case when random() < 0.8 then floor(random() * 5) else 5 + floor(random() * 15) end * interval '1 day'
             + interval '9 hours') at time zone 'Asia/Ho_Chi_Minh') as submitted
    from unit c
    cross join (select cast(generate_series(date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh'),
                                            date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh') - interval '1 month',
                                            interval '1 month') as date) as month) m
    where c.code like 'BP__-%' and c.level = 'COMMUNE'
) c
join report_form f on f.owner_unit_id = c.parent_id
where c.r < 0.94
on conflict do nothing;

select count(*) as report_forms from report_form;
select count(*) as monthly_reports from monthly_report;
vacuum analyze report_form;
vacuum analyze report_field;
vacuum analyze monthly_report;
