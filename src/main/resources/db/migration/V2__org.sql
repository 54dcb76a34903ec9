-- The union's organization tree. path is the materialized path of ids ("/1/7/42/"), indexed for
-- prefix (subtree) queries; name_folded is the name without diacritics for searching.
create table unit (
    id           bigserial primary key,
    code         varchar(40)  not null,
    name         varchar(200) not null,
    name_folded  varchar(200) not null,
    level        varchar(20)  not null check (level in ('CENTRAL', 'PROVINCE', 'COMMUNE', 'BRANCH', 'GROUP')),
    parent_id    bigint references unit (id),
    path         varchar(400) not null,
    depth        int          not null,
    active       boolean      not null default true,
    members      int check (members >= 0),
    women        int check (women >= 0),
    counted_on   date,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create unique index unit_code_uk on unit (lower(code));
create unique index unit_path_uk on unit (path varchar_pattern_ops);
create index unit_parent_idx on unit (parent_id);
create index unit_name_folded_idx on unit (name_folded varchar_pattern_ops);

-- Departments (Ban chuyên môn) of a unit.
create table department (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    code        varchar(40)  not null,
    name        varchar(200) not null,
    editorial   boolean      not null default false,
    email       varchar(200),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create unique index department_unit_code_uk on department (unit_id, lower(code));

-- Uploaded tree files: kept until applied so the preview and the apply see the same bytes.
create table unit_import (
    id            bigserial primary key,
    created_by    bigint       not null,
    created_at    timestamptz  not null default now(),
    file_name     varchar(300) not null,
    content       bytea        not null,
    scope_unit_id bigint       not null references unit (id),
    status        varchar(20)  not null default 'PREVIEWED',
    total_rows    int          not null default 0,
    processed     int          not null default 0,
    created_units int          not null default 0,
    updated_units int          not null default 0,
    message       text,
    finished_at   timestamptz
);
