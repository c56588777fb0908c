-- The centre's rooms (quiet and prayer rooms, rest areas, showers, a kitchen, meeting rooms, a
-- childcare room), the bookings of their beds and places, and the door's headcount. Nobody is
-- watched here: a booking made at the desk holds no name and no account, and the headcount keeps
-- only counts per hour.

-- Trusted: a database owner may create it. It lets one exclusion constraint combine equality on
-- uuids and numbers with the overlap of time ranges.
create extension if not exists btree_gist;

create table rooms (
  centre_id uuid not null,
  id uuid not null,
  name text not null,
  kind text not null,
  description text not null default '',
  -- Beds in a rest area, places elsewhere: each one is booked on its own, numbered from 1.
  units smallint not null,
  -- false: the room keeps its own weekly hours (room_hours) instead of the centre's.
  uses_centre_hours boolean not null default true,
  -- false: walk in only (or taken at the desk); members cannot book it ahead.
  members_book boolean not null default true,
  position smallint not null default 0,
  created_at timestamptz not null default now(),
  constraint rooms_pkey primary key (centre_id, id),
  constraint rooms_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint rooms_kind_check check (
    kind in ('quiet', 'prayer', 'rest', 'shower', 'kitchen', 'meeting', 'childcare', 'other')
  ),
  constraint rooms_units_check check (units between 1 and 200)
);

-- A room's own weekly opening; closes <= opens ends the next day, as for the centre.
create table room_hours (
  centre_id uuid not null,
  id uuid not null,
  room_id uuid not null,
  weekday smallint not null,
  opens time not null,
  closes time not null,
  constraint room_hours_pkey primary key (centre_id, id),
  constraint room_hours_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint room_hours_room_fk foreign key (centre_id, room_id)
    references rooms (centre_id, id) on delete cascade,
  constraint room_hours_weekday_check check (weekday between 1 and 7)
);

create index room_hours_room_idx on room_hours (centre_id, room_id);

-- One bed or place over a span of time. A booking taken at the desk, or one a member chose not to
-- put in their name, has no account_id: only the unit and a short code the person is told.
create table room_bookings (
  centre_id uuid not null,
  id uuid not null,
  room_id uuid not null,
  unit smallint not null,
  period tstzrange not null,
  code text not null,
  account_id uuid,
  constraint room_bookings_pkey primary key (centre_id, id),
  constraint room_bookings_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint room_bookings_room_fk foreign key (centre_id, room_id)
    references rooms (centre_id, id) on delete cascade,
  -- Erasing a person erases the bookings they made in their own name.
  constraint room_bookings_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint room_bookings_unit_check check (unit >= 1),
  constraint room_bookings_period_check check (
    not isempty(period) and lower_inc(period) and not upper_inc(period)
    and not lower_inf(period) and not upper_inf(period)
  ),
  constraint room_bookings_code_check check (code ~ '^[A-Z0-9]{4,8}$'),
  -- Double-booking is impossible, whatever the application does and however many ask at once.
  constraint room_bookings_no_overlap exclude using gist (
    centre_id with =, room_id with =, unit with =, period with &&
  )
);

create index room_bookings_account_idx on room_bookings (centre_id, account_id)
  where account_id is not null;

-- Who came through the door, counted per hour and group: never a name, never a person.
create table headcounts (
  centre_id uuid not null,
  -- The instant the hour began on the centre's clock.
  hour_start timestamptz not null,
  visitor_group text not null,
  count integer not null default 0,
  constraint headcounts_pkey primary key (centre_id, hour_start, visitor_group),
  constraint headcounts_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint headcounts_group_check check (visitor_group in ('adults', 'children', 'first_visit')),
  constraint headcounts_count_check check (count >= 0)
);

do $$
declare
  name text;
begin
  foreach name in array array['rooms', 'room_hours', 'room_bookings', 'headcounts'] loop
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
