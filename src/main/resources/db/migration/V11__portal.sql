-- The public sites: one per union that publishes, chosen by host name (null host = the default site).
create table portal_site (
    id              bigserial primary key,
    unit_id         bigint        not null unique references unit (id),
    host            varchar(253)  unique,
    name            varchar(200)  not null,
    short_name      varchar(60)   not null,
    tagline         varchar(300)  not null default '',
    logo_media_id   uuid,
    primary_color   varchar(7)    not null default '#9c1c5b',
    accent_color    varchar(7)    not null default '#0b6e4f',
    address         varchar(300)  not null default '',
    address_en      varchar(300)  not null default '',
    phone           varchar(60)   not null default '',
    email           varchar(200)  not null default '',
    fanpage_url     varchar(500)  not null default '',
    zalo_url        varchar(500)  not null default '',
    youtube_url     varchar(500)  not null default '',
    intro_vi        text          not null default '',
    intro_en        text          not null default '',
    updated_at      timestamptz   not null default now()
);
create unique index portal_site_default_idx on portal_site ((host is null)) where host is null;

-- Campaign banners and the home page cover, changed by editors per campaign.
create table portal_banner (
    id          bigserial primary key,
    site_id     bigint        not null references portal_site (id) on delete cascade,
    placement   varchar(20)   not null check (placement in ('COVER', 'BANNER')),
    title       varchar(200)  not null,
    link_url    varchar(500)  not null default '',
    media_id    uuid          not null,
    alt_text    varchar(300)  not null default '',
    starts_on   date,
    ends_on     date,
    position    int           not null default 0,
    active      boolean       not null default true,
    created_at  timestamptz   not null default now()
);
create index portal_banner_site_idx on portal_banner (site_id, placement, position);

-- Section pages and unit pages list published stories newest first.
create index story_section_published_idx on story (section_id, published_at desc) where status = 'PUBLISHED';
create index story_path_published_idx on story (author_unit_path varchar_pattern_ops, published_at desc) where status = 'PUBLISHED';

-- Bumped whenever readers' content changes, so that every node drops its cached pages (checked about once a second).
create table portal_cache_generation (
    id          int     primary key default 1 check (id = 1),
    generation  bigint  not null default 0
);
insert into portal_cache_generation (id, generation) values (1, 0);
