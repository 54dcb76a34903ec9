-- The search module's own copy of what is searchable: one row per published story (or other page),
-- put in by the portal through vn.lantoa.search.SiteSearch. The full-text index (Lucene files under
-- the data directory's search-index, or Elasticsearch/OpenSearch) is built from these rows and can
-- always be rebuilt from them (/admin/search), so the index itself needs no backup.

create table search_document (
    doc_key      varchar(200)  primary key,          -- "story:123": who put it in, and which
    title        text          not null,
    summary      text,
    body_text    text,                                -- plain text, no markup
    url          text          not null,
    section_id   bigint,
    section_name text,
    unit_id      bigint,
    unit_name    text,
    unit_path    varchar(500),                        -- materialized path of the unit, "/1/25/300/"
    published_at timestamptz   not null,
    image_url    text,
    indexed_at   timestamptz   not null default now()
);
