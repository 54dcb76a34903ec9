-- Per union (a province or the central union): how its official documents (Decree 30/2020) are
-- headed, numbered and signed. number_pattern holds {number} (required), {code} and {year}.
create table official_document_setting (
    owner_unit_id     bigint       primary key references unit (id),
    parent_body       varchar(200) not null,
    issuing_body      varchar(200) not null,
    short_code        varchar(20)  not null,
    number_pattern    varchar(60)  not null default '{number}/BC-{code}' check (number_pattern like '%{number}%'),
    place             varchar(100) not null,
    signer_authority  varchar(100) not null default 'TM. BAN THƯỜNG VỤ',
    signer_title      varchar(100) not null,
    signer_name       varchar(100) not null,
    recipients        text         not null default '',
    archive           varchar(100) not null default 'VT',
    auto_number       boolean      not null default false,
    updated_by        bigint       references account (id),
    updated_at        timestamptz  not null default now(),
    version           bigint       not null default 0
);

-- The last number a union gave out in a year; the next one is taken atomically
-- (insert … on conflict do update … returning) when a report is exported for issue.
create table official_document_counter (
    owner_unit_id  bigint not null references unit (id),
    year           int    not null,
    last_number    int    not null check (last_number > 0),
    primary key (owner_unit_id, year)
);

-- The register of numbered documents (sổ đăng ký văn bản đi): which number went to which report.
create table official_document_issue (
    id             bigserial    primary key,
    owner_unit_id  bigint       not null references unit (id),
    year           int          not null,
    number         int          not null,
    number_text    varchar(100) not null,
    subject        varchar(500) not null,
    period_code    varchar(10)  not null,
    issued_by      bigint       references account (id),
    issued_at      timestamptz  not null default now(),
    unique (owner_unit_id, year, number)
);
