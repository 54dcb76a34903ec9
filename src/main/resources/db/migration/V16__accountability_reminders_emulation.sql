-- Reminders of quotas: one row per reminder sent, written in the transaction that publishes it, so a
-- reminder goes out once per (rule, unit, period) — and a summary once per (union, period) — however
-- many nodes, retries or re-runs of the daily job. For a summary, rule_id is null and unit_id is the union.
create table quota_reminder_sent (
    id           bigserial    primary key,
    kind         varchar(10)  not null check (kind in ('UNIT', 'SUMMARY')),
    rule_id      bigint       references quota_rule (id) on delete cascade,
    unit_id      bigint       not null references unit (id),
    period_code  varchar(10)  not null,
    sent_at      timestamptz  not null default now(),
    constraint quota_reminder_sent_rule_ck check ((kind = 'UNIT') = (rule_id is not null))
);
create unique index quota_reminder_sent_uk on quota_reminder_sent (kind, coalesce(rule_id, 0), unit_id, period_code);

-- Notices about a unit or a report rather than a story: story_id is then null, the link leads to the
-- page concerned, and the sentence is composed from the unit's name, the period, an amount (stories
-- missing, units at risk), a total (units held) and the day the period is due.
alter table notice alter column story_id drop not null;
alter table notice add column unit_name   varchar(250);
alter table notice add column period_code varchar(10);
alter table notice add column amount      int;
alter table notice add column total       int;
alter table notice add column due_on      date;

-- The yearly emulation (thi đua) score of a union: the weight of each criterion, and the yearly target
-- of digital-skills sessions per unit. Seeded with the defaults on first use.
create table emulation_criterion (
    owner_unit_id  bigint      not null references unit (id),
    criterion      varchar(20) not null check (criterion in ('QUOTAS', 'TIMELINESS', 'REPORTS', 'AUDIENCE', 'DIGITAL_SKILLS')),
    weight         int         not null check (weight between 0 and 1000),
    primary key (owner_unit_id, criterion)
);

create table emulation_setting (
    owner_unit_id          bigint      primary key references unit (id),
    digital_sessions_target int        not null default 12 check (digital_sessions_target between 1 and 10000),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0
);
