-- The role that every centre-scoped transaction takes on (SET LOCAL ROLE), so that row-level
-- security applies even when Hearth connects as the database owner or a superuser.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'hearth_app') then
    create role hearth_app nologin;
  end if;
exception when duplicate_object then
  null;
end
$$;

do $$
begin
  execute format('grant hearth_app to %I', current_user);
exception when others then
  null;
end
$$;

grant usage on schema public to hearth_app;
alter default privileges in schema public grant select, insert, update, delete on tables to hearth_app;

-- Who did what and when, for sign-ins, role changes, enrolments and reads of sensitive records.
-- Append-only: a trigger refuses updates, deletes and truncation, and each row carries the hash
-- of the one before, so a removed or altered row breaks the chain.
create table audit_events (
  seq bigint generated always as identity primary key,
  id uuid not null unique,
  centre_id uuid,
  actor_id uuid,
  action text not null,
  subject_id uuid,
  detail jsonb not null default '{}',
  occurred_at timestamptz not null default now(),
  previous_hash bytea,
  hash bytea not null
);

create index audit_events_centre_idx on audit_events (centre_id, seq);

create function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end
$$;

create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function audit_events_refuse_change();

create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function audit_events_refuse_change();

revoke update, delete, truncate on audit_events from hearth_app;
