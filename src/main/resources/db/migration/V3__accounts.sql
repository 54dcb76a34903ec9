create table account (
    id                   bigserial primary key,
    username             varchar(60)  not null,
    full_name            varchar(120) not null,
    email                varchar(200),
    phone                varchar(30),
    search_text          varchar(500) not null default '',
    password_hash        varchar(200) not null,
    home_unit_id         bigint       not null references unit (id),
    enabled              boolean      not null default true,
    failed_logins        int          not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz  not null default now(),
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);
create unique index account_username_uk on account (lower(username));
create index account_email_idx on account (lower(email));
create index account_home_unit_idx on account (home_unit_id);

-- A role held on a unit and its subtree; department roles also name a department of that unit.
create table role_grant (
    id             bigserial primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    role           varchar(30) not null check (role in ('ADMIN', 'LEADERSHIP', 'EDITOR', 'DEPARTMENT_HEAD', 'DEPARTMENT_STAFF', 'UNIT_OFFICER', 'MODERATOR')),
    unit_id        bigint      not null references unit (id),
    department_id  bigint references department (id),
    granted_at     timestamptz not null default now(),
    granted_by     bigint,
    constraint role_grant_department_ck check ((role in ('DEPARTMENT_HEAD', 'DEPARTMENT_STAFF')) = (department_id is not null))
);
create unique index role_grant_uk on role_grant (account_id, role, unit_id, coalesce(department_id, 0));
create index role_grant_unit_idx on role_grant (unit_id);

-- Bearer tokens: short-lived ones from POST /api/v1/auth/token and named personal access tokens.
-- Only a SHA-256 of the token is stored.
create table api_token (
    id           bigserial primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    kind         varchar(20)  not null check (kind in ('SESSION', 'PERSONAL')),
    name         varchar(100),
    token_hash   char(64)     not null,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_account_idx on api_token (account_id);

create table password_reset (
    token_hash  char(64)    primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
