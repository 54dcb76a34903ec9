-- Audience over time (issue 6, part 2): the weekly summary that the growth charts of a province read,
-- and the uploaded audience files between their preview and their confirmation.

-- Each channel's last figure of each ISO week (the week is named by its Sunday), with the change since
-- the channel's previous row here. The total audience of any set of channels on a Sunday W is then the
-- sum of the deltas of their rows up to W: the figure carried forward without reading every day
-- (two years of a province's 700 channels are 73,000 rows here against 511,000 in channel_audience).
-- Kept by the triggers below, whoever writes channel_audience (manual entry, file import, API connector).
create table channel_audience_week (
    channel_id  bigint  not null references channel (id) on delete cascade,
    week        date    not null,
    audience    int     not null,
    delta       int     not null,
    primary key (channel_id, week)
);

-- Recomputes the rows of the given (channel, week) pairs from channel_audience, then the deltas of
-- those channels from the first week touched onwards.
create function channel_audience_week_refresh(channels bigint[], weeks date[]) returns void
language plpgsql as $$
begin
    -- (the per-row subqueries with "limit 1" keep to the primary key's index whatever the statistics say)
    delete from channel_audience_week w
    using unnest(channels, weeks) as t(channel_id, week)
    where w.channel_id = t.channel_id and w.week = t.week
      and (select 1 from channel_audience a
           where a.channel_id = t.channel_id and a.day between t.week - 6 and t.week limit 1) is null;

    insert into channel_audience_week (channel_id, week, audience, delta)
    select t.channel_id, t.week, l.audience, 0
    from unnest(channels, weeks) as t(channel_id, week)
    cross join lateral (select a.audience from channel_audience a
                        where a.channel_id = t.channel_id and a.day between t.week - 6 and t.week
                        order by a.day desc limit 1) l
    where exists (select 1 from channel c where c.id = t.channel_id)
    on conflict (channel_id, week) do update set audience = excluded.audience;

    update channel_audience_week w set delta = x.delta
    from (select w2.channel_id, w2.week,
                 w2.audience - coalesce(lag(w2.audience) over (partition by w2.channel_id order by w2.week), 0) as delta
          from channel_audience_week w2
          where w2.channel_id in (select distinct c from unnest(channels) as c)) x
    join (select t.channel_id, min(t.week) as since from unnest(channels, weeks) as t(channel_id, week) group by t.channel_id) m
      on m.channel_id = x.channel_id
    where w.channel_id = x.channel_id and w.week = x.week and x.week >= m.since and w.delta is distinct from x.delta;
end
$$;

create function channel_audience_week_sync() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform channel_audience_week_refresh(array_agg(channel_id), array_agg(week))
        from (select distinct channel_id, date_trunc('week', day)::date + 6 as week from new_rows) t;
    elsif tg_op = 'UPDATE' then
        perform channel_audience_week_refresh(array_agg(channel_id), array_agg(week))
        from (select channel_id, date_trunc('week', day)::date + 6 as week from new_rows
              union select channel_id, date_trunc('week', day)::date + 6 from old_rows) t;
    else
        perform channel_audience_week_refresh(array_agg(channel_id), array_agg(week))
        from (select distinct channel_id, date_trunc('week', day)::date + 6 as week from old_rows) t;
    end if;
    return null;
end
$$;

create trigger channel_audience_week_insert after insert on channel_audience
    referencing new table as new_rows for each statement execute function channel_audience_week_sync();
create trigger channel_audience_week_update after update on channel_audience
    referencing old table as old_rows new table as new_rows for each statement execute function channel_audience_week_sync();
create trigger channel_audience_week_delete after delete on channel_audience
    referencing old table as old_rows for each statement execute function channel_audience_week_sync();

-- An audience file between its upload and its confirmation: kept here so that preview and confirmation
-- read the same bytes on any instance; emptied once applied.
create table channel_audience_import (
    id          bigserial    primary key,
    created_by  bigint       not null references account (id),
    created_at  timestamptz  not null default now(),
    file_name   varchar(300) not null,
    content     bytea        not null,
    status      varchar(10)  not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    applied_at  timestamptz,
    written     int
);
