-- The Page inbox (issue 6, part 6): conversations of a Facebook Page with one person (PSID), their
-- messages in and out (idempotent by the platform's message id), the department responsible for each
-- conversation, and each page's routing rules (keywords → department, in order, and a default).

create table inbox_route (
    channel_id            bigint primary key references channel (id),
    default_department_id bigint references department (id),
    updated_at            timestamptz not null default now()
);

create table inbox_rule (
    id              bigserial primary key,
    channel_id      bigint       not null references channel (id),
    position        int          not null,
    -- as typed (comma-separated), and folded (no diacritics, lower case) for matching
    keywords        varchar(500) not null,
    keywords_folded varchar(500) not null,
    department_id   bigint       not null references department (id),
    created_at      timestamptz  not null default now()
);
create index inbox_rule_channel_idx on inbox_rule (channel_id, position);

create table inbox_conversation (
    id               bigserial primary key,
    channel_id       bigint       not null references channel (id),
    psid             varchar(64)  not null,
    person_name      varchar(200),
    department_id    bigint references department (id),
    -- RULE (a keyword matched), DEFAULT (the page's default), STAFF (re-routed by someone)
    routed_by        varchar(10)  not null default 'DEFAULT',
    matched_keyword  varchar(100),
    status           varchar(10)  not null default 'OPEN',
    -- the person's last message: the reply window counts from it
    last_incoming_at timestamptz,
    -- the first of the person's messages not answered yet; null when answered
    waiting_since    timestamptz,
    last_message_at  timestamptz  not null,
    done_at          timestamptz,
    done_by          bigint references account (id),
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint inbox_conversation_status_ck check (status in ('OPEN', 'DONE')),
    constraint inbox_conversation_routed_ck check (routed_by in ('RULE', 'DEFAULT', 'STAFF', 'NONE'))
);
create unique index inbox_conversation_uk on inbox_conversation (channel_id, psid);
create index inbox_conversation_department_idx on inbox_conversation (department_id, status);
create index inbox_conversation_waiting_idx on inbox_conversation (waiting_since) where waiting_since is not null;

create table inbox_message (
    id              bigserial primary key,
    conversation_id bigint        not null references inbox_conversation (id),
    mid             varchar(200)  not null,
    -- IN: from the person; OUT: from the Page
    direction       varchar(3)    not null,
    -- PERSON, LANTOA (sent from here), BUSINESS_SUITE (an echo of a reply sent elsewhere)
    source          varchar(15)   not null,
    text            varchar(4000),
    attachments     text,
    tag             varchar(20),
    sent_at         timestamptz   not null,
    sent_by         bigint references account (id),
    created_at      timestamptz   not null default now(),
    constraint inbox_message_direction_ck check (direction in ('IN', 'OUT')),
    constraint inbox_message_source_ck check (source in ('PERSON', 'LANTOA', 'BUSINESS_SUITE'))
);
create unique index inbox_message_mid_uk on inbox_message (mid);
create index inbox_message_conversation_idx on inbox_message (conversation_id, sent_at);
