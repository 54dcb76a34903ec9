-- The newsroom: stories (tin, bài) sent up by units and departments, their workflow steps,
-- revisions, editorial comments, photos and videos, sections, and the per-province settings.

create table section (
    id        bigserial primary key,
    name      varchar(120) not null,
    slug      varchar(140) not null,
    position  int          not null default 0,
    active    boolean      not null default true
);
create unique index section_slug_uk on section (slug);

insert into section (name, slug, position) values
    ('Hoạt động Hội', 'hoat-dong-hoi', 10),
    ('Mô hình hay – cách làm hiệu quả', 'mo-hinh-hay-cach-lam-hieu-qua', 20),
    ('Gương điển hình', 'guong-dien-hinh', 30),
    ('Sinh kế – giảm nghèo', 'sinh-ke-giam-ngheo', 40),
    ('Chuyển đổi số', 'chuyen-doi-so', 50),
    ('An sinh xã hội', 'an-sinh-xa-hoi', 60),
    ('Chính sách – pháp luật', 'chinh-sach-phap-luat', 70),
    ('Bình đẳng giới', 'binh-dang-gioi', 80),
    ('Gia đình – Xã hội', 'gia-dinh-xa-hoi', 90),
    ('Bình dân học vụ số', 'binh-dan-hoc-vu-so', 100);

-- How a province's stories travel: whether commune stories and department stories need the
-- department head's approval before they reach the editors. A province without a row uses the
-- defaults (both need it).
create table editorial_route (
    province_unit_id                 bigint primary key references unit (id),
    commune_needs_department_approval boolean not null default true,
    department_needs_head_approval   boolean not null default true,
    updated_at                       timestamptz not null default now()
);

-- The photo and video checklist a story must pass before it is submitted, per kind.
create table media_rule (
    kind              varchar(20) primary key check (kind in ('NEWS', 'ARTICLE')),
    min_photos        int     not null check (min_photos >= 0),
    max_photos        int     not null check (max_photos >= min_photos),
    max_videos        int     not null check (max_videos >= 0),
    caption_required  boolean not null default true,
    alt_required      boolean not null default true
);
insert into media_rule (kind, min_photos, max_photos, max_videos) values
    ('NEWS', 3, 5, 1),
    ('ARTICLE', 1, 10, 2);

create table story (
    id                      bigserial primary key,
    kind                    varchar(20)  not null check (kind in ('NEWS', 'ARTICLE')),
    title                   varchar(250) not null,
    summary                 varchar(1000) not null default '',
    body                    text         not null default '',
    section_id              bigint references section (id),
    author_unit_id          bigint       not null references unit (id),
    author_unit_path        varchar(400) not null,
    author_department_id    bigint references department (id),
    department_id           bigint references department (id),
    byline                  varchar(150) not null default '',
    event_at                timestamp,
    event_place             varchar(250) not null default '',
    major_event             boolean      not null default false,
    to_portal               boolean      not null default true,
    to_fanpage              boolean      not null default false,
    to_group                boolean      not null default false,
    status                  varchar(30)  not null,
    status_since            timestamptz  not null default now(),
    status_reason           varchar(2000),
    needs_department_approval boolean    not null default true,
    created_by              bigint       not null references account (id),
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    submitted_at            timestamptz,
    reached_editors_at      timestamptz,
    reach_deadline          timestamptz,
    published_at            timestamptz,
    publish_at              timestamptz,
    unpublish_at            timestamptz,
    cover_media_id          uuid,
    version                 bigint       not null default 0,
    constraint story_status_ck check (status in ('DRAFT', 'SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED',
        'PUBLISHED', 'RETURNED', 'REJECTED', 'UNPUBLISHED', 'ARCHIVED'))
);
create index story_author_path_idx on story (author_unit_path varchar_pattern_ops, status);
create index story_status_since_idx on story (status, status_since);
create index story_created_by_idx on story (created_by, updated_at desc);
create index story_department_idx on story (department_id, status);
create index story_publish_at_idx on story (publish_at) where status = 'SCHEDULED';
create index story_published_at_idx on story (published_at desc) where status = 'PUBLISHED';

create table story_tag (
    story_id  bigint      not null references story (id) on delete cascade,
    tag       varchar(60) not null,
    primary key (story_id, tag)
);
create index story_tag_tag_idx on story_tag (tag);

-- The photos and videos of a story, in order, with what the story says of each.
create table story_media (
    story_id   bigint        not null references story (id) on delete cascade,
    media_id   uuid          not null,
    media_kind varchar(20)   not null check (media_kind in ('IMAGE', 'VIDEO', 'VIDEO_LINK')),
    position   int           not null,
    caption    varchar(500)  not null default '',
    alt_text   varchar(300)  not null default '',
    primary key (story_id, media_id)
);

-- Each status a story has been in, from when to when and who moved it: the waiting time per step.
create table story_step (
    id          bigserial primary key,
    story_id    bigint      not null references story (id) on delete cascade,
    status      varchar(30) not null,
    entered_at  timestamptz not null,
    left_at     timestamptz,
    actor_id    bigint references account (id),
    reason      varchar(2000)
);
create index story_step_story_idx on story_step (story_id, entered_at);

create table story_revision (
    id          bigserial primary key,
    story_id    bigint       not null references story (id) on delete cascade,
    number      int          not null,
    title       varchar(250) not null,
    summary     varchar(1000) not null,
    body        text         not null,
    byline      varchar(150) not null,
    saved_by    bigint       not null references account (id),
    saved_at    timestamptz  not null default now(),
    note        varchar(300)
);
create unique index story_revision_uk on story_revision (story_id, number);

create table story_comment (
    id          bigserial primary key,
    story_id    bigint        not null references story (id) on delete cascade,
    author_id   bigint        not null references account (id),
    body        varchar(4000) not null,
    created_at  timestamptz   not null default now()
);
create index story_comment_story_idx on story_comment (story_id, created_at);

-- db-scheduler's table: jobs (scheduled publishing, reminders, digests) run on exactly one node.
create table scheduled_tasks (
    task_name             text                     not null,
    task_instance         text                     not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean                  not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint                   not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
