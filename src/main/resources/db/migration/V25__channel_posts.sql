-- The posts of the units' channels with their lifetime figures, from a Meta Business Suite export or
-- from the Graph API: one row per (channel, the platform's post id). The figures are lifetime totals,
-- so a newer reading replaces the stored one (never adds to it). A metric the source does not give
-- stays null; every other column of the source is kept in "extra" under the source's own name.
create table channel_post (
    id            bigserial     primary key,
    channel_id    bigint        not null references channel (id) on delete cascade,
    external_id   varchar(100)  not null,
    published_at  timestamptz,
    title         varchar(1000),
    permalink     varchar(1000),
    post_type     varchar(60),
    -- the portal story the post shares, found by its public address in the permalink, title or text
    story_id      bigint        references story (id) on delete set null,
    views         bigint        check (views >= 0),
    reach         bigint        check (reach >= 0),
    reactions     bigint        check (reactions >= 0),
    comments      bigint        check (comments >= 0),
    shares        bigint        check (shares >= 0),
    clicks        bigint        check (clicks >= 0),
    extra         jsonb         not null default '{}'::jsonb,
    source        varchar(10)   not null check (source in ('IMPORT', 'API')),
    metrics_at    timestamptz   not null default now(),
    created_at    timestamptz   not null default now(),
    constraint channel_post_uk unique (channel_id, external_id)
);
create index channel_post_channel_published_idx on channel_post (channel_id, published_at);
create index channel_post_story_idx on channel_post (story_id) where story_id is not null;

-- An uploaded export between its preview and its confirmation: what was found, the bad-row report,
-- and (below) the good rows, staged so that the preview and the confirmation read the same data.
create table channel_post_import (
    id              bigserial     primary key,
    channel_id      bigint        not null references channel (id) on delete cascade,
    kind            varchar(12)   not null check (kind in ('POSTS', 'PAGE_DAILY')),
    created_by      bigint        not null references account (id),
    created_at      timestamptz   not null default now(),
    file_name       varchar(300)  not null,
    status          varchar(12)   not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    total_rows      int           not null default 0,
    good_rows       int           not null default 0,
    -- [{"line": 12, "column": "Reach", "key": "message.key", "args": ["…"]}], at most a few thousand
    problems        jsonb         not null default '[]'::jsonb,
    problem_count   int           not null default 0,
    warnings        jsonb         not null default '[]'::jsonb,
    created_count   int,
    updated_count   int,
    applied_at      timestamptz
);
create index channel_post_import_channel_idx on channel_post_import (channel_id, created_at);

-- Staged rows: unlogged, since they only live from the preview to the confirmation (a crash loses a
-- preview, which the user uploads again).
create unlogged table channel_post_import_row (
    import_id     bigint        not null references channel_post_import (id) on delete cascade,
    line          int           not null,
    external_id   varchar(100)  not null,
    published_at  timestamptz,
    title         varchar(1000),
    permalink     varchar(1000),
    post_type     varchar(60),
    views         bigint,
    reach         bigint,
    reactions     bigint,
    comments      bigint,
    shares        bigint,
    clicks        bigint,
    -- the other columns as JSON text: parsed into jsonb once, when the rows are written to channel_post
    extra         text          not null default '{}',
    primary key (import_id, external_id)
);

create unlogged table channel_audience_import_row (
    import_id     bigint        not null references channel_post_import (id) on delete cascade,
    line          int           not null,
    day           date          not null,
    audience      int           not null check (audience >= 0),
    primary key (import_id, day)
);
