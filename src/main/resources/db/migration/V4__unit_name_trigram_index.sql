-- Searching units by any part of their name ("hoang hoa") over a national tree of 100,000+ units:
-- a trigram index serves name_folded LIKE '%…%'. pg_trgm ships with the embedded PostgreSQL; on an
-- external server without it the search still works, by a scan.
do $$
begin
    create extension if not exists pg_trgm;
    create index if not exists unit_name_folded_trgm_idx on unit using gin (name_folded gin_trgm_ops);
exception when others then
    raise notice 'pg_trgm is not available (%), unit search will scan', sqlerrm;
end
$$;
