-- The newsroom's facts about every story that has been sent at least once, as other modules may
-- count them (accountability). A stable contract over the story table: counting never depends on
-- the newsroom's own columns. event_at is Vietnam-local; "counted_on_event" falls back to the local
-- time of the first submission when a story names no event time.
create view story_fact as
select s.id                                                          as story_id,
       s.kind,
       s.title,
       s.status,
       s.section_id,
       s.author_unit_id,
       s.major_event,
       s.event_at,
       s.submitted_at,
       coalesce(s.event_at, s.submitted_at at time zone 'Asia/Ho_Chi_Minh') as counted_on_event,
       s.reached_editors_at,
       s.reach_deadline,
       s.published_at,
       s.status not in ('DRAFT', 'REJECTED')                          as is_submitted,
       s.status in ('DEPARTMENT_APPROVED', 'IN_EDITING', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED') as is_accepted,
       s.status in ('PUBLISHED', 'ARCHIVED') and s.published_at is not null as is_published,
       exists (select 1 from story_media m where m.story_id = s.id and m.media_kind = 'IMAGE') as has_photo,
       exists (select 1 from story_media m where m.story_id = s.id and m.media_kind in ('VIDEO', 'VIDEO_LINK')) as has_video
from story s
where s.submitted_at is not null;

create index story_fact_submitted_idx on story (submitted_at, author_unit_id) where submitted_at is not null;
create index story_fact_event_idx on story ((coalesce(event_at, submitted_at at time zone 'Asia/Ho_Chi_Minh')), author_unit_id)
    where submitted_at is not null;

-- A quota (định mức): how many stories of a kind the units of a level (or a list of units) owe per
-- period. When share_percent is set, the rule is met when that share of the units reach the count
-- ("40% of communes publish at least one a month"); otherwise every unit must reach it.
create table quota_rule (
    id              bigserial    primary key,
    owner_unit_id   bigint       not null references unit (id),
    name            varchar(200) not null,
    target_level    varchar(20)  check (target_level in ('PROVINCE', 'COMMUNE', 'BRANCH', 'GROUP')),
    measure         varchar(20)  not null check (measure in ('SUBMITTED', 'ACCEPTED', 'PUBLISHED')),
    section_id      bigint       references section (id),
    media_required  varchar(20)  not null default 'NONE' check (media_required in ('NONE', 'PHOTO', 'VIDEO', 'PHOTO_OR_VIDEO')),
    min_count       int          not null check (min_count > 0),
    period          varchar(10)  not null check (period in ('MONTH', 'QUARTER', 'YEAR')),
    counted_by      varchar(20)  not null check (counted_by in ('EVENT_DATE', 'SUBMISSION_DATE')),
    share_percent   int          check (share_percent between 1 and 100),
    valid_from      date         not null,
    valid_until     date,
    active          boolean      not null default true,
    preset          varchar(40),
    created_by      bigint       references account (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint quota_rule_valid_ck check (valid_until is null or valid_until >= valid_from)
);
create index quota_rule_owner_idx on quota_rule (owner_unit_id) where active;

-- The units a rule names one by one (instead of a level).
create table quota_rule_unit (
    rule_id  bigint not null references quota_rule (id) on delete cascade,
    unit_id  bigint not null references unit (id),
    primary key (rule_id, unit_id)
);
create index quota_rule_unit_unit_idx on quota_rule_unit (unit_id);

-- Per union (province or the central union): when reminders go out before a period ends.
create table accountability_setting (
    owner_unit_id        bigint      primary key references unit (id),
    reminder_days        int         not null default 5 check (reminder_days between 1 and 60),
    updated_at           timestamptz not null default now()
);
