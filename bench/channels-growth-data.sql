-- A province of 700 channels with a figure every day for two years (~511,000 rows) for
-- bench/channels-growth.sh. Run with psql against the app's embedded PostgreSQL after the demo data
-- has loaded:
--
--   psql -h localhost -p PORT -U postgres -v ON_ERROR_STOP=1 -v days=730 -f bench/channels-growth-data.sql
--
-- Shape: the province CG (under the root) with 170 communes (CG-001..CG-170); 700 channels spread over
-- the communes and the province itself (a third fanpages, a third Facebook groups, the rest Zalo OAs
-- and groups), every one with one figure a day over the last :days days, growing from a start between
-- 200 and 5,000 by 20-120 % with a weekly ripple. Deterministic; the days move with now().

\set ON_ERROR_STOP on

insert into unit (code, name, name_folded, level, parent_id, path, depth)
select 'CG', 'Hội LHPN tỉnh Đo tăng trưởng', 'hoi lhpn tinh do tang truong', 'PROVINCE', id, 'new:CG', 1
from unit where parent_id is null
on conflict do nothing;
update unit u set path = r.path || u.id || '/' from unit r where r.parent_id is null and u.code = 'CG' and u.path = 'new:CG';

insert into unit (code, name, name_folded, level, parent_id, path, depth)
select 'CG-' || lpad(c::text, 3, '0'), 'Hội LHPN xã Đo tăng trưởng ' || c, 'hoi lhpn xa do tang truong ' || c, 'COMMUNE', p.id,
       'new:CG-' || lpad(c::text, 3, '0'), 2
from unit p cross join generate_series(1, 170) c
where p.code = 'CG'
on conflict do nothing;
update unit u set path = p.path || u.id || '/' from unit p where u.parent_id = p.id and p.code = 'CG' and u.path like 'new:%';

insert into channel (unit_id, kind, name, url, url_key)
select coalesce(c.id, p.id), (array['FACEBOOK_PAGE', 'FACEBOOK_GROUP', 'ZALO_OA', 'FACEBOOK_GROUP', 'FACEBOOK_PAGE', 'ZALO_GROUP'])[1 + n % 6],
       'Kênh đo tăng trưởng ' || n, 'https://www.facebook.com/bench-growth-' || n, 'facebook.com/bench-growth-' || n
from generate_series(1, 700) n
join unit p on p.code = 'CG'
left join unit c on c.code = 'CG-' || lpad((1 + n % 175)::text, 3, '0')
on conflict do nothing;

-- one statement, as a large import would be: the weekly summary of V23 is filled by its statement trigger
insert into channel_audience (channel_id, day, audience, source)
select ch.id, d::date,
       round((200 + (ch.id * 7919) % 4800) * (1 + (0.2 + (ch.id % 6) * 0.2) * ((d::date - (current_date - :days)) / :days::numeric))
             + 15 * sin(d::date - current_date))::int,
       'API'
from channel ch join unit u on u.id = ch.unit_id
cross join generate_series(current_date - :days + 1, current_date, interval '1 day') d
where u.path like (select path from unit where code = 'CG') || '%'
on conflict do nothing;

analyze channel_audience;
analyze channel_audience_week;
select count(*) as channels, (select count(*) from channel_audience a join channel c on c.id = a.channel_id join unit u on u.id = c.unit_id
                              where u.path like (select path from unit where code = 'CG') || '%') as figures,
       (select count(*) from channel_audience_week w join channel c on c.id = w.channel_id join unit u on u.id = c.unit_id
        where u.path like (select path from unit where code = 'CG') || '%') as weekly_rows
from channel c join unit u on u.id = c.unit_id where u.path like (select path from unit where code = 'CG') || '%';
