-- The connection of a Facebook Page or a Zalo OA to Lan Tỏa (issue 6, part 8): the page or OA token,
-- encrypted (AES-256-GCM; the value starts with the id of the key that sealed it, so keys can rotate),
-- what it may do, and how the last calls went. One connection per channel.
create table channel_connection (
    id                  bigserial     primary key,
    channel_id          bigint        not null references channel (id) on delete cascade,
    platform            varchar(10)   not null check (platform in ('FACEBOOK', 'ZALO')),
    -- the page or OA the token belongs to, as the platform names it
    external_id         varchar(100),
    external_name       varchar(200),
    token_sealed        varchar(4000),
    refresh_sealed      varchar(4000),
    -- the last four characters of the token, the only part ever shown
    token_hint          varchar(8),
    expires_at          timestamptz,
    refresh_expires_at  timestamptz,
    permissions         varchar(2000),
    status              varchar(20)   not null check (status in ('CONNECTED', 'EXPIRED', 'MISSING_PERMISSION', 'FAILED', 'DISCONNECTED')),
    failure_kind        varchar(30),
    error_code          varchar(30),
    error_message       varchar(1000),
    missing_permission  varchar(100),
    -- after a rate limit: no call before this moment (the status is kept)
    retry_after         timestamptz,
    retries             int           not null default 0,
    -- the unit was told of the current failure episode (cleared by the next success)
    notified_at         timestamptz,
    last_success_at     timestamptz,
    last_attempt_at     timestamptz,
    connected_by        bigint        references account (id),
    connected_at        timestamptz,
    version             bigint        not null default 0,
    constraint channel_connection_channel_uk unique (channel_id)
);
create index channel_connection_status_idx on channel_connection (status);

-- The platform's names of the metrics Lan Tỏa reads, per purpose, with the days they are valid: Meta
-- retires names (page_impressions and post_impressions became page_media_view and post_media_view,
-- page_fans became page_follows, on 15 November 2025), so names are data the root admin edits. A name
-- the platform refused (Graph error 100) is marked failing until it works again.
create table channel_metric (
    id               bigserial     primary key,
    platform         varchar(10)   not null check (platform in ('FACEBOOK', 'ZALO')),
    purpose          varchar(40)   not null,
    name             varchar(100)  not null,
    valid_from       date          not null,
    valid_until      date,
    failing_since    timestamptz,
    failure_message  varchar(500),
    updated_by       bigint        references account (id),
    updated_at       timestamptz   not null default now(),
    constraint channel_metric_uk unique (platform, purpose, name, valid_from)
);

insert into channel_metric (platform, purpose, name, valid_from, valid_until) values
    ('FACEBOOK', 'PAGE_FOLLOWS_DAILY', 'page_fans', date '2010-01-01', date '2025-11-14'),
    ('FACEBOOK', 'PAGE_FOLLOWS_DAILY', 'page_follows', date '2025-11-15', null),
    ('FACEBOOK', 'PAGE_MEDIA_VIEWS_DAILY', 'page_impressions', date '2010-01-01', date '2025-11-14'),
    ('FACEBOOK', 'PAGE_MEDIA_VIEWS_DAILY', 'page_media_view', date '2025-11-15', null),
    ('FACEBOOK', 'POST_VIEWS', 'post_impressions', date '2010-01-01', date '2025-11-14'),
    ('FACEBOOK', 'POST_VIEWS', 'post_media_view', date '2025-11-15', null),
    ('FACEBOOK', 'POST_REACH', 'post_impressions_unique', date '2010-01-01', date '2025-06-14'),
    ('FACEBOOK', 'POST_REACH', 'post_total_media_view_unique', date '2025-06-15', null),
    ('FACEBOOK', 'POST_CLICKS', 'post_clicks', date '2010-01-01', null),
    ('FACEBOOK', 'POST_REACTIONS', 'post_reactions_by_type_total', date '2010-01-01', null);

-- A Page's other daily figures read through the API (media views...), one per channel, day and purpose.
create table channel_page_day (
    channel_id   bigint       not null references channel (id) on delete cascade,
    day          date         not null,
    purpose      varchar(40)  not null,
    value        bigint       not null,
    recorded_at  timestamptz  not null default now(),
    primary key (channel_id, day, purpose)
);
