-- Cross-posting of published stories (issue 6, part 4): one delivery per story and target channel,
-- created once when the story is first published (a re-publication never posts twice). A Facebook
-- Page is posted to through the Graph API (mode API) with retries and backoff; a Facebook or Zalo
-- group, which has no API, waits in the "ready to post" queue (mode MANUAL) until a moderator marks
-- it posted with the post's address, or skipped with a reason.
create table channel_delivery (
    id               bigserial     primary key,
    story_id         bigint        not null references story (id) on delete cascade,
    channel_id       bigint        not null references channel (id) on delete cascade,
    mode             varchar(6)    not null check (mode in ('API', 'MANUAL')),
    status           varchar(10)   not null default 'PENDING'
                     check (status in ('PENDING', 'RETRYING', 'POSTED', 'FAILED', 'GAVE_UP', 'SKIPPED')),
    -- calls made so far in this round; "retry now" starts a new round
    attempts         int           not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz,
    failure_kind     varchar(30),
    error_code       varchar(30),
    error_message    varchar(1000),
    -- photos already uploaded unpublished: {"<media uuid>": "<photo id>"}, kept so a retry never uploads twice
    uploaded         jsonb         not null default '{}'::jsonb,
    external_id      varchar(100),
    permalink        varchar(1000),
    posted_at        timestamptz,
    -- who marked a queue item posted or skipped (null when the API posted it)
    marked_by        bigint        references account (id),
    skip_reason      varchar(500),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint channel_delivery_uk unique (story_id, channel_id)
);
create index channel_delivery_due_idx on channel_delivery (next_attempt_at) where status in ('PENDING', 'RETRYING') and mode = 'API';
create index channel_delivery_channel_idx on channel_delivery (channel_id, status);

-- A group post marked by its moderator (no API reads groups) is one of the channel's posts too.
alter table channel_post drop constraint channel_post_source_check;
alter table channel_post add constraint channel_post_source_check check (source in ('IMPORT', 'API', 'MANUAL'));
