-- Searching read to_tsvector(search_text) afresh for every service on every search; kept as a
-- generated column it is worked out once, when the text changes.
alter table services
  add column search_vector tsvector
    generated always as (to_tsvector('simple'::regconfig, search_text)) stored;

drop index services_search_fts_idx;
create index services_search_vector_idx on services using gin (search_vector);
