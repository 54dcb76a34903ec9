-- Media: photos (with their width variants), uploaded MP4 videos and links to YouTube/Facebook videos.
-- Files live in the media storage under storage_prefix (a folder of the data directory or an S3 key prefix);
-- the id is random because it is the only thing that stands between a file and whoever guesses its URL.
create table media_asset (
    id                uuid primary key,
    kind              varchar(16)  not null check (kind in ('IMAGE', 'VIDEO', 'VIDEO_LINK')),
    content_type      varchar(100),
    original_filename varchar(255),
    width             integer check (width > 0),
    height            integer check (height > 0),
    size_bytes        bigint       not null default 0 check (size_bytes >= 0),
    widths            integer[]    not null default '{}',
    storage_prefix    varchar(200),
    link_url          varchar(2000),
    embed_url         varchar(2000),
    created_at        timestamptz  not null default now(),
    created_by        bigint       not null,
    check ((kind = 'VIDEO_LINK') = (link_url is not null)),
    check ((kind = 'VIDEO_LINK') = (storage_prefix is null))
);
create index media_asset_created_by_idx on media_asset (created_by, created_at desc);
