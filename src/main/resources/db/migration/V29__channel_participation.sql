-- Cadres' participation on the provincial page (seed 000: 100 % of cadres, branch heads and deputies,
-- group leaders and core members follow and interact with the province union's fanpage).

-- Who is counted: every enabled staff account on its home unit (copied in, linked by account_id, kept
-- in step on each read) and the roster a unit keeps of the cadres who have no login (branch heads,
-- group leaders, core members).
create table participation_cadre (
    id           bigserial primary key,
    unit_id      bigint       not null references unit (id),
    account_id   bigint references account (id) on delete cascade,
    full_name    varchar(120) not null,
    name_key     varchar(120) not null,
    position     varchar(100),
    phone        varchar(30),
    profile_url  varchar(300),
    profile_key  varchar(200),
    profile_name varchar(120),
    active       boolean      not null default true,
    created_by   bigint,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);
create unique index participation_cadre_account_uk on participation_cadre (account_id) where account_id is not null;
create unique index participation_cadre_roster_uk on participation_cadre (unit_id, name_key, coalesce(phone, ''))
    where account_id is null;
create index participation_cadre_unit_idx on participation_cadre (unit_id);
create index participation_cadre_profile_idx on participation_cadre (profile_key);
create index participation_cadre_name_idx on participation_cadre (name_key);

-- One month of one cadre on one provincial page, as declared (by the cadre or their unit officer) or as
-- imported from the page's interaction lists. Both may exist for a month; the figures take the larger.
create table participation_month (
    cadre_id     bigint      not null references participation_cadre (id) on delete cascade,
    channel_id   bigint      not null references channel (id),
    month        date        not null check (extract(day from month) = 1),
    source       varchar(10) not null check (source in ('DECLARED', 'IMPORTED')),
    follows      boolean     not null,
    interactions int         not null check (interactions >= 0),
    import_id    bigint,
    recorded_by  bigint,
    recorded_at  timestamptz not null default now(),
    primary key (cadre_id, channel_id, month, source)
);
create index participation_month_channel_idx on participation_month (channel_id, month, source);

-- Uploaded interaction lists: kept until confirmed so that preview and confirmation read the same bytes.
create table participation_import (
    id            bigserial primary key,
    created_by    bigint       not null,
    created_at    timestamptz  not null default now(),
    channel_id    bigint       not null references channel (id),
    month         date         not null,
    file_name     varchar(300) not null,
    content       bytea        not null,
    status        varchar(20)  not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    applied_at    timestamptz,
    matched_count int
);

-- Uploaded roster files of a unit, kept until confirmed.
create table participation_roster_import (
    id            bigserial primary key,
    created_by    bigint       not null,
    created_at    timestamptz  not null default now(),
    unit_id       bigint       not null references unit (id),
    file_name     varchar(300) not null,
    content       bytea        not null,
    status        varchar(20)  not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    applied_at    timestamptz,
    added_count   int
);
