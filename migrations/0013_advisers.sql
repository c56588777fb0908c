-- Advisers and the people who chose them. A profile is written by the adviser in their own words;
-- a choice is the member's, made and ended by the member alone, and ending one records no reason.
-- Appointments hold no attendance: nothing here can say whether anyone came, so nothing can count
-- a missed meeting against a member. A passed appointment only offers "find another time".

create extension if not exists btree_gist;

create table adviser_profiles (
  centre_id uuid not null,
  account_id uuid not null,
  about text not null default '',
  languages text[] not null default '{}',
  helps_with text[] not null default '{}',
  works_days boolean not null default false,
  works_evenings boolean not null default false,
  works_nights boolean not null default false,
  -- An optional photo, its type read from its first bytes when it was sent.
  photo bytea,
  photo_type text,
  updated_at timestamptz not null default now(),
  constraint adviser_profiles_pkey primary key (centre_id, account_id),
  constraint adviser_profiles_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_profiles_about_check check (char_length(about) <= 2000),
  constraint adviser_profiles_photo_check check (
    (photo is null and photo_type is null)
    or (photo_type in ('image/jpeg', 'image/png', 'image/webp') and octet_length(photo) <= 307200)
  )
);

-- One row per time a member chose an adviser; the one without an end is their adviser now.
create table adviser_choices (
  centre_id uuid not null,
  id uuid not null,
  member_id uuid not null,
  adviser_id uuid not null,
  chosen_at timestamptz not null default now(),
  ended_at timestamptz,
  constraint adviser_choices_pkey primary key (centre_id, id),
  constraint adviser_choices_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_choices_adviser_fk foreign key (centre_id, adviser_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_choices_self_check check (member_id <> adviser_id),
  constraint adviser_choices_order_check check (ended_at is null or ended_at >= chosen_at)
);

create unique index adviser_choices_current_key on adviser_choices (centre_id, member_id)
  where ended_at is null;
create index adviser_choices_adviser_idx on adviser_choices (centre_id, adviser_id)
  where ended_at is null;

-- A member's wish to meet three advisers: the language, what they want help with (a topic, and
-- their own words sealed), and the visit they picked. When three could not be met in that visit,
-- `drop_in_at` says which drop-in evening to come to instead.
create table adviser_meetings (
  centre_id uuid not null,
  id uuid not null,
  member_id uuid not null,
  language text not null,
  topic text not null,
  own_words_sealed text,
  visit_date date not null,
  part_of_day text not null,
  drop_in_at timestamptz,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  constraint adviser_meetings_pkey primary key (centre_id, id),
  constraint adviser_meetings_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_meetings_part_check check (part_of_day in ('day', 'evening', 'night'))
);

create index adviser_meetings_member_idx on adviser_meetings (centre_id, member_id, created_at);

-- The advisers proposed to meet, in the order they are met.
create table adviser_meeting_advisers (
  centre_id uuid not null,
  meeting_id uuid not null,
  adviser_id uuid not null,
  position smallint not null,
  constraint adviser_meeting_advisers_pkey primary key (centre_id, meeting_id, adviser_id),
  constraint adviser_meeting_advisers_meeting_fk foreign key (centre_id, meeting_id)
    references adviser_meetings (centre_id, id) on delete cascade,
  constraint adviser_meeting_advisers_adviser_fk foreign key (centre_id, adviser_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_meeting_advisers_position_check check (position between 1 and 3)
);

create index adviser_meeting_advisers_adviser_idx on adviser_meeting_advisers (centre_id, adviser_id);

-- What an adviser is told when a member moves on: who, and when. Never a reason, never the new
-- adviser. The adviser clears it once read.
create table adviser_notices (
  centre_id uuid not null,
  id uuid not null,
  adviser_id uuid not null,
  member_id uuid not null,
  created_at timestamptz not null default now(),
  constraint adviser_notices_pkey primary key (centre_id, id),
  constraint adviser_notices_adviser_fk foreign key (centre_id, adviser_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint adviser_notices_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index adviser_notices_adviser_idx on adviser_notices (centre_id, adviser_id);

-- A time booked between a member and an adviser: a five-minute introduction of a meeting, or an
-- appointment. There is deliberately no column for whether it took place.
create table appointments (
  centre_id uuid not null,
  id uuid not null,
  member_id uuid not null,
  adviser_id uuid not null,
  kind text not null,
  mode text not null,
  interpreter_language text,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  meeting_id uuid,
  booked_by uuid not null,
  revision integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint appointments_pkey primary key (centre_id, id),
  constraint appointments_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint appointments_adviser_fk foreign key (centre_id, adviser_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint appointments_meeting_fk foreign key (centre_id, meeting_id)
    references adviser_meetings (centre_id, id) on delete cascade,
  constraint appointments_self_check check (member_id <> adviser_id),
  constraint appointments_kind_check check (kind in ('introduction', 'appointment')),
  constraint appointments_mode_check check (mode in ('in_person', 'phone', 'online')),
  constraint appointments_order_check check (ends_at > starts_at),
  constraint appointments_length_check check (ends_at - starts_at <= interval '4 hours'),
  constraint appointments_introduction_check check ((kind = 'introduction') = (meeting_id is not null)),
  -- One adviser cannot be in two appointments at once, however many people book at the same moment.
  constraint appointments_adviser_no_overlap exclude using gist (
    centre_id with =, adviser_id with =, tstzrange(starts_at, ends_at) with &&
  ),
  constraint appointments_member_no_overlap exclude using gist (
    centre_id with =, member_id with =, tstzrange(starts_at, ends_at) with &&
  )
);

create index appointments_member_idx on appointments (centre_id, member_id, starts_at);
create index appointments_ends_idx on appointments (centre_id, ends_at);

do $$
declare
  name text;
begin
  foreach name in array array[
    'adviser_profiles', 'adviser_choices', 'adviser_meetings', 'adviser_meeting_advisers',
    'adviser_notices', 'appointments'
  ] loop
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
