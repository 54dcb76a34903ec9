-- The channel registry (issue 6, part 1): a channel's name folded (no diacritics, lower case) for the
-- registry's search, the indexes of the registry and coverage queries, and the channel files staged
-- between an import's preview and its confirmation.
alter table channel add column name_folded varchar(200) not null default '';
create index channel_unit_kind_idx on channel (unit_id, kind) where active;

create table channel_import (
    id            bigserial    primary key,
    created_by    bigint       not null references account (id),
    created_at    timestamptz  not null default now(),
    file_name     varchar(300) not null,
    -- the uploaded bytes, read again at confirmation; emptied once applied
    content       bytea        not null,
    status        varchar(10)  not null default 'PREVIEWED' check (status in ('PREVIEWED', 'APPLIED')),
    created_count int,
    updated_count int,
    applied_at    timestamptz
);
create index channel_import_by_idx on channel_import (created_by, created_at);
