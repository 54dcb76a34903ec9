-- Reader comments on published stories, pre-moderated: nothing a reader sends is shown before a
-- moderator (or editor, or admin) whose grant covers the story's author unit approves it.
create table portal_comment (
    id              bigserial primary key,
    site_id         bigint        not null references portal_site (id),
    story_id        bigint        not null references story (id),
    -- The story's author unit when the comment came: it decides who may moderate (grants cover subtrees).
    unit_path       varchar(400)  not null,
    name            varchar(80)   not null,
    -- Kept for the moderators to answer the reader; never shown on the public site.
    email           varchar(254)  not null,
    -- Plain text, escaped whenever shown. submitted_text is the reader's own words and never changes;
    -- text is what readers see, which a moderator may edit before approving.
    submitted_text  text          not null,
    text            text          not null,
    -- A salted SHA-256 of the sender's address, never the address itself. It is all the rate limit and
    -- the moderators ("3 comments from the same sender today") need. The salt changes every day and is
    -- deleted two days later (portal_comment_salt): an IPv4 hash with a known salt is reversed by trying
    -- all 4 billion addresses, so only while the salt exists could anyone learn an address from it.
    ip_hash         varchar(64)   not null,
    user_agent      varchar(300)  not null default '',
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    -- Set when a keyword rule matched: the comment goes to the top of the queue with the rules named.
    flagged         boolean       not null default false,
    matched_rules   varchar(200)[] not null default '{}',
    link_count      int           not null default 0,
    reject_reason   varchar(500),
    -- Who decided last (null with decided_at set: a keyword rule rejected it automatically).
    decided_by      bigint        references account (id),
    decided_by_name varchar(100),
    decided_at      timestamptz,
    edited_by       bigint        references account (id),
    edited_at       timestamptz,
    created_at      timestamptz   not null default now(),
    check ((status = 'PENDING') = (decided_at is null))
);
-- The moderators' queue: pending ones of a subtree, flagged first, oldest first.
create index portal_comment_pending_idx on portal_comment (unit_path varchar_pattern_ops, flagged desc, created_at)
    where status = 'PENDING';
create index portal_comment_unit_idx on portal_comment (unit_path varchar_pattern_ops, created_at desc);
-- A story page: its approved comments, oldest first.
create index portal_comment_story_idx on portal_comment (story_id, created_at) where status = 'APPROVED';
create index portal_comment_sender_idx on portal_comment (ip_hash, created_at);

-- One optional file per comment: a photo (stored by the media library, metadata stripped) or a PDF
-- (stored in the media storage under storage_key, served only as a download).
create table portal_comment_attachment (
    comment_id      bigint        primary key references portal_comment (id) on delete cascade,
    kind            varchar(10)   not null check (kind in ('IMAGE', 'PDF')),
    media_id        uuid,
    storage_key     varchar(200),
    file_name       varchar(255)  not null,
    size_bytes      bigint        not null check (size_bytes > 0),
    check ((kind = 'IMAGE') = (media_id is not null)),
    check ((kind = 'PDF') = (storage_key is not null))
);
create unique index portal_comment_attachment_key_idx on portal_comment_attachment (storage_key) where storage_key is not null;

-- Every comment sent from an address (by its hash), including those a bot sent into the honeypot,
-- for the rate limit; rows older than a day are removed.
create table portal_comment_post (
    ip_hash     varchar(64)  not null,
    posted_at   timestamptz  not null default now()
);
create index portal_comment_post_idx on portal_comment_post (ip_hash, posted_at);
create index portal_comment_post_time_idx on portal_comment_post (posted_at);

-- The day's random salt of the address hashes, shared by every node; deleted after two days.
create table portal_comment_salt (
    day     date   primary key,
    salt    bytea  not null
);

-- Words and phrases that send a comment to the moderators marked (FLAG) or reject it at once
-- (REJECT, for plain spam). A rule matches whole words, with or without diacritics as it says.
create table portal_comment_rule (
    id                bigserial primary key,
    site_id           bigint        not null references portal_site (id) on delete cascade,
    phrase            varchar(100)  not null,
    match_diacritics  boolean       not null default false,
    category          varchar(20)   not null check (category in ('HOSTILE', 'FALSE_INFORMATION', 'SPAM')),
    action            varchar(10)   not null check (action in ('FLAG', 'REJECT')),
    active            boolean       not null default true,
    created_by        bigint        references account (id),
    created_at        timestamptz   not null default now()
);
create unique index portal_comment_rule_phrase_idx on portal_comment_rule (site_id, lower(phrase), match_diacritics);

-- The rules each new site starts with, copied once (portal_comment_rule_seeded) so that a rule a
-- site's moderators deleted does not come back. Deliberately few: words that on a union's page are
-- far more often attacks, rumours or scams than ordinary talk, and only FLAG, never REJECT — a
-- person decides. With diacritics where the bare form means something harmless too
-- ("tin giả" = fake news, "tin gia" is also "tin giá", price news), and for the link shorteners
-- (bit.ly, tinyurl, t.me: Telegram), whose folded forms would meet Vietnamese words ("t mẹ").
create table portal_comment_rule_default (
    phrase            varchar(100)  primary key,
    match_diacritics  boolean       not null,
    category          varchar(20)   not null,
    action            varchar(10)   not null
);
insert into portal_comment_rule_default (phrase, match_diacritics, category, action) values
    ('phản động',      false, 'HOSTILE',           'FLAG'),
    ('đồ ngu',         true,  'HOSTILE',           'FLAG'),
    ('lừa đảo',        false, 'HOSTILE',           'FLAG'),
    ('tin giả',        true,  'FALSE_INFORMATION', 'FLAG'),
    ('bịa đặt',        false, 'FALSE_INFORMATION', 'FLAG'),
    ('xuyên tạc',      false, 'FALSE_INFORMATION', 'FLAG'),
    ('chuyển khoản',   false, 'SPAM',              'FLAG'),
    ('vay tiền nhanh', false, 'SPAM',              'FLAG'),
    ('bit.ly',         true,  'SPAM',              'FLAG'),
    ('tinyurl',        true,  'SPAM',              'FLAG'),
    ('t.me',           true,  'SPAM',              'FLAG');

create table portal_comment_rule_seeded (
    site_id     bigint       primary key references portal_site (id) on delete cascade,
    seeded_at   timestamptz  not null default now()
);
