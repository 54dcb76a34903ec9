-- Issue 6, part 5: the Page webhook and fanpage comment moderation.

-- Each webhook delivery once: Meta sends a delivery again until it is answered 200, byte for byte the same.
create table channel_webhook_delivery (
    id           bigserial    primary key,
    digest       char(64)     not null unique,
    received_at  timestamptz  not null default now()
);

-- The comments of a unit's fanpage, pulled or received by webhook; one per channel and platform id.
create table channel_comment (
    id            bigserial     primary key,
    channel_id    bigint        not null references channel (id) on delete cascade,
    external_id   varchar(100)  not null,
    post_id       varchar(100)  not null,
    parent_id     varchar(100),
    author_id     varchar(100),
    author_name   varchar(200),
    message       text          not null default '',
    created_at    timestamptz   not null,
    received_at   timestamptz   not null default now(),
    edited_at     timestamptz,
    -- VISIBLE, HIDDEN (on the page, by us or by the page's admins), DELETED
    status        varchar(10)   not null default 'VISIBLE' check (status in ('VISIBLE', 'HIDDEN', 'DELETED')),
    flagged       boolean       not null default false,
    assigned_to   bigint        references account (id) on delete set null,
    -- the first handling by a person (hide, unhide, delete, marked handled): the response time ends there
    handled_at    timestamptz,
    handled_by    bigint        references account (id) on delete set null,
    -- the names of the rules that fired on arrival, in order, one a line
    rule_hits     text          not null default '',
    unique (channel_id, external_id)
);
create index channel_comment_queue on channel_comment (channel_id, handled_at, created_at desc);
create index channel_comment_author on channel_comment (channel_id, author_id);
create index channel_comment_assigned on channel_comment (assigned_to) where assigned_to is not null;

-- What was done to a comment, by whom (a person) or by which rule: the figures count these.
create table channel_comment_action (
    id          bigserial    primary key,
    comment_id  bigint       not null references channel_comment (id) on delete cascade,
    action      varchar(10)  not null check (action in ('HIDE', 'UNHIDE', 'DELETE', 'HANDLED', 'FLAG', 'ASSIGN')),
    actor_id    bigint       references account (id) on delete set null,
    rule_id     bigint,
    at          timestamptz  not null default now()
);
create index channel_comment_action_at on channel_comment_action (at, comment_id);

-- Moderation rules of a union (every page of its subtree) or of one page: conditions combined with AND, one action.
create table channel_moderation_rule (
    id           bigserial     primary key,
    unit_id      bigint        not null references unit (id) on delete cascade,
    channel_id   bigint        references channel (id) on delete cascade,
    name         varchar(120)  not null,
    -- keywords one a line; matched without diacritics or case, as whole words
    keywords     text          not null default '',
    has_link     boolean       not null default false,
    only_emoji   boolean       not null default false,
    new_author   boolean       not null default false,
    action       varchar(10)   not null check (action in ('HIDE', 'FLAG', 'ASSIGN')),
    assignee_id  bigint        references account (id) on delete set null,
    position     int           not null,
    active       boolean       not null default true,
    created_by   bigint        references account (id) on delete set null,
    created_at   timestamptz   not null default now(),
    check (keywords <> '' or has_link or only_emoji or new_author),
    check (action <> 'ASSIGN' or assignee_id is not null)
);
create index channel_moderation_rule_unit on channel_moderation_rule (unit_id, position);
