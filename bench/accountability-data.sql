-- A national tree and ten years of stories for bench/accountability-dashboard.sh. Run with psql
-- against the app's embedded PostgreSQL after the demo data has loaded:
--
--   psql -h localhost -p PORT -U postgres -v ON_ERROR_STOP=1 -v stories=1000000 -f bench/accountability-data.sql
--
-- Shape:
--   - 34 provinces (BP01..BP34) under the root, 3,300 communes (BP01-001, ...) spread evenly over them;
--   - :stories stories over the last ten years (submitted_at uniform), spread unevenly over the communes
--     (a commune's share grows with its rank: power(random(), 1.6)), 70 % NEWS; statuses 45 % PUBLISHED,
--     12 % SUBMITTED, 8 % DEPARTMENT_APPROVED, 5 % IN_EDITING, 12 % RETURNED, 8 % REJECTED, 6 % ARCHIVED,
--     4 % DRAFT-never-sent is left out (every story here was sent: submitted_at is set);
--   - the event 0–72 hours before the first submission (Vietnam-local), 95 % with a section;
--   - 5 % major events with a 30-hour reach deadline, two thirds reached in time;
--   - one photo (story_media IMAGE) for 60 %, a video link for 5 %;
--   - every province with 2 or 3 active rules: seed 000 (2 a quarter with photos or video, by event),
--     seed 003 (40 % of communes publish 1 a month) and, every third province, 6 accepted a year by submission.
-- Deterministic for a given :stories (setseed); times move with now().

\set ON_ERROR_STOP on
select setseed(0.2026) \g /dev/null

-- --- the tree ------------------------------------------------------------------------------------
-- path is unique (unit_path_uk): each new unit gets a placeholder of its own ('new:' || code) until
-- its id is known.
insert into unit (code, name, name_folded, level, parent_id, path, depth)
select 'BP' || lpad(p::text, 2, '0'), 'Hội LHPN tỉnh Thử nghiệm ' || p, 'hoi lhpn tinh thu nghiem ' || p, 'PROVINCE',
       (select id from unit where parent_id is null), 'new:BP' || lpad(p::text, 2, '0'), 1
from generate_series(1, 34) p
on conflict do nothing;
update unit u set path = r.path || u.id || '/'
from unit r where r.parent_id is null and u.parent_id = r.id and u.code like 'BP__' and u.path like 'new:%';

insert into unit (code, name, name_folded, level, parent_id, path, depth)
select p.code || '-' || lpad(c::text, 3, '0'), 'Hội LHPN xã Thử nghiệm ' || p.code || '-' || c,
       'hoi lhpn xa thu nghiem ' || lower(p.code) || '-' || c, 'COMMUNE', p.id, 'new:' || p.code || '-' || lpad(c::text, 3, '0'), 2
from unit p cross join generate_series(1, 97) c
where p.code like 'BP__' and (substring(p.code, 3)::int - 1) * 97 + c <= 3300
on conflict do nothing;
update unit u set path = p.path || u.id || '/'
from unit p where u.parent_id = p.id and p.code like 'BP__' and u.path like 'new:%';

select count(*) filter (where level = 'PROVINCE') as provinces, count(*) filter (where level = 'COMMUNE') as communes
from unit where code like 'BP%';

-- --- the stories ---------------------------------------------------------------------------------
create temporary table bench_commune as
select row_number() over (order by id) - 1 as n, id, path from unit where code like 'BP__-%';
create index on bench_commune (n);
select count(*) as bench_communes from bench_commune \gset

-- The triggers that keep story_tally (V21) are off while a million rows go in (one refresh per story
-- and per media row doubled the seeding time); the tally is then filled in one statement, as V21 does.
set session_replication_role = replica;
insert into story (kind, title, section_id, author_unit_id, author_unit_path, byline, event_at, major_event, status, status_since,
                   needs_department_approval, created_by, created_at, updated_at, submitted_at, reached_editors_at, reach_deadline,
                   published_at)
select case when r_kind < 0.7 then 'NEWS' else 'ARTICLE' end,
       'Tin thử nghiệm số ' || g,
       case when r_section < 0.95 then secs[1 + floor(r_section * 100)::int % array_length(secs, 1)] end,
       c.id, c.path, 'Bench',
       (submitted - (r_event * interval '72 hours')) at time zone 'Asia/Ho_Chi_Minh',
       r_major < 0.05,
       status, submitted + interval '6 hours', false,
       (select id from account where username = 'quantri.tw'),
       submitted - interval '1 hour', submitted + interval '6 hours', submitted,
       case when r_major < 0.05 then submitted - (r_event * interval '72 hours') + case when r_reach < 0.67 then interval '20 hours' else interval '40 hours' end end,
       case when r_major < 0.05 then submitted - (r_event * interval '72 hours') + interval '30 hours' end,
       case when status in ('PUBLISHED', 'ARCHIVED') then submitted + interval '1 day' end
from (
    select g, random() as r_kind, random() as r_section, random() as r_event, random() as r_major, random() as r_reach,
           floor(power(random(), 1.6) * :bench_communes)::int as n,
           now() - random() * interval '3650 days' as submitted,
           (array['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED',
                  'SUBMITTED', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'RETURNED', 'RETURNED',
                  'REJECTED', 'REJECTED', 'ARCHIVED', 'SUBMITTED'])[1 + floor(random() * 20)::int] as status
    from generate_series(1, :stories) g
) s join bench_commune c on c.n = s.n
cross join (select array_agg(id order by id) as secs from section) sec;

insert into story_media (story_id, media_id, media_kind, position)
select id, gen_random_uuid(), 'IMAGE', 0 from story where byline = 'Bench' and random() < 0.6;
insert into story_media (story_id, media_id, media_kind, position)
select id, gen_random_uuid(), 'VIDEO_LINK', 1 from story where byline = 'Bench' and random() < 0.05;

set session_replication_role = origin;
insert into story_tally (story_id, author_unit_id, event_month, submitted_month, section_id, has_photo, has_video,
                         is_submitted, is_accepted, is_published)
select f.story_id, f.author_unit_id, date_trunc('month', f.counted_on_event)::date,
       date_trunc('month', f.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, f.section_id, f.has_photo, f.has_video,
       f.is_submitted, f.is_accepted, f.is_published
from story_fact f join story s on s.id = f.story_id where s.byline = 'Bench';
select count(*) as story_tally from story_tally;

-- --- the rules -----------------------------------------------------------------------------------
insert into quota_rule (owner_unit_id, name, target_level, measure, media_required, min_count, period, counted_by, share_percent,
                        valid_from, preset)
select p.id, 'Mỗi cơ sở gửi ít nhất 2 tin, bài mỗi quý, có ảnh hoặc video', 'COMMUNE', 'SUBMITTED', 'PHOTO_OR_VIDEO', 2, 'QUARTER',
       'EVENT_DATE', null, date '2016-01-01', 'seed-000'
from unit p where p.code like 'BP__'
union all
select p.id, '40% cơ sở đăng ít nhất 1 tin, bài mỗi tháng', 'COMMUNE', 'PUBLISHED', 'NONE', 1, 'MONTH', 'EVENT_DATE', 40,
       date '2016-01-01', 'seed-003'
from unit p where p.code like 'BP__'
union all
select p.id, 'Mỗi cơ sở ít nhất 6 tin, bài được duyệt mỗi năm', 'COMMUNE', 'ACCEPTED', 'NONE', 6, 'YEAR', 'SUBMISSION_DATE', null,
       date '2016-01-01', null
from unit p where p.code like 'BP__' and substring(p.code, 3)::int % 3 = 0;

select count(*) as stories from story;
select count(*) as story_media from story_media;
select count(*) as rules from quota_rule where active;
vacuum analyze unit;
vacuum analyze story;
vacuum analyze story_media;
vacuum analyze story_tally;
vacuum analyze quota_rule;
