-- Audit log: who did what to which unit or account, kept forever.
create table audit_event (
    id            bigserial primary key,
    occurred_at   timestamptz not null default now(),
    actor_id      bigint,
    actor_name    varchar(100) not null,
    action        varchar(60)  not null,
    target_type   varchar(30)  not null,
    target_id     bigint,
    target_label  varchar(300),
    unit_path     varchar(400),
    details       text
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_unit_path_idx on audit_event (unit_path varchar_pattern_ops);
create index audit_event_target_idx on audit_event (target_type, target_id);

-- Spring Session JDBC (sessions live in PostgreSQL so several instances can share them).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
