-- Events of the centre's life: socials, shared meals, film nights, meetings. Places can be limited;
-- the limit is kept by locking the event's row while a place is taken. Nobody is marked as having
-- come or not: a sign-up only holds a place, and cancelling it leaves no trace.
create table events (
  centre_id uuid not null,
  id uuid not null,
  kind text not null,
  title text not null,
  description text not null default '',
  place text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- Null: no limit, and no sign-up needed.
  capacity integer,
  members_only boolean not null default false,
  cancelled_at timestamptz,
  -- iCalendar's SEQUENCE: raised on every change so calendar apps take the new version.
  revision integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint events_pkey primary key (centre_id, id),
  constraint events_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint events_kind_check check (kind in ('social', 'meal', 'film', 'meeting', 'other')),
  constraint events_times_check check (ends_at > starts_at),
  constraint events_capacity_check check (capacity is null or capacity between 1 and 1000)
);

create index events_starts_idx on events (centre_id, starts_at);

create table event_signups (
  centre_id uuid not null,
  event_id uuid not null,
  account_id uuid not null,
  created_at timestamptz not null default now(),
  constraint event_signups_pkey primary key (centre_id, event_id, account_id),
  constraint event_signups_event_fk foreign key (centre_id, event_id)
    references events (centre_id, id) on delete cascade,
  constraint event_signups_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index event_signups_person_idx on event_signups (centre_id, account_id);

-- A member's own calendar feed, found by the hash of the secret in its address: a copy of this
-- table opens nobody's calendar. Making a new address replaces the row, so the old one stops.
create table calendar_feeds (
  centre_id uuid not null,
  account_id uuid not null,
  token_hash bytea not null,
  created_at timestamptz not null default now(),
  constraint calendar_feeds_pkey primary key (centre_id, account_id),
  constraint calendar_feeds_token_hash_key unique (token_hash),
  constraint calendar_feeds_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

do $$
declare
  name text;
begin
  foreach name in array array['events', 'event_signups', 'calendar_feeds'] loop
    execute format('alter table %I enable row level security', name);
    execute format(
      'create policy %I on %I to hearth_app '
      'using (centre_id = nullif(current_setting(''hearth.centre_id'', true), '''')::uuid) '
      'with check (centre_id = nullif(current_setting(''hearth.centre_id'', true), '''')::uuid)',
      name || '_centre', name
    );
  end loop;
end
$$;
