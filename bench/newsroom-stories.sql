-- Seeds the newsroom of the demo province (Thanh Hóa, code TH) with :stories stories for
-- bench/newsroom-queue.sh. Run with psql against the app's embedded PostgreSQL after the demo data
-- has loaded (the tree, the departments, the demo accounts):
--
--   psql -h localhost -p PORT -U postgres -v ON_ERROR_STOP=1 -v stories=10000 -f bench/newsroom-stories.sql
--
-- The same :stories gives the same data (setseed); only the times move with now(). Ids follow the
-- stories already there, so it can be run again to add more.
--
-- Shape:
--   - one author account per commune (bench.canbo.th-nnn, UNIT_OFFICER of its commune, the demo
--     password), the demo officers canbo.hacthanh (TH-001) and canbo.hoanghoa (TH-020) for theirs;
--   - stories spread unevenly over the 166 communes (a few busy communes write much more), each sent
--     to the department TG (Ban Tuyên giáo), 95 % with a section, 70 % NEWS / 30 % ARTICLE;
--   - statuses: 40 % PUBLISHED, 10 % each SUBMITTED, DEPARTMENT_APPROVED and IN_EDITING (the 30 %
--     plus SCHEDULED the editors' queue shows), 5 % SCHEDULED, 8 % RETURNED, 9 % DRAFT,
--     5 % ARCHIVED, 2 % REJECTED, 1 % UNPUBLISHED;
--   - status_since over the last 365 days: evenly for the published, archived, unpublished and
--     rejected ones (~11 published a day), skewed to recent for the others (now - 365 d * r^2: a
--     fifth within two weeks, the median three months ago), within two weeks for the scheduled ones;
--   - 5 % major events, with reach_deadline 48 h after the event; about 60 % reached it late;
--   - 3 story_media rows (photos) for 90 %, the first one the cover;
--   - story_step rows: the whole path from DRAFT to the current status, the current step open.

\set ON_ERROR_STOP on
select setseed(0.2026) \g /dev/null
select coalesce(max(id), 0) as base from story \gset

-- The authors: one unit officer per commune that has none yet.
insert into account (username, full_name, email, search_text, password_hash, home_unit_id)
select 'bench.canbo.' || lower(u.code), 'Cán bộ ' || u.name, 'bench.' || lower(u.code) || '@lantoa.local',
       'can bo ' || u.name_folded, (select password_hash from account where username = 'bientap'), u.id
from unit u
where u.level = 'COMMUNE' and u.path like (select path from unit where code = 'TH') || '%'
  and not exists (select 1 from role_grant g where g.unit_id = u.id and g.role = 'UNIT_OFFICER')
on conflict do nothing;
insert into role_grant (account_id, role, unit_id)
select a.id, 'UNIT_OFFICER', a.home_unit_id from account a
where a.username like 'bench.canbo.%'
  and not exists (select 1 from role_grant g where g.account_id = a.id and g.role = 'UNIT_OFFICER');

create temporary table bench_commune as
select row_number() over (order by u.id) as n, u.id, u.path,
       (select min(g.account_id) from role_grant g where g.unit_id = u.id and g.role = 'UNIT_OFFICER') as officer
from unit u
where u.level = 'COMMUNE' and u.path like (select path from unit where code = 'TH') || '%';

create temporary table bench_story as
select i,
       -- r^1.6 puts more stories on the first communes: the busiest write ~4x the average
       (1 + floor(power(random(), 1.6) * (select count(*) from bench_commune)))::int as commune_n,
       random() as r_status, random() as r_age, random() as r_kind, random() as r_section,
       random() as r_major, random() as r_media, random() as r_misc
from generate_series(1, :stories) as i;

create temporary table bench_story2 as
select b.*, c.id as unit_id, c.path as unit_path, c.officer,
       case
           when r_status < 0.40 then 'PUBLISHED'
           when r_status < 0.50 then 'SUBMITTED'
           when r_status < 0.60 then 'DEPARTMENT_APPROVED'
           when r_status < 0.70 then 'IN_EDITING'
           when r_status < 0.75 then 'SCHEDULED'
           when r_status < 0.83 then 'RETURNED'
           when r_status < 0.92 then 'DRAFT'
           when r_status < 0.97 then 'ARCHIVED'
           when r_status < 0.99 then 'REJECTED'
           else 'UNPUBLISHED'
       end as status,
       date_trunc('second', now() - case
           when r_status >= 0.70 and r_status < 0.75 then interval '14 days' * r_age      -- scheduled lately
           when r_status < 0.40 or r_status >= 0.92 then interval '365 days' * r_age      -- published, archived...: evenly
           else interval '365 days' * r_age * r_age end) as status_since                  -- in progress: mostly recent
from bench_story b join bench_commune c on c.n = b.commune_n;

-- The path of statuses up to the current one; step k of n began (n - k) * gap before status_since
-- (gap: 2 h to 3 days, mostly short), the first one at first_step. A major event took place 6 h
-- before the first step; its story must reach the editors within 48 h of it, so about half are late.
create temporary table bench_times as
select x.*, cardinality(x.path) as steps, x.status_since - (cardinality(x.path) - 1) * x.gap as first_step
from (select s.*, date_trunc('second', interval '2 hours' + interval '70 hours' * r_misc * r_misc) as gap,
             case s.status
                 when 'DRAFT' then array['DRAFT']
                 when 'SUBMITTED' then array['DRAFT', 'SUBMITTED']
                 when 'DEPARTMENT_APPROVED' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED']
                 when 'IN_EDITING' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING']
                 when 'SCHEDULED' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED']
                 when 'PUBLISHED' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'PUBLISHED']
                 when 'RETURNED' then array['DRAFT', 'SUBMITTED', 'RETURNED']
                 when 'REJECTED' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'REJECTED']
                 when 'UNPUBLISHED' then array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'PUBLISHED', 'UNPUBLISHED']
                 else array['DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'PUBLISHED', 'ARCHIVED']
             end as path
      from bench_story2 s) x;

