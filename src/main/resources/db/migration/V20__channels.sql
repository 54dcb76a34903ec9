-- The social channels of the units (Kênh truyền thông): fanpages, groups, Zalo OAs, YouTube, TikTok,
-- websites. A channel belongs to one unit; its subtree queries join unit.path.
create table channel (
    id           bigserial    primary key,
    unit_id      bigint       not null references unit (id),
    kind         varchar(20)  not null check (kind in ('FACEBOOK_PAGE', 'FACEBOOK_GROUP', 'ZALO_OA', 'ZALO_GROUP', 'YOUTUBE', 'TIKTOK', 'WEBSITE')),
    name         varchar(200) not null,
    -- the address as typed, and the same address normalized (scheme, host case, "www.", "m.", query and
    -- trailing slash dropped) so that one channel cannot be registered twice
    url          varchar(500) not null,
    url_key      varchar(500) not null,
    -- the platform's own id (page id, group id, OA id) when known: from the address or from the API
    external_id  varchar(100),
    purpose      varchar(1000),
    launched_on  date,
    active       boolean      not null default true,
    created_by   bigint       references account (id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    constraint channel_url_uk unique (url_key)
);
create index channel_unit_idx on channel (unit_id);

-- The people who administer a channel: an account of Lan Tỏa, or a name and contact for those without one.
create table channel_admin (
    id          bigserial    primary key,
    channel_id  bigint       not null references channel (id) on delete cascade,
    account_id  bigint       references account (id),
    name        varchar(200) not null,
    contact     varchar(200),
    constraint channel_admin_uk unique (channel_id, name)
);

-- One audience figure per channel per day (followers of a page or OA, members of a group), with the
-- non-members and the share of women where the group's admin knows them.
create table channel_audience (
    channel_id     bigint       not null references channel (id) on delete cascade,
    day            date         not null,
    audience       int          not null check (audience >= 0),
    non_members    int          check (non_members >= 0),
    women_percent  numeric(5,2) check (women_percent between 0 and 100),
    source         varchar(10)  not null check (source in ('API', 'IMPORT', 'MANUAL')),
    recorded_by    bigint       references account (id),
    recorded_at    timestamptz  not null default now(),
    primary key (channel_id, day)
);
