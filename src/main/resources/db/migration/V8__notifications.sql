-- Notifications: what each person is told of a story, shown in the app and sent by email.
-- story_id has no foreign key: notices belong to the notifications module and outlive a story's row.
create table notice (
    id            bigserial     primary key,
    account_id    bigint        not null references account (id) on delete cascade,
    kind          varchar(30)   not null,
    story_id      bigint        not null,
    title         varchar(250)  not null,
    excerpt       varchar(1000),
    step          varchar(30),
    waited_hours  int,
    link          varchar(300)  not null,
    actor_id      bigint,
    created_at    timestamptz   not null default now(),
    read_at       timestamptz,
    emailed_at    timestamptz,
    mail_attempts int           not null default 0
);
create index notice_account_idx on notice (account_id, created_at desc, id desc);
create index notice_unread_idx on notice (account_id) where read_at is null;
create index notice_unmailed_idx on notice (created_at) where emailed_at is null and read_at is null;

-- How a person wants notices by email; no row means every notice by email.
create table notice_preference (
    account_id  bigint      primary key references account (id) on delete cascade,
    email_mode  varchar(10) not null check (email_mode in ('EVERY', 'DIGEST', 'NONE')),
    updated_at  timestamptz not null default now()
);

-- Who has written in a story's editorial thread, so that the next comment reaches them. Kept here
-- from the newsroom's events, because notifications do not read the newsroom's tables.
create table notice_participant (
    story_id    bigint not null,
    account_id  bigint not null references account (id) on delete cascade,
    primary key (story_id, account_id)
);

-- The route of each story as last submitted: whether a nudge at SUBMITTED goes to the department head.
create table notice_story_route (
    story_id                   bigint  primary key,
    needs_department_approval  boolean not null
);

-- Newsroom: the steps already nudged, one row per story, status and the moment it entered that status,
-- so a story that waits is nudged once per step and again only after it moves.
create table story_nudge (
    story_id      bigint      not null references story (id) on delete cascade,
    status        varchar(30) not null,
    status_since  timestamptz not null,
    nudged_at     timestamptz not null,
    primary key (story_id, status, status_since)
);