insert into story (id, kind, title, summary, body, section_id, author_unit_id, author_unit_path, author_department_id,
                   department_id, byline, event_at, event_place, major_event, to_portal, to_fanpage, status, status_since,
                   status_reason, needs_department_approval, created_by, created_at, updated_at, submitted_at,
                   reached_editors_at, reach_deadline, published_at, publish_at, cover_media_id, version)
select (:base + t.i),
       case when r_kind < 0.7 then 'NEWS' else 'ARTICLE' end,
       (array['Hội LHPN', 'Chi hội phụ nữ', 'Hội viên phụ nữ', 'Phụ nữ', 'Tổ phụ nữ'])[1 + t.i % 5] || ' '
           || (array['ra mắt mô hình "Ngôi nhà an toàn"', 'trao sinh kế cho hội viên nghèo', 'tập huấn chuyển đổi số',
                     'tuyên truyền phòng chống bạo lực gia đình', 'tổ chức ngày hội "Phụ nữ khởi nghiệp"',
                     'trao học bổng cho học sinh nghèo vượt khó', 'ra quân vệ sinh môi trường', 'hưởng ứng Tháng hành động vì bình đẳng giới',
                     'xây dựng "Mái ấm tình thương"', 'giới thiệu sản phẩm OCOP'])[1 + (t.i / 5) % 10]
           || ' năm 2026 (số ' || t.i || ')',
       'Sáng nay, hội viên phụ nữ trong xã đã tham gia hoạt động với nhiều nội dung thiết thực, góp phần nâng cao đời sống tinh thần và vật chất.',
       repeat('<p>Hoạt động thu hút đông đảo hội viên tham gia. Qua đó giúp chị em nâng cao nhận thức, chủ động áp dụng '
              || 'kiến thức vào cuộc sống, phát triển kinh tế gia đình và xây dựng gia đình no ấm, tiến bộ, hạnh phúc.</p>', 6),
       case when r_section < 0.95 then 1 + floor(r_section / 0.95 * 10)::int end,
       t.unit_id, t.unit_path, null,
       (select id from department where code = 'TG' and unit_id = (select id from unit where code = 'TH')),
       'Cán bộ Hội',
       case when r_major < 0.05 then ((t.first_step - interval '6 hours') at time zone 'Asia/Ho_Chi_Minh')::timestamp(0) end,
       case when r_major < 0.05 then 'Nhà văn hóa thôn' else '' end,
       r_major < 0.05, true, r_misc < 0.3,
       t.status, t.status_since,
       case when t.status in ('RETURNED', 'REJECTED') then 'Bổ sung ảnh và số liệu' end,
       true, t.officer,
       t.first_step - interval '1 hour',
       t.status_since,
       case when t.steps >= 2 then t.status_since - (t.steps - 2) * t.gap end,
       case when t.steps >= 3 and t.status not in ('RETURNED') then t.status_since - (t.steps - 3) * t.gap end,
       case when r_major < 0.05 then t.first_step - interval '6 hours' + interval '48 hours' end,
       case when t.status in ('PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')
            then t.status_since - case when t.status = 'PUBLISHED' then interval '0' else t.gap end end,
       case when t.status = 'SCHEDULED' then date_trunc('hour', now()) + interval '1 hour' + interval '14 days' * r_misc end,
       case when r_media < 0.9 then md5('bench-media-' || t.i || '-1')::uuid end,
       t.steps
from bench_times t;
select setval('story_id_seq', greatest((select max(id) from story), 1)) \g /dev/null

insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
select (:base + t.i), md5('bench-media-' || t.i || '-' || k)::uuid, 'IMAGE', k - 1,
       'Hội viên tham gia hoạt động (ảnh ' || k || ')', 'Ảnh hoạt động của Hội'
from bench_times t cross join generate_series(1, 3) as k
where t.r_media < 0.9;

insert into story_step (story_id, status, entered_at, left_at, actor_id, reason)
select (:base + t.i), p.status,
       t.status_since - (t.steps - p.ord) * t.gap,
       case when p.ord < t.steps then t.status_since - (t.steps - p.ord - 1) * t.gap end,
       case when p.ord <= 2 then t.officer
            when p.status = 'DEPARTMENT_APPROVED' then (select id from account where username = 'truongban.tg')
            else (select id from account where username = 'bientap') end,
       case when p.status in ('RETURNED', 'REJECTED') then 'Bổ sung ảnh và số liệu' end
from bench_times t cross join lateral unnest(t.path) with ordinality as p(status, ord);

-- What autovacuum does a minute after such a batch of inserts anyway: statistics for the planner and
-- the visibility map for index-only scans. Done here so that it does not happen halfway through a
-- measurement.
vacuum (analyze) story, story_media, story_step, account, role_grant;

select status, count(*) as stories, sum(case when major_event then 1 else 0 end) as major_events,
       min(status_since)::date as oldest, max(status_since)::date as newest
from story group by status order by count(*) desc;
select (select count(*) from story) as stories, (select count(*) from story_media) as media_rows,
       (select count(*) from story_step) as step_rows, (select count(distinct author_unit_id) from story) as communes,
       (select count(*) from story where status in ('SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED')) as in_queue;
