-- Centres are the network's reference table: small, readable by everyone, and each
-- centre-owned table below carries centre_id in its primary and foreign keys.
create table centres (
  id uuid primary key,
  slug text not null,
  name text not null,
  address text not null default '',
  directions text not null default '',
  time_zone text not null,
  default_locale text not null,
  locales text[] not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  constraint centres_slug_key unique (slug)
);

alter table centres enable row level security;
create policy centres_read on centres for select to hearth_app using (true);
create policy centres_update_own on centres for update to hearth_app
  using (id = nullif(current_setting('hearth.centre_id', true), '')::uuid);
revoke insert, delete on centres from hearth_app;

-- A weekly opening. When closes <= opens it ends the next day: Friday 22:00 to 06:00 is one row.
create table opening_hours (
  centre_id uuid not null,
  id uuid not null,
  weekday smallint not null,
  opens time not null,
  closes time not null,
  constraint opening_hours_pkey primary key (centre_id, id),
  constraint opening_hours_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint opening_hours_weekday_check check (weekday between 1 and 7)
);

-- A date on which the centre is closed, or open at extra hours (the night before a strike).
create table opening_exceptions (
  centre_id uuid not null,
  id uuid not null,
  on_date date not null,
  kind text not null,
  opens time,
  closes time,
  note text not null default '',
  constraint opening_exceptions_pkey primary key (centre_id, id),
  constraint opening_exceptions_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint opening_exceptions_kind_check check (
    (kind = 'closed' and opens is null and closes is null)
    or (kind = 'open' and opens is not null and closes is not null)
  )
);

create index opening_exceptions_date_idx on opening_exceptions (centre_id, on_date);

alter table opening_hours enable row level security;
create policy opening_hours_centre on opening_hours to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);

alter table opening_exceptions enable row level security;
create policy opening_exceptions_centre on opening_exceptions to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);
