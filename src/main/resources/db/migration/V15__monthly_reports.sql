-- The monthly report form of a union (usually the province): which levels report, by which day of
-- the following month, and the fields the units fill in, editable without code.
create table report_form (
    id               bigserial    primary key,
    owner_unit_id    bigint       not null unique references unit (id),
    assigned_levels  varchar(100) not null default 'COMMUNE',
    due_day          int          not null default 5 check (due_day between 1 and 28),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);

-- A field of the form. Fields are never deleted once used: they are switched off, and old reports
-- keep their answers under the field's key.
create table report_field (
    id        bigserial    primary key,
    form_id   bigint       not null references report_form (id) on delete cascade,
    key       varchar(60)  not null,
    label     varchar(200) not null,
    help      varchar(500) not null default '',
    kind      varchar(20)  not null check (kind in ('INTEGER', 'TEXT')),
    required  boolean      not null default false,
    position  int          not null,
    active    boolean      not null default true,
    constraint report_field_key_uk unique (form_id, key)
);

-- One unit's report for one month. figures: what the system measured (stories, comments, channels),
-- taken when the report is submitted; answers: what the unit filled in, by field key.
create table monthly_report (
    id                  bigserial    primary key,
    unit_id             bigint       not null references unit (id),
    month               date         not null check (extract(day from month) = 1),
    form_id             bigint       not null references report_form (id),
    status              varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    figures             jsonb        not null default '{}',
    answers             jsonb        not null default '{}',
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    submitted_by        bigint       references account (id),
    decided_at          timestamptz,
    decided_by          bigint       references account (id),
    decision_comment    varchar(2000),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint monthly_report_uk unique (unit_id, month)
);
create index monthly_report_month_idx on monthly_report (month, status);

-- Every save, submission and decision, with the report as it stood: reports keep their history.
create table monthly_report_history (
    id         bigserial    primary key,
    report_id  bigint       not null references monthly_report (id) on delete cascade,
    action     varchar(20)  not null check (action in ('SAVED', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    status     varchar(20)  not null,
    figures    jsonb        not null,
    answers    jsonb        not null,
    comment    varchar(2000),
    actor_id   bigint       references account (id),
    at         timestamptz  not null default now()
);
create index monthly_report_history_report_idx on monthly_report_history (report_id, at);
