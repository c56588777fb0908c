-- The services a centre offers, in their simplest form; the directory module grows this table.
create table services (
  centre_id uuid not null,
  id uuid not null,
  name text not null,
  description text not null default '',
  created_at timestamptz not null default now(),
  constraint services_pkey primary key (centre_id, id),
  constraint services_centre_fk foreign key (centre_id) references centres (id) on delete cascade
);

alter table services enable row level security;
create policy services_centre on services to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);
