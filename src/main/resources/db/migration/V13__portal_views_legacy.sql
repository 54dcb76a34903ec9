-- Portal view counts (issue 4, part 4) and old addresses of the former website (part 6).

-- Who has already been counted today for a story: a salted hash of IP address and browser, never the
-- address itself. Rows live two days (the purge job), so the table stays a few days of readers long.
create table portal_view_visitor (
    day         date    not null,
    story_id    bigint  not null,
    visitor     bytea   not null,
    primary key (day, story_id, visitor)
);

-- The secret of one day's visitor hashes, random and shared by every app instance; deleted with that
-- day's visitors, after which nobody (not even us) can tell whose hash was whose.
create table portal_view_salt (
    day   date   primary key,
    salt  bytea  not null
);

-- Readers per story per day: one row per story and day it was read, incremented by the beacon. Most-read
-- lists add days up in SQL. unit_path is the author unit's path when last counted, so that a site's
-- most-read list is filtered by its subtree without asking the newsroom for every id.
create table portal_view_day (
    story_id   bigint        not null,
    day        date          not null,
    unit_path  varchar(500)  not null,
    views      bigint        not null default 0,
    primary key (story_id, day)
);
create index portal_view_day_day_idx on portal_view_day (day, unit_path varchar_pattern_ops) include (story_id, views);

-- Old addresses of the former website and the story each now lives at, per site. old_path is the
-- normalised path and query (see vn.lantoa.portal.legacy.LegacyPath): lower case, no trailing slash,
-- query parameters sorted, tracking parameters dropped.
create table portal_legacy_url (
    id          bigserial      primary key,
    site_id     bigint         not null references portal_site (id) on delete cascade,
    old_path    varchar(1000)  not null,
    story_id    bigint         not null,
    created_by  bigint,
    created_at  timestamptz    not null default now(),
    unique (site_id, old_path)
);
create index portal_legacy_url_story_idx on portal_legacy_url (story_id);

-- An uploaded mapping file between its preview and its application (any instance may serve either).
create table portal_legacy_import (
    id          bigserial      primary key,
    site_id     bigint         not null references portal_site (id) on delete cascade,
    created_by  bigint         not null,
    created_at  timestamptz    not null default now(),
    file_name   varchar(300)   not null,
    content     bytea          not null,
    status      varchar(20)    not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    applied     int            not null default 0
);
