-- Childcare while a parent is at the centre, by day or at night. A child is known only by a first
-- name or nickname and an age in years: no surname, no photo, no address. Nothing links a booking
-- to the parent's account; the parent proves who they are at pick-up with a code that is kept only
-- as a keyed hash. A booking is erased at pick-up, or soon after its session ends, and a session
-- keeps only a count of the children it cared for.

-- Trusted: a database owner may create it. It lets an exclusion constraint combine equality on
-- uuids with the overlap of age ranges.
create extension if not exists btree_gist;

-- The ratio (children per member of staff) times the staff on duty caps the whole session, on top
-- of each age band's own places. A session may cross midnight but lasts at most a day.
create table childcare_sessions (
  centre_id uuid not null,
  id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  children_per_staff smallint not null,
  staff_count smallint not null,
  cared_for integer not null default 0,
  constraint childcare_sessions_pkey primary key (centre_id, id),
  constraint childcare_sessions_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint childcare_sessions_span_check check (
    ends_at > starts_at and ends_at <= starts_at + interval '24 hours'
  ),
  constraint childcare_sessions_ratio_check check (children_per_staff between 1 and 30),
  constraint childcare_sessions_staff_check check (staff_count between 0 and 50),
  constraint childcare_sessions_cared_for_check check (cared_for >= 0)
);

create index childcare_sessions_starts_idx on childcare_sessions (centre_id, starts_at);
-- The sweep that erases bookings after a session looks across every centre by end time.
create index childcare_sessions_ends_idx on childcare_sessions (ends_at);

-- Ages in whole years, both ends included. Bands of one session never overlap, so a child's age
-- names exactly one band.
create table childcare_bands (
  centre_id uuid not null,
  id uuid not null,
  session_id uuid not null,
  min_age smallint not null,
  max_age smallint not null,
  capacity smallint not null,
  constraint childcare_bands_pkey primary key (centre_id, id),
  constraint childcare_bands_session_key unique (centre_id, session_id, id),
  constraint childcare_bands_session_fk foreign key (centre_id, session_id)
    references childcare_sessions (centre_id, id) on delete cascade,
  constraint childcare_bands_ages_check check (
    min_age between 0 and 17 and max_age between min_age and 17
  ),
  constraint childcare_bands_capacity_check check (capacity between 1 and 100),
  constraint childcare_bands_no_overlap exclude using gist (
    centre_id with =, session_id with =, int4range(min_age, max_age, '[]') with &&
  )
);

-- child_name is sealed (AES-GCM under the centre's key); pickup_hash is an HMAC of the code under
-- the same key, so a copy of the database alone can neither read a name nor try codes.
create table childcare_bookings (
  centre_id uuid not null,
  id uuid not null,
  session_id uuid not null,
  band_id uuid not null,
  child_name text not null,
  age smallint not null,
  pickup_hash bytea not null,
  checked_in_at timestamptz,
  constraint childcare_bookings_pkey primary key (centre_id, id),
  constraint childcare_bookings_band_fk foreign key (centre_id, session_id, band_id)
    references childcare_bands (centre_id, session_id, id) on delete cascade,
  constraint childcare_bookings_code_key unique (centre_id, session_id, pickup_hash),
  constraint childcare_bookings_age_check check (age between 0 and 17),
  constraint childcare_bookings_hash_check check (octet_length(pickup_hash) = 32)
);

create index childcare_bookings_band_idx on childcare_bookings (centre_id, band_id);

do $$
declare
  name text;
begin
  foreach name in array array['childcare_sessions', 'childcare_bands', 'childcare_bookings'] loop
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
